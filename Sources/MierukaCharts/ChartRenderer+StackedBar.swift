import MierukaCore

extension ChartRenderer {
    /// Stacked bars: the series of each category piled up, positives above the
    /// baseline and negatives below; in percent mode each bar is split into
    /// shares of 100 %. Absolute stacks with no negative parts carry their total where it fits.
    static func drawStackedBars(_ data: ChartData, ids: ChartIDs) -> ChartCanvas {
        guard !data.allValues.isEmpty else { return emptyCanvas() }
        let percent = data.spec.percent
        let drawn = percent ? data.shares() : data
        var marks: [BarMark] = []
        var labels: [BarLabel] = []
        var extremes: [Double] = [0]
        for i in drawn.xs.indices {
            var up = 0.0, down = 0.0, any = false
            for s in drawn.series {
                guard let v = s.cells[i].number else { continue }
                any = true
                // A stack past the largest finite double stops there.
                if v >= 0 {
                    let top = finiteSum(up, v)
                    marks.append(BarMark(category: i, slot: 0, slots: 1, series: s.index, from: up, to: top))
                    up = top
                } else {
                    let bottom = finiteSum(down, v)
                    marks.append(BarMark(category: i, slot: 0, slots: 1, series: s.index, from: down, to: bottom))
                    down = bottom
                }
            }
            extremes.append(contentsOf: [up, down])
            let total = data.series.reduce(0.0) { $0 + ($1.cells[i].number ?? 0) }
            // A total too large for a double is not written; the data table has the parts.
            if any && !percent && total.isFinite {
                labels.append(
                    BarLabel(category: i, slot: 0, slots: 1, at: up, text: data.yText(total), negative: false))
            }
        }
        // A net total over a stack that also reaches below zero would read as the height of its top part.
        if extremes.contains(where: { $0 < 0 }) { labels = [] }
        let unit = percent ? "%" : data.yField?.unit
        let noteValues = data.noteValues
        let legend = data.series.map { ChartLegend.Item(label: $0.name, swatch: .area(index: $0.index)) }
        return drawBarMarks(
            drawn, ids: ids, marks: marks, labels: labels,
            axisFor: {
                ValueAxis(
                    values: percent ? [0, 100] : extremes + noteValues, includeZero: true, unit: unit, maxIntervals: $0)
            },
            legendItems: data.series.count > 1 ? legend : [], horizontal: data.spec.horizontal)
    }
}

/// `a + b`, or the largest finite double of its sign where the sum passes it.
func finiteSum(_ a: Double, _ b: Double) -> Double {
    let sum = a + b
    return sum.isFinite ? sum : (sum < 0 ? -.greatestFiniteMagnitude : .greatestFiniteMagnitude)
}
