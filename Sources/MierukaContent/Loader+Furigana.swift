import MierukaCore
import MierukaMarkdown

extension Loader {
    /// Reports the furigana in a Markdown body that were tried but are not
    /// rubies (`{漢字|}` …), at their place in the file.
    func checkFurigana(in body: MarkdownDocument, path: String, lineOffset: Int, columnOffset: Int = 0) {
        for (problem, line, column) in body.furiganaProblems {
            log.error(problem.message, at: SourceLocation(file: path, line: line + lineOffset, column: column + columnOffset),
                      hint: problem.hint)
        }
    }

    /// A YAML text with furigana: its problems are reported, and the text is
    /// kept with each ruby's base only, so titles, summaries, data files and
    /// feeds never show the notation.
    func furiganaText(_ text: Located<String>?) -> Located<String>? {
        guard let text, text.value.contains("{") else { return text }
        let problems = Furigana.problems(in: text.value)
        guard !problems.isEmpty else { return Located(Furigana.plain(text.value), at: text.location) }
        let at = text.location
        // A quoted scalar's location is its opening quote; the text starts after it.
        let sourceLine = files.text(String(at.file.dropFirst(files.display("").count)))?
            .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(at.line - 1).first
        let quote = sourceLine.map { Array($0.unicodeScalars).dropFirst(at.column - 1).first.map { $0 == "\"" || $0 == "'" } ?? false } ?? false
        for (problem, line, column) in problems {
            let location = line == 0 ? SourceLocation(file: at.file, line: at.line, column: at.column + column + (quote ? 1 : 0))
                                     : SourceLocation(file: at.file, line: at.line + line, column: column + 1)
            log.error(problem.message, at: location, hint: problem.hint)
        }
        return Located(Furigana.plain(text.value), at: text.location)
    }
}
