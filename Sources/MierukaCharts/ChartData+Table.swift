import MierukaCore

extension ChartData {
    /// The most rows the data table beside a chart lists: the page carries the
    /// table as HTML, and the dataset's CSV and JSON files carry every row.
    static let maxTableRows = 500

    /// The data behind the chart, one row per x value and one column per series
    /// (progress charts: one row per bar), for the HTML table beside the chart.
    /// A 100 % stacked bar still lists the values themselves, not the shares.
    ///
    /// Longer data lists its first ``maxTableRows`` rows, and the caption says
    /// so: `人口（全20,000行のうち最初の500行）`. Only the rows listed are formatted,
    /// so a million-row table costs no more than a short one.
    func chartTable(caption: String) -> ChartTable {
        let xHeading = xField?.title ?? spec.x
        let count = spec.kind == .progress ? progressRows.count : xs.count
        let listed = Swift.min(count, Self.maxTableRows)
        let fullCaption =
            count > listed
            ? caption + "（全\(NumberFormat.grouped(count))行のうち最初の\(NumberFormat.grouped(listed))行）" : caption
        if spec.kind == .progress {
            let unit = yField?.unit.flatMap { $0.isEmpty ? nil : $0 } ?? "%"
            return ChartTable(
                caption: fullCaption,
                headers: [xHeading, heading(yField?.title ?? spec.y, unit: unit)],
                rows: progressRows.prefix(listed).map {
                    [$0.label, $0.value.map { NumberFormat.grouped($0, maxFractionDigits: 2) } ?? "—"]
                })
        }
        let headers =
            [xHeading] + (seriesField == nil ? [yHeading] : series.map { heading($0.name, unit: yField?.unit) })
        let rows = (0..<listed).map { i in
            [xText(i)] + series.map { s in s.cells[i].number.map(yNumber) ?? "—" }
        }
        return ChartTable(caption: fullCaption, headers: headers, rows: rows)
    }
}
