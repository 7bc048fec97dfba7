import MierukaCore

/// The table seen through one chart declaration: the distinct x values in
/// drawing order and, per series, the y value at each of them.
///
/// Every chart kind, the generated description and the data table are made
/// from this one view, so they always agree about what the chart shows.
struct ChartData {
    /// How the x values are placed along their axis.
    enum XScale: Equatable {
        case year, date, number
        /// Evenly spaced, in the order the rows first name them.
        case category

        var isContinuous: Bool { self != .category }
    }

    /// One series' value at one x.
    enum Cell: Equatable {
        /// The series has no row for this x (it starts later or ends earlier).
        case absent
        /// The row is there but its y value is missing: a gap in a line.
        case missing
        case value(Double)

        var number: Double? { if case .value(let v) = self { return v } else { return nil } }
    }

    struct Series {
        /// The series value as written in the data (`plain`), which styles are keyed by.
        var key: String
        /// The name readers see.
        var name: String
        /// Position among the series: picks colour, marker and pattern.
        var index: Int
        var dashed: Bool
        /// One cell per entry of `xs`.
        var cells: [Cell]

        var missingCount: Int { cells.filter { $0 == .missing }.count }
        /// Indices of `xs` that have a value.
        var defined: [Int] { cells.indices.filter { cells[$0].number != nil } }
    }

    var spec: ChartSpec
    var xField: Field?
    var yField: Field?
    var seriesField: Field?
    var xScale: XScale
    var xs: [Value]
    var series: [Series]
    /// (x, series key) pairs that more than one row gives a value for; the first row wins.
    var duplicates: [(x: Value, series: String?)]
    /// Progress charts: every row in table order, one bar each.
    var progressRows: [(label: String, value: Double?)]
    /// Whether every x value is the first of a month, so tick labels can say `2020年7月`.
    var monthlyDates = false
    /// Categories (progress charts: rows) beyond what fits, left out by ``cappedForBars()``.
    var leftOut = 0
    /// Whether every y value is below 0.000001 and not all are zero: data that
    /// two decimals would write as all `0` (see ``yNumber(_:)``).
    var tinyValues = false

    init(spec: ChartSpec, table: DataTable) {
        self.spec = spec
        let xIndex = table.index(of: spec.x), yIndex = table.index(of: spec.y)
        let sIndex = spec.series.flatMap { table.index(of: $0) }
        xField = xIndex.map { table.fields[$0] }
        yField = yIndex.map { table.fields[$0] }
        seriesField = sIndex.map { table.fields[$0] }
        switch xField?.type {
        case .year?: xScale = .year
        case .date?: xScale = .date
        case .integer?, .number?: xScale = .number
        default: xScale = .category
        }
        // Bars stand on categories even when those are years: each bar gets the same width.
        if spec.kind != .line && spec.kind != .sparkline { xScale = .category }
        xs = []
        series = []
        duplicates = []
        progressRows = []
        guard let xIndex, let yIndex else { return }
        if spec.kind == .progress {
            progressRows = table.rows.filter { $0.count == table.fields.count }.map { row in
                (row[xIndex].isMissing ? "—" : row[xIndex].display, row[yIndex].double)
            }
        }

        let reading = Self.read(table, x: xIndex, y: yIndex, series: sIndex, onlySeries: spec.y, ordered: xIsOrdered)
        xs = reading.xs
        duplicates = reading.duplicates
        if case .date? = xField?.type {
            monthlyDates = xs.allSatisfy { if case .date(let d) = $0 { return d.day == 1 } else { return true } }
        }
        let namesSeries = sIndex != nil
        series = reading.keys.enumerated().map { i, key in
            let style = spec.styles[key]
            let sampleValue = sIndex.flatMap { si in table.rows.first { $0.count > si && $0[si].plain == key }?[si] }
            let name = style?.label ?? (namesSeries ? (sampleValue?.display ?? key) : (yField?.title ?? key))
            return Series(key: key, name: name, index: i, dashed: style?.dashed ?? false, cells: reading.columns[i])
        }
        var largest = 0.0
        for s in series {
            for cell in s.cells { if case .value(let v) = cell, v.magnitude > largest { largest = v.magnitude } }
        }
        tinyValues = largest > 0 && largest < 1e-6
    }

