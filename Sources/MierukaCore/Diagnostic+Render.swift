import Foundation

/// Renders diagnostics the way compilers do, with the offending source line and a
/// caret under the column:
///
/// ```
/// content/initiatives/seal.yaml:3:1: error: unknown key 'stauts'; did you mean 'status'?
///     3 | stauts: done
///       | ^
///   hint: …
/// ```
public struct DiagnosticRenderer {
    private var cache: [String: (lines: Int, bytes: [UInt8]?)] = [:]
    private let readFile: (String, Int) -> [UInt8]?

    /// Reads the quoted lines from disk.
    public init() {
        self.readFile = { DiagnosticRenderer.readFromDisk($0, lines: $1) }
    }

    /// For tests: the files' texts given directly.
    public init(readFile: @escaping (String) -> String?) {
        self.readFile = { path, _ in readFile(path).map { Array($0.utf8) } }
    }

    /// Reads the start of a file to quote its lines: up to `lines` lines, in
    /// 64 KB chunks, so quoting line 1 of a huge file reads 64 KB. Links are
    /// not followed: a diagnostic about a link that leaves the content folder
    /// must not print what it points at. Only regular files are read: opening
    /// a named pipe would wait for ever, and a diagnostic about a folder (a
    /// theme's templates/) quotes no line.
    public static func readFromDisk(_ path: String, lines: Int) -> [UInt8]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        var bytes: [UInt8] = []
        var newlines = 0
        var lineStart = 0
        // Stop once line `lines` is complete, or once it is longer than can be shown.
        while newlines < lines && !(newlines == lines - 1 && bytes.count - lineStart > 8192) {
            guard let chunk = try? handle.read(upToCount: 65536), !chunk.isEmpty else { break }
            let base = bytes.count
            bytes.append(contentsOf: chunk)
            bytes.withUnsafeBufferPointer { buf in
                var i = base
                while i < buf.count, newlines < lines, let p = memchr(buf.baseAddress! + i, 0x0A, buf.count - i) {
                    i = buf.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
                    newlines += 1
                    lineStart = i
                }
            }
        }
        return bytes
    }

    public mutating func render(_ d: Diagnostic) -> String {
        var out = "\(d.location): \(d.severity.rawValue): \(d.message)\n"
        if let line = sourceLine(d.location.file, d.location.line) {
            let number = String(d.location.line)
            let gutter = String(repeating: " ", count: max(number.count, 4))
            // Control characters (a binary file, a NUL) are shown as �, never sent to the terminal.
            let shown = String(
                String.UnicodeScalarView(
                    line.unicodeScalars.prefix(400).map {
                        $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F ? "\u{FFFD}" : $0
                    }))
            out += "\(String(repeating: " ", count: gutter.count - number.count))\(number) | \(shown)\n"
            out += "\(gutter) | \(Self.caretPadding(shown, column: d.location.column))^\n"
        }
        if let hint = d.hint { out += "  hint: \(hint)\n" }
        return out
    }

    public mutating func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) }.joined()
    }

    /// GitHub Actions workflow commands, one per diagnostic, so the problems
    /// appear on the pull request.
    public static func githubAnnotation(_ d: Diagnostic) -> String {
        func escapeData(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ s: String) -> String {
            escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var message = d.message
        if let hint = d.hint { message += "\n" + hint }
        return
            "::\(d.severity.rawValue) file=\(escapeProperty(d.location.file)),line=\(d.location.line),col=\(d.location.column)::\(escapeData(message))"
    }

    /// Spaces (and tabs, kept as tabs) that put a caret under `column`, counting
    /// East Asian wide characters as two terminal cells.
    static func caretPadding(_ line: String, column: Int) -> String {
        var pad = ""
        for (i, scalar) in line.unicodeScalars.enumerated() where i < column - 1 {
            if scalar == "\t" { pad += "\t" } else { pad += String(repeating: " ", count: TextWidth.cells(scalar)) }
        }
        return pad
    }

    /// Line `line` of a file, found by scanning bytes, so quoting a line of a
    /// large CSV does not split the whole file into strings.
    private mutating func sourceLine(_ file: String, _ line: Int) -> String? {
        if cache[file] == nil || cache[file]!.lines < line {
            cache[file] = (line, readFile(file, line))
        }
        guard let bytes = cache[file]?.bytes, line >= 1 else { return nil }
        var start = 0
        var current = 1
        while current < line {
            guard let nl = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            start = nl + 1
            current += 1
        }
        guard start <= bytes.count else { return nil }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        var slice = bytes[start..<min(end, start + 4000)]
        if slice.last == 0x0D { slice = slice.dropLast() }
        if line == 1, slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        if start == bytes.count && line > 1 && bytes.last == 0x0A { return nil }
        // A line with NUL bytes (UTF-16) is not quoted: a terminal would show garbage.
        if slice.contains(0) { return nil }
        // A CSV saved by Excel in Japan is Shift_JIS: quote it as the loader read it.
        if String(validating: slice, as: UTF8.self) == nil, let sjis = String(data: Data(slice), encoding: .shiftJIS) {
            return sjis
        }
        return String(decoding: slice, as: UTF8.self)
    }
}

/// Estimates how wide text is drawn: East Asian wide and full-width characters
/// take two cells (or two half-em units in charts), everything else one.
public enum TextWidth {
    public static func cells(_ scalar: Unicode.Scalar) -> Int {
        isWide(scalar) ? 2 : 1
    }

    public static func cells(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells($1) }
    }

    public static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
