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
    /// Text that fits on two lines is split where the two come out most even,
    /// preferring a break after a particle or punctuation, so a label does not
    /// leave one character alone on its second line.
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

        // Two even lines, if the text fits on two.
        var best: (cut: Int, cost: Double)?
        for cut in 1..<chars.count where canBreak(chars, at: cut) {
            let first = span(0, cut), second = span(cut, chars.count)
            guard first <= maxWidth, second <= maxWidth else { continue }
            let cost = Swift.max(first, second) + (isGoodBreak(chars, at: cut) ? 0 : fontSize * 1.5)
            if best == nil || cost < best!.cost { best = (cut, cost) }
        }
        if let best {
            return [line(chars, 0, best.cut), line(chars, best.cut, chars.count)]
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
