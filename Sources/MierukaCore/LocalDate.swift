/// A calendar date with no time and no time zone: what a town writes in its
/// content (`2020-07-01`). Comparing and formatting never touch the clock or
/// the machine's time zone, so builds are the same everywhere.
public struct LocalDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil for dates that do not exist (2021-02-29, 2020-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`. Straight from the UTF-8 bytes: a CSV of
    /// daily values has one per row.
    public init?(iso text: String) {
        let bytes = text.utf8.withContiguousStorageIfAvailable { p -> (Int, Int, Int)? in
            guard p.count == 10, p[4] == 0x2D, p[7] == 0x2D else { return nil }
            func number(_ r: Range<Int>) -> Int? {
                var n = 0
                for i in r {
                    guard (0x30...0x39).contains(p[i]) else { return nil }
                    n = n * 10 + Int(p[i] - 0x30)
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }
        if let outcome = bytes {
            guard let (y, m, d) = outcome else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2020-07-01`
    public var iso: String {
        // Years are 1…9999 (the initializer), so the text is always 10 ASCII bytes.
        String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ n: Int, _ width: Int, at start: Int) {
                var n = n
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    buffer[i] = UInt8(0x30 + n % 10)
                    n /= 10
                }
            }
            put(year, 4, at: 0)
            buffer[4] = 0x2D
            put(month, 2, at: 5)
            buffer[7] = 0x2D
            put(day, 2, at: 8)
            return 10
        }
    }
    /// `2020年7月1日`
    public var japanese: String { "\(year)年\(month)月\(day)日" }
    /// `1 July 2020`
    public var english: String { "\(day) \(LocalDate.monthNames[month - 1]) \(year)" }
    /// RFC 3339 timestamp at midnight in a fixed offset, for feeds: `2020-07-01T00:00:00+09:00`.
    public func rfc3339(offset: String = "+09:00") -> String { "\(iso)T00:00:00\(offset)" }

    public var description: String { iso }

    /// Days since 1970-01-01 (civil calendar), for arithmetic without Foundation.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]
}

/// A date that may be known only to the month (`2019-06`) or fully (`2019-06-12`),
/// as milestones are written.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int?

    public init?(iso text: String) {
        if let full = LocalDate(iso: text) {
            year = full.year; month = full.month; day = full.day
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), y >= 1
        else { return nil }
        year = y; month = m; day = nil
    }

    public init(_ date: LocalDate) { year = date.year; month = date.month; day = date.day }

    public var iso: String {
        day.map { "\(pad(year, 4))-\(pad(month, 2))-\(pad($0, 2))" } ?? "\(pad(year, 4))-\(pad(month, 2))"
    }
    public var japanese: String { day.map { "\(year)年\(month)月\($0)日" } ?? "\(year)年\(month)月" }
    public var description: String { iso }
    /// The first day it could mean, for sorting and comparing with full dates.
    public var start: LocalDate { LocalDate(year: year, month: month, day: day ?? 1)! }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month, a.day ?? 0) < (b.year, b.month, b.day ?? 0)
    }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
