import Foundation
import MierukaCore
import MierukaYAML

/// Reads files under the content folder safely: only regular files inside
/// it (links that point outside are refused), only valid UTF-8, bounded in
/// size. A byte order mark is dropped and CRLF line endings become LF, so
/// positions are the same as an editor shows.
struct ContentFiles {
    /// The content folder as the user gave it; diagnostics show paths under it.
    let root: String
    let realRoot: String
    let log: DiagnosticLog

    static let maxTextBytes = 8 * 1024 * 1024

    init(root: String, log: DiagnosticLog) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        self.log = log
    }

    /// The same folder, reporting to another log (for loading files in parallel).
    init(sharing other: ContentFiles, log: DiagnosticLog) {
        (root, realRoot, self.log) = (other.root, other.realRoot, log)
    }

    /// `content/notes/x.md` for `notes/x.md`.
    func display(_ relative: String) -> String { root == "." ? relative : root + "/" + relative }

    func exists(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: display(relative), isDirectory: &isDir) && !isDir.boolValue
    }

    func isDirectory(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: display(relative), isDirectory: &isDir) && isDir.boolValue
    }

    /// Names in a folder of the content, sorted so builds never depend on the
    /// order the file system lists them in. Hidden files are skipped.
    func list(_ relative: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: display(relative)) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Every file below a folder, as paths relative to the content root, sorted.
    func walk(_ relative: String) -> [String] {
        var out: [String] = []
        var queue = [relative]
        while let dir = queue.popLast() {
            for name in list(dir) {
                let path = dir + "/" + name
                if isLink(path) && !staysInside(path) {
                    log.error("'\(display(path))' is a link to a place outside the content folder, so it is not copied",
                              at: .file(display(path)), hint: "copy the file into the content folder instead of linking to it")
                    continue
                }
                if isDirectory(path) { queue.append(path) } else { out.append(path) }
            }
        }
        return out.sorted()
    }

    func isLink(_ relative: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: display(relative))[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    /// Whether the file, after following links, is still inside the content folder.
    func staysInside(_ relative: String) -> Bool {
        // Most files: no link anywhere below the content folder, which a
        // `lstat` per path component shows without resolving the whole path.
        var prefix = root
        var linked = false
        for component in relative.split(separator: "/") where component != "." {
            prefix += "/" + component
            var st = stat()
            guard lstat(prefix, &st) == 0 else { break }
            if st.st_mode & S_IFMT == S_IFLNK { linked = true; break }
        }
        if !linked { return true }
        let real = URL(fileURLWithPath: display(relative)).resolvingSymlinksInPath().path
        return real == realRoot || real.hasPrefix(realRoot + "/")
    }

    /// The text of a content file, or nil with a diagnostic.
    func text(_ relative: String, maxBytes: Int = ContentFiles.maxTextBytes) -> String? {
        let path = display(relative)
        guard staysInside(relative) else {
            log.error("'\(path)' is a link to a file outside the content folder; mieruka does not read it", at: .file(path),
                      hint: "copy the file into the content folder instead of linking to it")
            return nil
        }
        // Plain POSIX: a large site reads ten thousand files.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            log.error("'\(path)' cannot be read", at: .file(path))
            return nil
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            log.error("'\(path)' cannot be read", at: .file(path))
            return nil
        }
        let size = Int(st.st_size)
        if size > maxBytes {
            log.error("'\(path)' is \(size / 1_048_576) MB, larger than the \(maxBytes / 1_048_576) MB a content file may be",
                      at: .file(path), hint: "split it into smaller files")
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, size - got) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            got += n
        }
        guard got == size else {
            log.error("'\(path)' cannot be read", at: .file(path))
            return nil
        }
        return ContentFiles.decode(bytes, path: path, log: log)
    }

    /// UTF-8 text with BOM dropped and CRLF/CR turned into LF; a diagnostic at
    /// the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8], path: String, log: DiagnosticLog) -> String? {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(bytes)
            log.error("the file is not saved as UTF-8 text: the first character that cannot be read is here", at: SourceLocation(file: path, line: line, column: column),
                      hint: "save the file again with the UTF-8 encoding; files saved as Shift_JIS cannot be read")
            return nil
        }
        if !text.utf8.contains(0x0D) { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            if i + length > bytes.endIndex { return (line, column) }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return (line, column) }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return (line, column)
    }

    /// Parses a YAML file; nil (with the diagnostic) when it cannot be read or parsed.
    /// - Parameters:
    ///   - starts: what the file should start with, for the hint when it is
    ///     empty, e.g. "'title:' and 'status:'".
    ///   - required: whether the site needs the file (then deleting it is no way out).
    func yaml(_ relative: String, starts: String, required: Bool = false) -> YAMLNode? {
        guard let text = text(relative) else { return nil }
        let path = display(relative)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            log.error("the file is empty", at: .file(path), hint: "write its keys in it, starting with \(starts)\(required ? "" : ", or delete the file")")
            return nil
        }
        do {
            return try YAMLParser.parse(text, file: path)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
    }
}
