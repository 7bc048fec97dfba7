/// A legend: one swatch and name per series, left to right, wrapping onto
/// more rows when the chart is narrow. Used when labels at the line ends
/// would not fit, and for bars.
struct ChartLegend {
    enum Swatch {
        /// A short line with the series' marker, dashed if the series is.
        case line(index: Int, dashed: Bool)
        /// A square in the series' fill pattern.
        case area(index: Int)
    }

    struct Item {
        var label: String
        var swatch: Swatch
    }

    var items: [Item]
    var width: Double

    static let fontSize = TextStyle.tick.size
    static let rowHeight = 24.0
    static let itemGap = 16.0
    static let textGap = 6.0

    private func swatchWidth(_ s: Swatch) -> Double {
        if case .line = s { return 28 } else { return 14 }
    }

    private var style: TextStyle {
        TextStyle(className: "mc-text", color: ChartPalette.text, size: ChartLegend.fontSize)
    }

    /// Where each item goes: its label (truncated if it cannot fit on a row), x and row.
    private var placed: [(item: Item, label: String, x: Double, row: Int)] {
        var out: [(Item, String, Double, Int)] = []
        var x = 0.0, row = 0
        for item in items {
            let sw = swatchWidth(item.swatch) + ChartLegend.textGap
            let label = TextMetrics.truncate(item.label, maxWidth: width - sw, fontSize: ChartLegend.fontSize)
            let w = sw + TextMetrics.width(of: label, fontSize: ChartLegend.fontSize)
            if x > 0 && x + w > width { row += 1; x = 0 }
            out.append((item, label, x, row))
            x += w + ChartLegend.itemGap
        }
        return out
    }

    var height: Double {
        guard let last = placed.last else { return 0 }
        return Double(last.row + 1) * ChartLegend.rowHeight
    }

    func draw(into w: inout SVGWriter, x x0: Double, y y0: Double, ids: ChartIDs) {
        guard !items.isEmpty else { return }
        w.open("g", [("class", "mc-legend")])
        for (item, label, x, row) in placed {
            let cy = y0 + Double(row) * ChartLegend.rowHeight + ChartLegend.rowHeight / 2
            let left = x0 + x
            switch item.swatch {
            case .line(let index, let dashed):
                w.line(x1: left, y1: cy, x2: left + 28, y2: cy, LineMarks.stroke(index, dashed: dashed))
                LineMarks.marker(index, x: left + 14, y: cy, into: &w)
            case .area(let index):
                w.rect(x: left, y: cy - 7, width: 14, height: 14, seriesFill(index, ids: ids))
            }
            w.text(
                label, x: left + swatchWidth(item.swatch) + ChartLegend.textGap, y: cy + ChartLegend.fontSize * 0.35,
                style: style)
        }
        w.close("g")
    }
}

/// How line series are stroked and marked, shared by lines, legends and sparklines.
enum LineMarks {
    static let strokeWidth = 2.5
    static let markerRadius = 4.0

    static func stroke(_ index: Int, dashed: Bool, width: Double = strokeWidth) -> [(String, String?)] {
        [
            ("class", "mc-s\(ChartPalette.seriesClass(index))"), ("stroke", ChartPalette.seriesColor(index)),
            ("stroke-width", SVGNumber.format(width)), ("stroke-dasharray", dashed ? "7 5" : nil),
        ]
    }

    static func marker(_ index: Int, x: Double, y: Double, radius: Double = markerRadius, into w: inout SVGWriter) {
        let c = ChartPalette.seriesClass(index)
        w.element(
            "path",
            [
                ("d", MarkerShape.forSeries(index).path(x: x, y: y, r: radius)),
                ("class", "mc-f\(c) mc-halo"), ("fill", ChartPalette.seriesColor(index)),
                ("stroke", ChartPalette.background), ("stroke-width", "1.5"),
            ])
    }
}
