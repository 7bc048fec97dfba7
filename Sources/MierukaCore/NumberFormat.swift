/// Number formatting that never depends on the machine's locale: the same
/// bytes on every build machine.
public enum NumberFormat {
    /// `3400` -> `3,400`; `-1234567` -> `-1,234,567`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// A number with grouped thousands and at most `maxFractionDigits`
    /// decimals, trailing zeros dropped: `1234.5` -> `1,234.5`. A number that
    /// rounds to zero is `0`; a negative `maxFractionDigits` counts as 0.
    ///
    /// Any finite double gives a short text. Numbers too long to write this way
    /// — 19 digits or more once rounded (about 9e16 and up with two decimals),
    /// or below 0.000001 with more than six decimals — are written in scientific
    /// notation (see ``scientific(_:lowestDigit:)``) with at most
    /// `maxFractionDigits` decimals in the mantissa and no digit below
    /// `10^-maxFractionDigits`: with two decimals 1.7976931348623157e308 is
    /// `1.8e+308` and -7.3851e241 is `-7.39e+241`, never 309 digits; with
    /// nine, 1.5e-8 is `1.5e-8`. Not finite: `NaN`, `∞`, `-∞`.
    public static func grouped(_ x: Double, maxFractionDigits: Int = 2) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-∞" : "∞") }
        let decimals = Swift.max(0, maxFractionDigits)
        if let text = positional(x, decimals: decimals) { return text }
        // At most `decimals` decimals of the mantissa, and none below 10^-decimals.
        let first = decimalDigits(x.magnitude).exponent
        return scientific(x, lowestDigit: Swift.max(-decimals, first - decimals))
    }

    /// A multiple of `10^exponent`, such as an axis tick at a step of
    /// `2 × 10^exponent`, written as ``grouped(_:maxFractionDigits:)`` writes it
    /// with `-exponent` decimals (none when `exponent` is positive), and in
    /// scientific notation rounded at that power of ten where that is too long:
    /// `5e+307`, not the `4.999999999999999e+307` the double holds.
    public static func grouped(_ x: Double, multipleOf exponent: Int) -> String {
        guard x.isFinite else { return grouped(x) }
        return positional(x, decimals: Swift.max(0, -exponent)) ?? scientific(x, lowestDigit: exponent)
    }

    /// `grouped` without scientific notation: nil where that is too long
    /// (19 digits or more, or below 0.000001 with more than six decimals).
    private static func positional(_ x: Double, decimals: Int) -> String? {
        if decimals > 6 && x.magnitude < 1e-6 && x != 0 { return nil }
        // Past 18 decimals the digits are not there to show; keep what fits in an Int.
        var digits = Swift.min(decimals, 18)
        if x.magnitude < 1e15 {
            while digits > 0 && (x.magnitude * Double(pow10(digits))).rounded() >= 9.0e18 { digits -= 1 }
        }
        let scale = pow10(digits)
        let scaled = (x.magnitude * Double(scale)).rounded()
        guard scaled < 9.0e18 else { return nil }
        let whole = Int(scaled) / scale
        var frac = Int(scaled) % scale
        var fracDigits = digits
        while fracDigits > 0 && frac % 10 == 0 { frac /= 10; fracDigits -= 1 }
        let sign = (x < 0 && scaled != 0) ? "-" : ""
        let head = sign + grouped(whole)
        return fracDigits == 0 ? head : head + "." + pad(frac, fracDigits)
    }

    /// `x` in scientific notation, rounded (half away from zero) at the digit
    /// worth `10^lowestDigit`: a mantissa of one digit before the point and at
    /// most 16 after it (the digits of the shortest text that reads back as
    /// `x`, so never more than the double holds), `e`, and the exponent with
    /// its sign: `1.5e+308`, `-2.5e-18`, `5e-324`. `0` when `x` rounds to zero.
    ///
    /// The same bytes on every machine: the digits come from Swift's own
    /// shortest round-trip conversion, not from the C library.
    public static func scientific(_ x: Double, lowestDigit: Int) -> String {
        guard x.isFinite else { return grouped(x) }
        guard x != 0 else { return "0" }
        var (digits, exponent) = decimalDigits(x.magnitude)
        let keep = exponent - lowestDigit + 1
        if keep <= 0 {
            // Below the last digit kept: zero, or one unit of that digit.
            guard keep == 0, digits[0] >= 5 else { return "0" }
            digits = [1]
            exponent = lowestDigit
        } else if keep < digits.count {
            let up = digits[keep] >= 5
            digits.removeLast(digits.count - keep)
            if up {
                var i = keep - 1
                while i >= 0 && digits[i] == 9 { digits[i] = 0; i -= 1 }
                if i >= 0 { digits[i] += 1 } else { digits.insert(1, at: 0); exponent += 1 }
            }
        }
        while digits.count > 1 && digits.last == 0 { digits.removeLast() }
        var out = x < 0 ? "-" : ""
        out.append(String(digits[0]))
        if digits.count > 1 { out.append("." + digits.dropFirst().map(String.init).joined()) }
        return out + (exponent < 0 ? "e-" : "e+") + String(exponent.magnitude)
    }

    /// `x` in scientific notation with `significantDigits` digits at most
    /// (at least one), trailing zeros dropped: 2.4567e-18 with 3 is `2.46e-18`.
    public static func scientific(_ x: Double, significantDigits: Int) -> String {
        guard x.isFinite, x != 0 else { return scientific(x, lowestDigit: 0) }
        return scientific(x, lowestDigit: decimalDigits(x.magnitude).exponent - Swift.max(1, significantDigits) + 1)
    }

    /// The decimal digits of a positive finite `x`'s shortest round-trip text
    /// (Swift writes `1.5e-18`, `0.0001`, `123.0`), without leading or trailing
    /// zeros, and the power of ten the first one is worth: `1.5e-18` -> ([1, 5], -18).
    static func decimalDigits(_ x: Double) -> (digits: [Int], exponent: Int) {
        let text = x.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let shift = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = mantissa[0], fraction = mantissa.count > 1 ? mantissa[1] : ""
        var digits = (whole + fraction).compactMap(\.wholeNumberValue)
        let leading = digits.prefix { $0 == 0 }.count
        guard leading < digits.count else { return ([0], 0) }
        digits.removeFirst(leading)
        while digits.count > 1 && digits.last == 0 { digits.removeLast() }
        return (digits, whole.count - 1 - leading + shift)
    }

    /// The shortest text that reads back as the same Double, without grouping
    /// and without a trailing `.0` on whole numbers: for CSV and JSON.
    public static func plain(_ x: Double) -> String {
        if x == x.rounded(), x.magnitude < 1e15 { return String(Int(x)) }
        return String(x)
    }

    /// `3400` + `人` -> `3,400人`. Units written in Latin letters get a space: `12 km`.
    public static func withUnit(_ text: String, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return text }
        if unit == "%" || unit.unicodeScalars.first.map(TextWidth.isWide) == true { return text + unit }
        return text + " " + unit
    }

    /// 10^n for 0 ≤ n ≤ 18, the powers of ten an Int holds.
    static func pow10(_ n: Int) -> Int { (0..<Swift.min(18, Swift.max(0, n))).reduce(1) { r, _ in r * 10 } }
}
