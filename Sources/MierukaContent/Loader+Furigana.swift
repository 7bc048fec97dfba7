import MierukaCore
import MierukaMarkdown

extension Loader {
    /// Reports the furigana in a Markdown body that were tried but are not
    /// rubies (`{漢字|}` …), at their place in the file.
    func checkFurigana(in body: MarkdownDocument, path: String, lineOffset: Int, columnOffset: Int = 0) {
        for (problem, line, column) in body.furiganaProblems {
            let at = SourceLocation(file: path, line: line + lineOffset, column: column + columnOffset)
            if problem.isWarning {
                log.warning(problem.message, at: at, hint: problem.hint)
            } else {
                log.error(problem.message, at: at, hint: problem.hint)
            }
        }
    }

    /// A YAML text with furigana: its problems are reported, and the text is
    /// kept with each ruby's base only, so titles, summaries, data files and
    /// feeds never show the notation.
    /// The text as written, when it differs from the base text: for the
    /// page's heading, where the rubies are shown.
    static func rubySource(_ written: Located<String>?, _ plain: Located<String>?) -> String? {
        guard let written, let plain, written.value != plain.value else { return nil }
        return written.value
    }

    func furiganaText(_ text: Located<String>?) -> Located<String>? {
        guard let text, text.value.containsByte(UInt8(ascii: "{")) else { return text }
        let problems = Furigana.problems(in: text.value)
        guard !problems.isEmpty else { return Located(Furigana.plain(text.value), at: text.location) }
        let at = text.location
        // A quoted scalar's location is its opening quote; the text starts after it.
        let sourceLine = files.text(String(at.file.dropFirst(files.display("").count)))?
            .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(at.line - 1).first
        let quote =
            sourceLine.map {
                Array($0.unicodeScalars).dropFirst(at.column - 1).first.map { $0 == "\"" || $0 == "'" } ?? false
            } ?? false
        for (problem, line, column) in problems {
            let location =
                line == 0
                ? SourceLocation(file: at.file, line: at.line, column: at.column + column + (quote ? 1 : 0))
                : SourceLocation(file: at.file, line: at.line + line, column: column + 1)
            if problem.isWarning {
                log.warning(problem.message, at: location, hint: problem.hint)
            } else {
                log.error(problem.message, at: location, hint: problem.hint)
            }
        }
        return Located(Furigana.plain(text.value), at: text.location)
    }
}

extension Loader {
    /// The front matter's `language:`: `ja` (the default) or `ja-easy`, which
    /// turns on the やさしい日本語 checks. True for `ja-easy`.
    func readsEasyJapanese(_ language: Located<String>?) -> Bool {
        guard let language else { return false }
        switch language.value {
        case "ja": return false
        case "ja-easy": return true
        default:
            log.error(
                "'language' must be 'ja' or 'ja-easy', but found '\(language.value)'", at: language.location,
                hint: "write 'language: ja-easy' for a text in やさしい日本語 (easy Japanese), or leave the key out")
            return false
        }
    }

    /// Warns of each sentence of the body that is not easy Japanese
    /// (`EasyJapanese`), at the sentence in the file.
    func checkEasyJapanese(in body: MarkdownDocument, path: String, lineOffset: Int) {
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for prose in body.prose {
            for finding in EasyJapanese.check(prose.text, checkEndings: !prose.inListItem) {
                // The sentence's line within the paragraph, then its column from the file's text.
                let before = prose.text.prefix(finding.offset)
                let line = prose.line - 1 + before.filter(\.isNewline).count
                let firstLine = finding.written.prefix { !$0.isNewline }
                var column = 1
                if line < lines.count, let r = lines[line].range(of: firstLine.prefix(12)) {
                    column = 1 + lines[line][..<r.lowerBound].unicodeScalars.count
                } else if line < lines.count {
                    column = 1 + lines[line].prefix { $0 == " " }.count
                }
                log.warning(
                    finding.message, at: SourceLocation(file: path, line: line + 1 + lineOffset, column: column),
                    hint: finding.hint)
            }
        }
    }
}
