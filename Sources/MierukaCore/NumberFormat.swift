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
    /// decimals, trailing zeros dropped: `1234.5` -> `1,234.5`.
    public static func grouped(_ x: Double, maxFractionDigits: Int = 2) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-∞" : "∞") }
        let scale = pow10(maxFractionDigits)
        let scaled = (x.magnitude * Double(scale)).rounded()
        guard scaled < 9.0e18 else { return plain(x) }
        let whole = Int(scaled) / scale
        var frac = Int(scaled) % scale
        var fracDigits = maxFractionDigits
        while fracDigits > 0 && frac % 10 == 0 { frac /= 10; fracDigits -= 1 }
        let sign = (x < 0 && scaled != 0) ? "-" : ""
        let head = sign + grouped(whole)
        return fracDigits == 0 ? head : head + "." + pad(frac, fracDigits)
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

    static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { r, _ in r * 10 } }
}
