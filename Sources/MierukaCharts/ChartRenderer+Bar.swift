import MierukaCore

extension ChartRenderer {
    /// Bar charts: one bar per category and series, series side by side, from a
    /// zero baseline; values written at the bar ends where they fit. A missing
    /// value draws no bar.
    static func drawBars(_ data: ChartData, ids: ChartIDs) -> ChartCanvas {
        groupedBars(data, ids: ids, horizontal: false)
    }

    static func drawHorizontalBars(_ data: ChartData, ids: ChartIDs) -> ChartCanvas {
        groupedBars(data, ids: ids, horizontal: true)
    }

    private static func groupedBars(_ data: ChartData, ids: ChartIDs, horizontal: Bool) -> ChartCanvas {
        let values = data.allValues
        guard !values.isEmpty else { return emptyCanvas() }
        let slots = Swift.max(1, data.series.count)
        var marks: [BarMark] = []
        var labels: [BarLabel] = []
        for s in data.series {
            for i in data.xs.indices {
                guard let v = s.cells[i].number else { continue }
                marks.append(BarMark(category: i, slot: s.index, slots: slots, series: s.index, from: 0, to: v))
                labels.append(
                    BarLabel(category: i, slot: s.index, slots: slots, at: v, text: data.yText(v), negative: v < 0))
            }
        }
        let noteValues = data.noteValues
        let multi = data.seriesField != nil && data.series.count > 1
        let legend = multi ? data.series.map { ChartLegend.Item(label: $0.name, swatch: .area(index: $0.index)) } : []
        return drawBarMarks(
            data, ids: ids, marks: marks, labels: labels,
            axisFor: {
                ValueAxis(values: values + noteValues, includeZero: true, unit: data.yField?.unit, maxIntervals: $0)
            },
            legendItems: legend, horizontal: horizontal)
    }
}
