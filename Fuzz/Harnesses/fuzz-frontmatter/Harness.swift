import MierukaCore
import MierukaYAML
import MierukaContent
import FuzzSupport

/// Front-matter splitting: any bytes as a note file. First in memory
/// (`FrontMatter.split`, whose parts must add up to the file, then the YAML
/// with its line offset and the keys a note reads), then the same bytes as
/// `notes/2020-07-01-fuzz.md` through `ContentLoader.load`, which also
/// decodes them (BOM, CRLF, not UTF-8) and runs the note's checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // As ContentFiles hands a file's text on: BOM dropped, LF line endings.
    let text = Checks.asLoaded(Checks.bytes(data, size))
    let file = "content/notes/2020-07-01-fuzz.md"

    // In memory.
    let log = DiagnosticLog()
    switch FrontMatter.split(text) {
    case .failure(.neverClosed):
        precondition(text.hasPrefix("---"), "only a file that opens a front matter can leave it unclosed")
    case .success(let fm):
        if let yaml = fm.yaml {
            // The lines of the file are '---', the YAML, the closing line and
            // the body: the body's first line is line bodyLineOffset + 1.
            let fileLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let bodyLines = fm.body.split(separator: "\n", omittingEmptySubsequences: false)
            // A file that ends with the closing line and no newline has an
            // empty body past its last line.
            if !(fm.body.isEmpty && fm.bodyLineOffset == fileLines.count) {
                precondition(
                    fm.bodyLineOffset + bodyLines.count == fileLines.count,
                    "body offset \(fm.bodyLineOffset) for \(bodyLines.count) of \(fileLines.count) lines")
                precondition(
                    Array(fileLines.suffix(bodyLines.count)) == bodyLines, "the body is not the end of the file")
            }
            precondition(fm.yamlLineOffset == 1 && fileLines[0].hasPrefix("---"), "the YAML starts on line 2")
            do {
                let node = try YAMLParser.parse(yaml, file: file, lineOffset: fm.yamlLineOffset)
                if let m = YAMLMapping(node, what: "the note's front matter", log: log) {
                    _ = m.string("title", required: true)
                    _ = m.date("date")
                    _ = m.date("updated")
                    _ = m.string("author")
                    _ = m.strings("tags")
                    _ = m.string("summary")
                    _ = m.string("cover")
                    _ = m.bool("draft")
                    _ = m.string("slug")
                    m.finish()
                }
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        } else {
            precondition(fm.body == text && fm.bodyLineOffset == 0, "a file without front matter is all body")
        }
    }
    Checks.diagnostics(log.diagnostics, inMemory: [file: text])

    // As a note of a site.
    Scratch.shared.set([
        "site.yaml": Array(Scratch.siteYAML.utf8), "notes/2020-07-01-fuzz.md": Checks.bytes(data, size),
    ])
    let result = ContentLoader.load(contentDirectory: Scratch.shared.content, options: LoadOptions(drafts: true))
    let path = Scratch.shared.content + "/notes/2020-07-01-fuzz.md"
    Checks.diagnostics(result.diagnostics, texts: [path: Checks.asLoaded(Checks.bytes(data, size))])
    if let note = result.site?.notes.first {
        _ = note.body.html()
    }
    return 0
}

@main enum Main { static func main() { FuzzDriver.run { data, size in fuzz(data!, size) } } }
