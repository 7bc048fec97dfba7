/// The site's time zone (`time_zone` in site.yaml): the one authority for
/// "today" (the overdue warning, `new note`'s date) and for the offsets
/// written in feeds and the Data Package. Only zones with a fixed offset
/// are known, so no output depends on the build machine's zone database.
public struct SiteTimeZone: Sendable, Hashable {
    /// The name as site.yaml writes it.
    public let name: String
    /// Seconds east of UTC.
    public let offsetSeconds: Int

    /// The names mieruka knows, with their offsets.
    public static let known: [(name: String, offsetSeconds: Int)] = [
        ("Asia/Tokyo", 9 * 3600), ("Japan", 9 * 3600), ("JST", 9 * 3600),
        ("UTC", 0), ("Etc/UTC", 0), ("GMT", 0),
    ]

    /// Asia/Tokyo, when site.yaml gives none.
    public static let standard = SiteTimeZone(name: "Asia/Tokyo", offsetSeconds: 9 * 3600)

    init(name: String, offsetSeconds: Int) {
        self.name = name
        self.offsetSeconds = offsetSeconds
    }

    /// A known zone by name, or nil.
    public init?(named name: String) {
        guard let k = SiteTimeZone.known.first(where: { $0.name == name }) else { return nil }
        self.init(name: k.name, offsetSeconds: k.offsetSeconds)
    }

    /// `+09:00`, `+00:00`.
    public var offset: String {
        let m = abs(offsetSeconds) / 60
        let hh = m / 60, mm = m % 60
        return (offsetSeconds < 0 ? "-" : "+") + (hh < 10 ? "0" : "") + String(hh) + ":" + (mm < 10 ? "0" : "")
            + String(mm)
    }

    /// The offset as an Atom feed writes it: `Z` for UTC.
    public var feedOffset: String { offsetSeconds == 0 ? "Z" : offset }

    /// The calendar date in this zone at an instant (seconds since 1970 UTC).
    public func date(at secondsSince1970: Int) -> LocalDate {
        let local = secondsSince1970 + offsetSeconds
        return LocalDate(daysSinceEpoch: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// The dates at an instant in every known offset: what "today" can be for
    /// any site, for fingerprints taken before site.yaml is read.
    public static func datesInEveryZone(at secondsSince1970: Int) -> [LocalDate] {
        var offsets: [Int] = []
        for k in known where !offsets.contains(k.offsetSeconds) { offsets.append(k.offsetSeconds) }
        return offsets.map { SiteTimeZone(name: "", offsetSeconds: $0).date(at: secondsSince1970) }
    }
}
