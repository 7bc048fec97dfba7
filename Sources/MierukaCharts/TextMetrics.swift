import MierukaCore

/// Estimates how wide a label is drawn, without fonts: the build machine may
/// have none, and the reader's phone uses its own.
///
/// Wide (CJK, full-width) characters count a full em, as in every Japanese font;
/// other characters 0.6 em, which is a little more than digits and lowercase
/// letters take in common sans-serif fonts, so estimates err on the wide side and
/// labels placed apart by them do not touch.
public enum TextMetrics {
    public static func width(of text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0.0) { $0 + em($1) } * fontSize
    }

    static func em(_ scalar: Unicode.Scalar) -> Double {
        if TextWidth.isWide(scalar) { return 1 }
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        if ("A"..."Z").contains(scalar) { return 0.7 }
        return 0.6
    }

    /// The longest prefix of `text` that, with `…` appended, fits in `maxWidth`;
    /// the text itself when it already fits.
    public static func truncate(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        if width(of: text, fontSize: fontSize) <= maxWidth { return text }
        let ellipsis = width(of: "…", fontSize: fontSize)
        var out = "", used = 0.0
        for c in text {
            let w = width(of: String(c), fontSize: fontSize)
            if used + w + ellipsis > maxWidth { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// Splits `text` into at most `maxLines` lines no wider than `maxWidth`; the
    /// last line is truncated with `…` if text remains.
    ///
    /// Japanese may break between any two characters, except that a line never
    /// starts with closing brackets, punctuation or small kana, never ends with
    /// an opening bracket (kinsoku), and Latin words and numbers stay whole.
    /// Text that fits on two or three lines is split where the lines come out
    /// most even, preferring breaks after a particle or punctuation, so a label
    /// does not leave one character alone on its last line or cut a word where
    /// a phrase could end.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        guard maxLines > 0 else { return [] }
        if width(of: text, fontSize: fontSize) <= maxWidth || maxLines == 1 {
            return [truncate(text, maxWidth: maxWidth, fontSize: fontSize)]
        }
        let chars = Array(text)
        if chars.count < 2 { return [truncate(text, maxWidth: maxWidth, fontSize: fontSize)] }
        let widths = chars.map { width(of: String($0), fontSize: fontSize) }
        func span(_ a: Int, _ b: Int) -> Double {
            var end = b
            while end > a && chars[end - 1] == " " { end -= 1 }
            return widths[a..<end].reduce(0, +)
        }

        // As few even lines as the text fits on, up to three (beyond that, or for
        // long text, trying every split costs more than it is worth).
        let penalty = fontSize * 1.5
        let breaks = (1..<chars.count).filter { canBreak(chars, at: $0) }
        func cost(_ cuts: [Int]) -> Double? {
            let bounds = [0] + cuts + [chars.count]
            var widest = 0.0
            for k in 1..<bounds.count {
                let w = span(bounds[k - 1], bounds[k])
                if w > maxWidth { return nil }
                widest = Swift.max(widest, w)
            }
            // Cutting a katakana word (コン|ビニ) reads worse than cutting a kanji compound.
            let bad = cuts.map { isGoodBreak(chars, at: $0) ? 0 : isInsideKatakana(chars, at: $0) ? 2 : 1 }.reduce(0, +)
            return widest + Double(bad) * penalty
        }
        var best: (cuts: [Int], cost: Double)?
        func consider(_ cuts: [Int]) {
            if let c = cost(cuts), best == nil || c < best!.cost { best = (cuts, c) }
        }
        for a in breaks { consider([a]) }
        if best == nil && maxLines >= 3 && chars.count <= 120 {
            for a in breaks where span(0, a) <= maxWidth {
                for b in breaks where b > a && span(a, b) <= maxWidth { consider([a, b]) }
            }
        }
        if let best {
            let bounds = [0] + best.cuts + [chars.count]
            return (1..<bounds.count).map { line(chars, bounds[$0 - 1], bounds[$0]) }
        }

        // Otherwise fill each line, backing off to the nearest allowed break.
        var lines: [String] = []
        var start = 0
        while start < chars.count && lines.count < maxLines - 1 {
            var end = start, used = 0.0
            while end < chars.count && used + widths[end] <= maxWidth { used += widths[end]; end += 1 }
            if end == chars.count { break }
            var cut = end
            while cut > start + 1 && !canBreak(chars, at: cut) { cut -= 1 }
            if cut == start + 1 && !canBreak(chars, at: cut) { cut = Swift.max(start + 1, end) }
            lines.append(line(chars, start, cut))
            start = cut
            while start < chars.count && chars[start] == " " { start += 1 }
        }
        if start < chars.count {
            lines.append(truncate(line(chars, start, chars.count), maxWidth: maxWidth, fontSize: fontSize))
        }
        return lines
    }

    private static let noLineStart = Set("、。，．,.）)」』】〕］]｝}〉》ー・：；:;！？!?ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜…％%")
    private static let noLineEnd = Set("（(「『【〔［[｛{〈《")
    private static let breakAfterPunctuation = Set("、。，・）」』】 ")
    /// Particles end a phrase only when a new word follows, not inside `ので` or `には`.
    private static let breakAfterParticle = Set("のとをにはでやがも")
    private static let breakBefore = Set("（(「『【")

    /// Whether a line may break between `chars[i - 1]` and `chars[i]`.
    static func canBreak(_ chars: [Character], at i: Int) -> Bool {
        guard i > 0, i < chars.count else { return false }
        let a = chars[i - 1], b = chars[i]
        if noLineStart.contains(b) || noLineEnd.contains(a) { return false }
        if isWordPart(a) && isWordPart(b) { return false }
        return true
    }

    private static func isGoodBreak(_ chars: [Character], at i: Int) -> Bool {
        if breakAfterPunctuation.contains(chars[i - 1]) || breakBefore.contains(chars[i]) { return true }
        return breakAfterParticle.contains(chars[i - 1]) && !isHiragana(chars[i])
    }

    private static func isInsideKatakana(_ chars: [Character], at i: Int) -> Bool {
        isKatakana(chars[i - 1]) && isKatakana(chars[i])
    }

    private static func isKatakana(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x30A1...0x30FF).contains($0.value) } ?? false
    }

    private static func isHiragana(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x3041...0x309F).contains($0.value) } ?? false
    }

    private static func isWordPart(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "," || c == "." || c == "-" || c == "'")
    }

    private static func line(_ chars: [Character], _ a: Int, _ b: Int) -> String {
        String(chars[a..<b]).trimmingTrailingSpaces.trimmingLeadingSpaces
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    var trimmingLeadingSpaces: String {
        var s = Substring(self)
        while s.hasPrefix(" ") { s = s.dropFirst() }
        return String(s)
    }
}
