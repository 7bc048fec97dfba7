/// Furigana written `{漢字|かんじ}`: the one owner of the notation.
///
/// The rule (docs/content.md, "Furigana and やさしい日本語"):
/// - `{base|reading}` on one line, both parts non-empty and without `{`, `}`
///   or `|`, is a ruby: `<ruby>base<rp>（</rp><rt>reading</rt><rp>）</rp></ruby>`.
/// - A `{` is an attempt at the notation only when a `|` follows it on the same
///   line before any `}` or `{`. An attempt that is not a ruby (`{漢字|}`,
///   `{|かんじ}`, `{漢字|かんじ` without its `}`, `{漢字|か|な}`) is a problem.
/// - Every other `{` is text: `{例}`, `{a, b}`, a lone `{` or `}`.
/// - `\{` writes a literal `{` that never starts a ruby. Markdown takes one
///   backslash itself, so there write `\\{` (or use a code span).
///   The full-width `｛｜｝` are never notation either.
public enum Furigana {
    public enum Segment: Equatable, Sendable {
        case text(String)
        case ruby(base: String, reading: String)
    }

    /// A notation that was tried but is not a ruby, with its offset in
    /// characters from the start of the text.
    public struct Problem: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case emptyBase, emptyReading, unclosed, extraBar
            /// `{漢字かんじ}`: kanji then kana in braces, no `|`. Text, but
            /// probably meant as furigana: a warning, not an error.
            case missingBar
        }
        /// Only `missingBar` is a warning: the text may mean its braces.
        public var isWarning: Bool { kind == .missingBar }
        public var kind: Kind
        /// Characters from the start of the text to the problem's `{`.
        public var offset: Int
        /// The written notation, as far as it goes on its line.
        public var written: String

        public var message: String {
            switch kind {
            case .emptyBase: return "the furigana '\(written)' has no text before '|' to put the reading over"
            case .emptyReading: return "the furigana '\(written)' has no reading after '|'"
            case .unclosed: return "the furigana '\(written)' is not closed with '}' on its line"
            case .extraBar: return "the furigana '\(written)' has more than one '|'"
            case .missingBar: return "'\(written)' looks like furigana without the '|' between the text and its reading"
            }
        }
        public var hint: String {
            "write furigana like {漢字|かんじ}: the text, '|', the reading, then '}'; for a literal '{', write '\\{' (in Markdown text '\\\\{')"
        }
    }

    /// The text cut into plain text and rubies, and the attempts that failed
    /// (which stay in the text as they were written).
    public static func parse(_ text: String) -> (segments: [Segment], problems: [Problem]) {
        var segments: [Segment] = []
        var problems: [Problem] = []
        guard text.containsByte(UInt8(ascii: "{")) else { return (text.isEmpty ? [] : [.text(text)], []) }
        let chars = Array(text)
        var plain = ""
        var i = 0
        func flush() {
            if !plain.isEmpty { segments.append(.text(plain)); plain = "" }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\" && i + 1 < chars.count && chars[i + 1] == "{" {
                plain.append("{")
                i += 2
                continue
            }
            guard c == "{" else { plain.append(c); i += 1; continue }
            // Does a '|' follow on this line before '}' or '{'?
            var j = i + 1
            var bars: [Int] = []
            var close: Int?
            while j < chars.count, !chars[j].isNewline, chars[j] != "{" {
                if chars[j] == "}" { close = j; break }
                if chars[j] == "|" { bars.append(j) }
                j += 1
            }
            guard let bar = bars.first else {
                if let close, looksLikeRuby(chars[(i + 1)..<close]) {
                    problems.append(Problem(kind: .missingBar, offset: i, written: String(chars[i...close])))
                }
                plain.append(c)
                i += 1
                continue
            }
            let end = close ?? j
            let written = String(chars[i..<(close.map { $0 + 1 } ?? j)])
            let base = String(chars[(i + 1)..<bar])
            let reading = String(chars[(bar + 1)..<(bars.count > 1 ? bars[1] : end)])
            var kind: Problem.Kind?
            if close == nil {
                kind = .unclosed
            } else if base.isEmpty {
                kind = .emptyBase
            } else if reading.isEmpty {
                kind = .emptyReading
            } else if bars.count > 1 {
                kind = .extraBar
            }
            if let kind {
                problems.append(Problem(kind: kind, offset: i, written: written.trimmingTrailingWhitespace))
                plain += written
                i = close.map { $0 + 1 } ?? j
                continue
            }
            flush()
            segments.append(.ruby(base: base, reading: reading))
            i = end + 1
        }
        flush()
        return (segments, problems)
    }

    /// Kanji, then kana: `漢字かんじ`.
    static func looksLikeRuby(_ s: ArraySlice<Character>) -> Bool {
        func kanji(_ c: Character) -> Bool {
            c.unicodeScalars.allSatisfy {
                (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || $0.value == 0x3005
            }
        }
        func kana(_ c: Character) -> Bool {
            c.unicodeScalars.allSatisfy { (0x3041...0x3096).contains($0.value) || (0x30A1...0x30FC).contains($0.value) }
        }
        let k = s.prefix(while: kanji).count
        return k > 0 && k < s.count && s.dropFirst(k).allSatisfy(kana)
    }

    /// The text with every ruby's base only: for titles, summaries, data and search.
    public static func plain(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "{")) else { return text }
        return parse(text).segments.map {
            switch $0 {
            case .text(let s): return s
            case .ruby(let base, _): return base
            }
        }.joined()
    }

    /// The text escaped for HTML, with each ruby as `<ruby>…</ruby>`.
    public static func html(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "{")) else { return Escape.html(text) }
        return parse(text).segments.map {
            switch $0 {
            case .text(let s): return Escape.html(s)
            case .ruby(let base, let reading):
                return "<ruby>\(Escape.html(base))<rp>（</rp><rt>\(Escape.html(reading))</rt><rp>）</rp></ruby>"
            }
        }.joined()
    }

    /// The problems of a text that may span lines, each with its 0-based line
    /// and 0-based column (in characters) within the text.
    public static func problems(in text: String) -> [(problem: Problem, line: Int, column: Int)] {
        guard text.containsByte(UInt8(ascii: "{")) else { return [] }
        let found = parse(text).problems
        guard !found.isEmpty else { return [] }
        var result: [(Problem, Int, Int)] = []
        var line = 0, column = 0, offset = 0
        var next = found.makeIterator()
        var current = next.next()
        for c in text {
            while let p = current, p.offset == offset {
                result.append((p, line, column))
                current = next.next()
            }
            if current == nil { break }
            // Columns count code points, as SourceLocation does.
            if c.isNewline { line += 1; column = 0 } else { column += c.unicodeScalars.count }
            offset += 1
        }
        return result
    }
}

extension String {
    fileprivate var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
