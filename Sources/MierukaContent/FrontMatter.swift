import MierukaCore

/// Splits a Markdown file into its YAML front matter and body.
///
/// The front matter sits between a first line `---` and the next line that is
/// `---` (or `...`). Line numbers are kept: `yamlLineOffset` is added to the
/// YAML parser's lines and `bodyLineOffset` to the Markdown's, so every
/// diagnostic points at the line in the `.md` file.
public struct FrontMatter: Sendable {
    public var yaml: String?
    public var yamlLineOffset: Int
    public var body: String
    public var bodyLineOffset: Int

    public enum Problem: Error, Equatable {
        /// Starts with `---` but has no closing line.
        case neverClosed
    }

    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0))
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { let t = $0.trimmingTrailingSpaces(); return t == "---" || t == "..." }) else {
            return .failure(.neverClosed)
        }
        let yaml = lines[..<close].joined(separator: "\n") + "\n"
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: close + 2))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
