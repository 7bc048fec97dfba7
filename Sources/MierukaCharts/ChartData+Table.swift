import MierukaCore

extension ChartData {
    /// The data behind the chart, one row per x value and one column per series
    /// (progress charts: one row per bar), for the HTML table beside the chart.
    /// A 100 % stacked bar still lists the values themselves, not the shares.
    func chartTable(caption: String) -> ChartTable {
        let xHeading = xField?.title ?? spec.x
        if spec.kind == .progress {
            let unit = yField?.unit.flatMap { $0.isEmpty ? nil : $0 } ?? "%"
            return ChartTable(caption: caption,
                              headers: [xHeading, heading(yField?.title ?? spec.y, unit: unit)],
                              rows: progressRows.map { [$0.label, $0.value.map { NumberFormat.grouped($0, maxFractionDigits: 2) } ?? "—"] })
        }
        let headers = [xHeading] + (seriesField == nil ? [yHeading] : series.map { heading($0.name, unit: yField?.unit) })
        let rows = xs.indices.map { i in
            [xText(i)] + series.map { s in s.cells[i].number.map { NumberFormat.grouped($0, maxFractionDigits: 2) } ?? "—" }
        }
        return ChartTable(caption: caption, headers: headers, rows: rows)
    }
}
