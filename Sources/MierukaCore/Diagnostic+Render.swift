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
    private var cache: [String: [Substring]?] = [:]
    private let readFile: (String) -> String?

    /// - Parameter readFile: returns a file's text; by default reads from disk.
    public init(readFile: @escaping (String) -> String? = DiagnosticRenderer.readFromDisk) {
        self.readFile = readFile
    }

    /// Reads a file to quote its line. Links are not followed: a diagnostic
    /// about a link that leaves the content folder must not print what it points at.
    public static func readFromDisk(_ path: String) -> String? {
        if (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    public mutating func render(_ d: Diagnostic) -> String {
        var out = "\(d.location): \(d.severity.rawValue): \(d.message)\n"
        if let line = sourceLine(d.location.file, d.location.line) {
            let number = String(d.location.line)
            let gutter = String(repeating: " ", count: max(number.count, 4))
            let shown = String(line.prefix(400))
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
        return "::\(d.severity.rawValue) file=\(escapeProperty(d.location.file)),line=\(d.location.line),col=\(d.location.column)::\(escapeData(message))"
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

    private mutating func sourceLine(_ file: String, _ line: Int) -> String? {
        if cache[file] == nil {
            cache[file] = readFile(file).map { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).map { l in
                    var l = l
                    if l.hasSuffix("\r") { l = l.dropLast() }
                    if l.hasPrefix("\u{FEFF}") { l = l.dropFirst() }
                    return l
                }
            }
        }
        guard let lines = cache[file] ?? nil, line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
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
