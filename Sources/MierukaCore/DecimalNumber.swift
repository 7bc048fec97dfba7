/// The one reader of numbers written in content: decimal only. Swift's
/// `Double(_:)` also reads hexadecimal (`0x10`, `0x1p4`), `inf` and `nan`,
/// which a spreadsheet never means; a CSV cell or YAML value of that form is
/// refused instead of being published as another number.
public enum DecimalNumber {
    /// `12`, `-3.5`, `+0.25`, `.5`, `6.02e23`: an optional sign, digits with
    /// at most one decimal point, and an optional exponent. Nil for any other
    /// text and for values outside the range of finite doubles.
    public static func parse(_ text: String) -> Double? {
        guard isDecimal(text), let x = Double(text), x.isFinite else { return nil }
        return x
    }

    /// Why `text` is not a number `parse` reads, when a hint can say it:
    /// thousands separators, hexadecimal, or a value too large to hold.
    public static func hint(for text: String) -> String? {
        let lower = text.lowercased()
        if text.contains(",") { return "write numbers without commas" }
        if lower.hasPrefix("0x") || lower.hasPrefix("-0x") || lower.hasPrefix("+0x") {
            return "numbers are read in decimal only; write the value in decimal digits"
        }
        if isDecimal(text) { return "the number is too large; mieruka keeps numbers up to about 1.8e308" }
        return nil
    }

    /// Whether `text` is written in decimal notation (see `parse`).
    public static func isDecimal(_ text: String) -> Bool {
        var u = text.utf8[...]
        if let f = u.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { u = u.dropFirst() }
        var digits = 0, point = false
        while let c = u.first {
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                digits += 1
            } else if c == UInt8(ascii: "."), !point {
                point = true
            } else {
                break
            }
            u = u.dropFirst()
        }
        guard digits > 0 else { return false }
        guard let e = u.first else { return true }
        guard e == UInt8(ascii: "e") || e == UInt8(ascii: "E") else { return false }
        u = u.dropFirst()
        if let s = u.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { u = u.dropFirst() }
        return !u.isEmpty && u.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
