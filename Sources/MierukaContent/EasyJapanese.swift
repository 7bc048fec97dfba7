import MierukaCore

/// Checks of やさしい日本語 (easy Japanese), after 出入国在留管理庁・文化庁
/// 「在留支援のためのやさしい日本語ガイドライン」(2020): short sentences, few
/// kanji without furigana, and the polite です/ます style throughout.
/// The limits are ours (the guideline gives no numbers); docs/content.md,
/// "Furigana and やさしい日本語", lists them.
public enum EasyJapanese {
    /// The longest sentence, in characters of its text: furigana readings,
    /// spaces and the closing 。！？ are not counted.
    public static let maxSentenceLength = 35
    /// The most kanji a sentence may have without furigana over them.
    public static let maxKanjiWithoutFurigana = 3
    /// How a sentence may end (after its 。！？, closing brackets and one of
    /// the particles か, ね, よ are set aside).
    public static let politeEndings = [
        "です", "ます", "でした", "ました", "ません", "ませんでした",
        "ましょう", "でしょう", "ください", "ませんか",
    ]

    public struct Finding: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// The sentence's length in characters.
            case tooLong(Int)
            /// The kanji written without furigana, in order.
            case kanjiWithoutFurigana(String)
            case notPolite
        }
        public var kind: Kind
        /// The sentence with each ruby's base only.
        public var sentence: String
        /// The sentence as written (notation kept), for finding it in the file.
        public var written: String
        /// Characters from the start of the checked text to the sentence.
        public var offset: Int

        public var message: String {
            switch kind {
            case .tooLong(let n):
                return
                    "this sentence is \(n) characters long, more than the \(EasyJapanese.maxSentenceLength) of easy Japanese: '\(sentence)'"
            case .kanjiWithoutFurigana(let k):
                return
                    "this sentence has \(k.count) kanji without furigana (\(k)), more than the \(EasyJapanese.maxKanjiWithoutFurigana) of easy Japanese: '\(sentence)'"
            case .notPolite:
                return "this sentence does not end in です or ます: '\(sentence)'"
            }
        }
        public var hint: String {
            switch kind {
            case .tooLong: return "split it into shorter sentences, one idea each"
            case .kanjiWithoutFurigana: return "add furigana like {漢字|かんじ}, or write the word in hiragana"
            case .notPolite: return "end it with です, ます, でした, ました, ません, ましょう or ください"
            }
        }
    }

    /// The findings of a text with furigana notation. `checkEndings` is off
    /// for list items, which are often not sentences.
    public static func check(_ text: String, checkEndings: Bool = true) -> [Finding] {
        var findings: [Finding] = []
        for (written, offset) in sentences(text) {
            let segments = Furigana.parse(written).segments
            var base = "", bare = ""
            for s in segments {
                switch s {
                case .text(let t):
                    base += t
                    bare += t.filter(isKanji)
                case .ruby(let b, _):
                    base += b
                }
            }
            let shown = base.filter { !$0.isWhitespace }
            guard shown.contains(where: isJapanese) else { continue }
            let length = shown.filter { !enders.contains($0) }.count
            if length > maxSentenceLength {
                findings.append(Finding(kind: .tooLong(length), sentence: shown, written: written, offset: offset))
            }
            if bare.count > maxKanjiWithoutFurigana {
                findings.append(
                    Finding(kind: .kanjiWithoutFurigana(bare), sentence: shown, written: written, offset: offset))
            }
            if checkEndings && !isPolite(shown) {
                findings.append(Finding(kind: .notPolite, sentence: shown, written: written, offset: offset))
            }
        }
        return findings
    }

    static let enders: Set<Character> = ["。", "．", "！", "？", "!", "?"]
    static let closers: Set<Character> = ["」", "』", "）", ")", "】", "〕", "\"", "'", "”", "’", "…"]

    static func isPolite(_ sentence: String) -> Bool {
        var s = Substring(sentence)
        while let last = s.last, enders.contains(last) || closers.contains(last) { s = s.dropLast() }
        if let last = s.last, "かねよ".contains(last), politeEndings.contains(where: { s.dropLast().hasSuffix($0) }) {
            return true
        }
        return politeEndings.contains { s.hasSuffix($0) }
    }

    /// Sentences end at 。．！？!? (closing brackets right after stay with them)
    /// and at blank lines; a single newline (a soft break) does not end one.
    static func sentences(_ text: String) -> [(String, Int)] {
        let chars = Array(text)
        var result: [(String, Int)] = []
        var start = 0, i = 0
        func cut(_ end: Int) {
            let s = String(chars[start..<end])
            let lead = s.prefix { $0.isWhitespace }.count
            if !s.allSatisfy(\.isWhitespace) { result.append((String(s.dropFirst(lead)), start + lead)) }
            start = end
        }
        while i < chars.count {
            if enders.contains(chars[i]) {
                var j = i + 1
                while j < chars.count, enders.contains(chars[j]) || closers.contains(chars[j]) { j += 1 }
                cut(j)
                i = j
            } else if chars[i].isNewline, i + 1 < chars.count, chars[i + 1].isNewline {
                cut(i)
                i += 1
            } else {
                i += 1
            }
        }
        cut(chars.count)
        return result
    }

    static func isKanji(_ c: Character) -> Bool {
        c.unicodeScalars.contains {
            (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || $0.value == 0x3005
        }
    }

    static func isJapanese(_ c: Character) -> Bool {
        isKanji(c)
            || c.unicodeScalars.contains {
                (0x3041...0x3096).contains($0.value) || (0x30A1...0x30FA).contains($0.value)
            }
    }
}
