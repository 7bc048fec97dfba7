/// Text that a spreadsheet program runs as a formula when it opens a CSV
/// file (OWASP "CSV injection"): a cell that begins with `=`, `+`, `-` or
/// `@`, or with a tab or carriage return. mieruka publishes data exactly as
/// it is, so such text is reported (docs/content.md, "Spreadsheet formulas"),
/// never altered. Numbers are not text: `-5` in a number field is a number.
public enum SpreadsheetFormula {
    static let starters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The character a formula-like text begins with, for messages: `'='`,
    /// `a tab`, `a carriage return`.
    public static func start(of text: String) -> String {
        switch text.unicodeScalars.first {
        case "\t": return "a tab"
        case "\r": return "a carriage return"
        case let c?: return "'\(c)'"
        case nil: return "nothing"
        }
    }

    /// Whether a text cell would run as a formula. A lone sign (`-` for "no
    /// data") and text that reads as a decimal number (`-5`, `+3.5`) do not.
    public static func starts(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, starters.contains(first) else { return false }
        if text.unicodeScalars.count == 1 { return first == "\t" || first == "\r" }
        return !DecimalNumber.isDecimal(text)
    }
}
