import MierukaCore

/// Splits a Markdown file into its YAML front matter and body.
///
/// The front matter sits between a first line `---` and the next line that is
/// `---` (or `...`). Line numbers are kept: `yamlLineOffset` is added to the
/// YAML parser's lines and `bodyLineOffset` to the Markdown's, so every
/// diagnostic points at the line in the `.md` file.
public struct FrontMatter: Sendable, Equatable {
    public var yaml: String?
    public var yamlLineOffset: Int
    public var body: String
    public var bodyLineOffset: Int

    public enum Problem: Error, Equatable {
        /// Starts with `---` but has no closing line.
        case neverClosed
    }

    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        // Works on the UTF-8 bytes: a note is read once, without splitting it
        // into an array of lines.
        let u = text.utf8
        let end = u.endIndex
        let firstEnd = u.firstIndex(of: 0x0A) ?? end
        guard isFence(u[u.startIndex..<firstEnd], dots: false) else {
            return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0))
        }
        guard firstEnd < end else { return .failure(.neverClosed) }
        let yamlStart = u.index(after: firstEnd)
        var start = yamlStart
        var line = 2
        while true {
            let lineEnd = u[start...].firstIndex(of: 0x0A) ?? end
            if isFence(u[start..<lineEnd], dots: true) {
                let yaml = start == yamlStart ? "\n" : String(text[yamlStart..<start])
                let body = lineEnd == end ? "" : String(text[u.index(after: lineEnd)...])
                return .success(FrontMatter(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: line))
            }
            if lineEnd == end { return .failure(.neverClosed) }
            start = u.index(after: lineEnd)
            line += 1
        }
    }

    /// `---` (or `...` when `dots`), with trailing spaces or tabs allowed.
    static func isFence(_ line: Substring.UTF8View, dots: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        guard bytes.count == 3 else { return false }
        return bytes.allSatisfy { $0 == UInt8(ascii: "-") } || (dots && bytes.allSatisfy { $0 == UInt8(ascii: ".") })
    }
}