    /// Where x value `i` sits on a continuous axis.
    func position(_ i: Int) -> Double { xScale.isContinuous ? (xs[i].double ?? 0) : Double(i) }

    /// All drawn y values.
    var allValues: [Double] { series.flatMap { $0.cells.compactMap(\.number) } }

    /// An x value for people: `1955年`, `2020年7月1日`, `15歳`, `0–14歳`.
    func xText(_ i: Int) -> String { xText(xs[i]) }

    func xText(_ value: Value) -> String {
        switch value {
        case .integer, .number: return NumberFormat.withUnit(value.display, unit: xField?.unit)
        default: return value.display
        }
    }

    /// An x value as a tick label, compact because the axis title carries the
    /// unit: `1955` (title 年), `2020年7月` for monthly dates, `0–14歳`.
    func xTickLabel(_ i: Int) -> String {
        switch xs[i] {
        case .year(let y): return String(y)
        case .integer, .number: return xs[i].display
        case .date(let d):
            return monthlyDates ? "\(d.year)年\(d.month)月" : d.japanese
        default: return xs[i].display
        }
    }

    /// A y value for people, with the field's unit: `3,400人`.
    func yText(_ v: Double) -> String {
        NumberFormat.withUnit(yNumber(v), unit: yField?.unit)
    }

    /// A y value without its unit: at most two decimals (`3,400`, `12.5`,
    /// `1.8e+308`). When every value is below 0.000001 (``tinyValues``), which
    /// two decimals would all write as `0`, values that small have three
    /// significant digits in scientific notation instead, as the value axis
    /// writes them: `2.5e-18`.
    func yNumber(_ v: Double) -> String {
        guard tinyValues, v != 0, v.magnitude < 1e-6 else { return NumberFormat.grouped(v, maxFractionDigits: 2) }
        return NumberFormat.scientific(v, significantDigits: 3)
    }

    /// A progress value: `60%`. Progress is measured in percent unless the field says otherwise.
    func progressText(_ v: Double) -> String {
        let unit = yField?.unit.flatMap { $0.isEmpty ? nil : $0 } ?? "%"
        return NumberFormat.withUnit(NumberFormat.grouped(v, maxFractionDigits: 2), unit: unit)
    }

    /// The y field's title with its unit, for headers: `人口（人）`.
    var yHeading: String {
        guard let yField else { return spec.y }
        return heading(yField.title, unit: yField.unit)
    }

    func heading(_ title: String, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return title }
        return "\(title)（\(unit)）"
    }
}

extension ChartData {
    /// Whether x values have an order of their own (years, dates, numbers), so
    /// that "from … to …" and "increase" make sense.
    var xIsOrdered: Bool {
        guard let type = xField?.type else { return false }
        return type == .year || type == .date || type == .integer || type == .number
    }

    /// The same data as shares of each x value's total, in percent: what a
    /// 100 % stacked bar draws. Negative values count by their size.
    ///
    /// A total too large for a double (parts near 1.8e308) is summed from the
    /// parts scaled down by a power of two, which leaves the shares as they are.
    func shares() -> ChartData {
        var copy = self
        // 2^-(bits of the series count + 1): that many parts, each at most 1.8e308, sum to a finite number.
        let down = Double(sign: .plus, exponent: -(Int.bitWidth - series.count.leadingZeroBitCount) - 1, significand: 1)
        let totals = xs.indices.map { i -> (total: Double, scale: Double) in
            let total = series.reduce(0.0) { $0 + ($1.cells[i].number?.magnitude ?? 0) }
            if total.isFinite { return (total, 1) }
            return (series.reduce(0.0) { $0 + ($1.cells[i].number?.magnitude ?? 0) * down }, down)
        }
        for s in copy.series.indices {
            copy.series[s].cells = copy.series[s].cells.enumerated().map { i, cell in
                guard let v = cell.number else { return cell }
                let (total, scale) = totals[i]
                return .value(total == 0 ? 0 : (scale == 1 ? v.magnitude : v.magnitude * scale) / total * 100)
            }
        }
        copy.tinyValues = false
        copy.yField?.unit = "%"
        copy.yField?.title = (yField?.title ?? spec.y) + "の割合"
        return copy
    }
}
