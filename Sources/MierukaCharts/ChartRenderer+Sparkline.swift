import MierukaCore

extension ChartRenderer {
    /// Sparklines: a small line with no axes and the last value of the first
    /// series written after it, for headline figures. Themes size it with the
    /// `mieruka-chart-sparkline` class (its viewBox is 36 units high).
    static func drawSparkline(_ data: ChartData, ids: ChartIDs) -> ChartCanvas {
        let drawn = data.series.filter { !$0.defined.isEmpty }
        guard let labelled = drawn.first, let lastIndex = labelled.defined.last else {
            return emptyCanvas(width: 160, height: 36)
        }
        let height = 36.0, inset = 5.0, lineWidth = 120.0
        let labelSize = 14.0
        let label = data.yText(labelled.cells[lastIndex].number!)
        let width = inset + lineWidth + 8 + TextMetrics.width(of: label, fontSize: labelSize) + 4
        let positions = data.xs.indices.map(data.position)
        let values = data.allValues
        let x = LinearScale(d0: positions.min()!, d1: positions.max()!, r0: inset, r1: inset + lineWidth)
        let y = LinearScale(d0: values.min()!, d1: values.max()!, r0: height - inset, r1: inset)

        // As many points as the line's width can show; the ends and extremes stay.
        let view = data.thinned(plotWidth: lineWidth) { x(positions[$0]) }
        let viewPositions = view.xs.indices.map(view.position)
        let viewDrawn = view.series.filter { !$0.defined.isEmpty }
        var w = SVGWriter()
        w.open("g", [("fill", "none"), ("stroke-linejoin", "round"), ("stroke-linecap", "round")])
        for s in viewDrawn {
            let runs = lineRuns(s).filter { $0.count > 1 }.map { run in
                run.map { (x(viewPositions[$0]), y(s.cells[$0].number!)) }
            }
            if !runs.isEmpty {
                w.element(
                    "path", [("d", PathData.polyline(runs))] + LineMarks.stroke(s.index, dashed: s.dashed, width: 2))
            }
        }
        w.close("g")
        for s in viewDrawn {
            for run in lineRuns(s) where run.count == 1 {
                LineMarks.marker(
                    s.index, x: x(viewPositions[run[0]]), y: y(s.cells[run[0]].number!), radius: 2.5, into: &w)
            }
        }
        let endY = y(labelled.cells[lastIndex].number!)
        LineMarks.marker(labelled.index, x: x(positions[lastIndex]), y: endY, radius: 3, into: &w)
        let textY = Swift.min(height - 4, Swift.max(labelSize, endY + labelSize * 0.35))
        w.text(
            label, x: inset + lineWidth + 8, y: textY,
            style: TextStyle(className: "mc-text", color: ChartPalette.text, size: labelSize, bold: true))
        return ChartCanvas(width: width, height: height, defs: SVGWriter(), body: w)
    }
}
