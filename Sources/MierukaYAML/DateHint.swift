import MierukaCore

/// Hints for dates that cannot be read, so that the writer learns what to
/// change rather than only that something is wrong: "February 2021 has only
/// 28 days", "write it as 2020-07-01".
public enum DateHint {
    /// Why a date written `YYYY-MM-DD` or `YYYY-MM` does not exist, or nil
    /// when the text is not in that shape or the date is fine.
    public static func whyNot(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2 || parts.count == 3, let year = parts[0], let month = parts[1] else { return nil }
        if year < 1 { return "years start at 0001" }
        if !(1...12).contains(month) { return "months go from 01 to 12" }
        guard parts.count == 3, let day = parts[2] else { return nil }
        let days = LocalDate.daysIn(month: month, year: year)
        if day < 1 { return "days start at 01" }
        if day > days { return "\(monthNames[month - 1]) \(year) has only \(days) days" }
        return nil
    }

    /// The same date in the form mieruka reads, when `text` is a date written
    /// another way: `2020/7/1`, `2020.07.01`, `2020年7月1日` become `2020-07-01`
    /// (and `2019年6月` becomes `2019-06` where a month alone is allowed).
    public static func rewritten(_ text: String, allowMonth: Bool = false) -> String? {
        var runs: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if let digit = asciiDigit(scalar) {
                current.unicodeScalars.append(digit)
            } else if "/.-年月日 ".unicodeScalars.contains(scalar) {
                if !current.isEmpty { runs.append(current); current = "" }
            } else {
                return nil
            }
        }
        if !current.isEmpty { runs.append(current) }
        guard runs.count >= 2, runs[0].count == 4, runs.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
            let year = Int(runs[0]), let month = Int(runs[1])
        else { return nil }
        let y = runs[0], m = month < 10 ? "0\(month)" : "\(month)"
        if runs.count == 3, let day = Int(runs[2]), LocalDate(year: year, month: month, day: day) != nil {
            return "\(y)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
        }
        if runs.count == 2, allowMonth, (1...12).contains(month) { return "\(y)-\(m)" }
        return nil
    }

    /// ASCII and full-width digits (`０`–`９`, as Japanese input methods type them).
    static func asciiDigit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if ("0"..."9").contains(s) { return s }
        if (0xFF10...0xFF19).contains(s.value) { return Unicode.Scalar(s.value - 0xFF10 + 0x30) }
        return nil
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]
}
