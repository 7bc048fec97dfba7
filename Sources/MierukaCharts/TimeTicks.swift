import MierukaCore

/// Ticks for time axes: whole years, or months, or days, labelled the way
/// Japanese charts label them.
public enum TimeTicks {
    /// Years inside `from…to` at a step of 1, 2 or 5 × 10^k years, at most
    /// `maxCount` of them, labelled compactly (`1955`; the axis title says 年).
    public static func years(from: Int, to: Int, maxCount: Int) -> [(year: Int, label: String)] {
        if from == to { return [(from, String(from))] }
        let ticks = NiceTicks.within(min: Double(from), max: Double(to), maxCount: maxCount, minStep: 1).ticks
        // Whole numbers; only a tick at 2^63, past the last Int, is left out.
        return ticks.compactMap { Int(exactly: $0) }.map { ($0, String($0)) }
    }

    /// First days of months inside `from…to`, every 1, 2, 3 or 6 months or every
    /// 1, 2, 5, 10… years, at most `maxCount`. Labels show the year on the first
    /// tick and where it changes (`2020年7月`, `8月`, … `2021年1月`); yearly ticks
    /// read `2021年`. Spans shorter than two months get daily ticks (`7月1日`).
    public static func dates(from: LocalDate, to: LocalDate, maxCount: Int) -> [(date: LocalDate, label: String)] {
        if from == to { return [(from, from.japanese)] }
        let firstMonth = from.year * 12 + from.month - 1 + (from.day == 1 ? 0 : 1)
        let lastMonth = to.year * 12 + to.month - 1
        if lastMonth - firstMonth < 2 { return days(from: from, to: to, maxCount: maxCount) }
        let steps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200]
        let count = Swift.max(1, maxCount)
        for step in steps {
            let start = clampedInt((Double(firstMonth) / Double(step)).rounded(.up)) * step
            let months = Array(stride(from: start, through: lastMonth, by: step))
            guard months.count <= count else { continue }
            var out: [(LocalDate, String)] = []
            var lastYear: Int?
            for m in months {
                guard let date = LocalDate(year: m / 12, month: m % 12 + 1, day: 1) else { continue }
                let label: String
                if step >= 12 {
                    label = "\(date.year)年"
                } else if lastYear != date.year {
                    label = "\(date.year)年\(date.month)月"
                } else {
                    label = "\(date.month)月"
                }
                lastYear = date.year
                out.append((date, label))
            }
            return out
        }
        return [(from, from.japanese)]
    }

    static func days(from: LocalDate, to: LocalDate, maxCount: Int) -> [(date: LocalDate, label: String)] {
        let a = from.daysSinceEpoch, b = to.daysSinceEpoch
        for step in [1, 2, 7, 14, 28] {
            let dates = stride(from: a, through: b, by: step).map(LocalDate.init(daysSinceEpoch:))
            if dates.count <= Swift.max(1, maxCount) {
                return dates.map { ($0, "\($0.month)月\($0.day)日") }
            }
        }
        return [(from, "\(from.month)月\(from.day)日")]
    }
}
