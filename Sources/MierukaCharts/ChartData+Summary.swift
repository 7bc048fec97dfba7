import MierukaCore

extension ChartData {
    /// The generated text alternative, in Japanese: per series the x range, the
    /// first and last values and the direction of change, then the maximum and
    /// minimum. Short and factual, so a screen reader user hears what a sighted
    /// reader sees at a glance; the data table beside the chart has the rest.
    ///
    /// The values described are those of every row, also when the chart draws
    /// fewer points (a long line is thinned to what the plot can show) or fewer
    /// bars (see `cappedForBars()`), which the description then says. Annotations
    /// follow the data, since a screen reader does not read the chart's labels.
    func summary() -> String {
        let shown = cappedForBars()
        let note = shown.leftOutNote.map { "グラフは\($0)。" } ?? ""
        if spec.kind == .progress { return progressSummary(shown.progressRows) + note }
        let percent = spec.kind == .stackedBar && spec.percent
        let data = percent ? shares() : self
        let drawn = data.series.filter { !$0.defined.isEmpty }
        if drawn.isEmpty { return "データがありません。" }
        let named = data.series.count > 1
        return data.series.map { s in
            (named ? "\(s.name)：" : "") + data.describe(s)
        }.joined() + (percent ? shown.shares() : shown).notesSummary() + note
    }

    private func describe(_ s: Series) -> String {
        let d = s.defined
        let missing = s.missingCount > 0 ? "欠測\(s.missingCount)件。" : ""
        guard let first = d.first, let last = d.last else { return "データなし。" + missing }
        let value = { (i: Int) in self.yText(s.cells[i].number ?? 0) }
        if d.count == 1 { return "\(xText(first))の\(value(first))。" + missing }
        let values = d.map { s.cells[$0].number ?? 0 }
        let maxAt = d[values.firstIndex(of: values.max()!)!]
        let minAt = d[values.firstIndex(of: values.min()!)!]
        let extremes = "最大は\(xText(maxAt))の\(value(maxAt))、最小は\(xText(minAt))の\(value(minAt))。"
        if values.min() == values.max() {
            return
                (xIsOrdered
                ? "\(xText(first))から\(xText(last))まで\(value(first))で横ばい。"
                : "\(d.count)項目すべて\(value(first))。") + missing
        }
        guard xIsOrdered else { return "\(d.count)項目。" + extremes + missing }
        let v0 = values.first!, v1 = values.last!
        let change = v1 > v0 ? "に増加。" : v1 < v0 ? "に減少。" : "で変わらず。"
        return "\(xText(first))の\(value(first))から\(xText(last))の\(value(last))\(change)" + extremes + missing
    }

    private func progressSummary(_ rows: [(label: String, value: Double?)]) -> String {
        if rows.isEmpty { return "データがありません。" }
        return rows.map { row in
            "\(row.label)は" + (row.value.map { progressText($0) } ?? "値なし")
        }.joined(separator: "、") + "。"
    }
}
