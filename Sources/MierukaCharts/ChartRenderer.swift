import MierukaCore

/// Draws charts as SVG at build time: no JavaScript, the same bytes on every build.
public enum ChartRenderer {
    /// Draws `spec` from `table`.
    ///
    /// `datasetTitle` titles the chart when the declaration has no title of its
    /// own. `idPrefix` (e.g. `population-trend`) starts every id inside the SVG so
    /// that several charts inline on one page never share one; characters other
    /// than ASCII letters, digits, `-` and `_` become `-`. Never fails: a
    /// declaration with problems, or an empty table, draws an empty frame that says so.
    ///
    /// Tables of any length stay small: a line keeps at most about two points per
    /// unit of width per series (the extremes of each column, so peaks stay);
    /// bars beyond what fits are left out and the chart and its description say
    /// so; the data table lists the first 500 rows and its caption says so. The
    /// description always describes every row.
    public static func render(_ spec: ChartSpec, table: DataTable, datasetTitle: String, idPrefix: String)
        -> RenderedChart
    {
        let data = ChartData(spec: spec, table: table)
        let ids = ChartIDs(idPrefix)
        let title = spec.title ?? datasetTitle
        let summary = spec.description ?? data.summary()
        // Bars beyond what fits are left out of the drawing (the description says so).
        let shown = data.cappedForBars()
        let canvas: ChartCanvas
        switch spec.kind {
        case .line: canvas = drawLine(data, ids: ids)
        case .bar: canvas = spec.horizontal ? drawHorizontalBars(shown, ids: ids) : drawBars(shown, ids: ids)
        case .stackedBar: canvas = drawStackedBars(shown, ids: ids)
        case .progress: canvas = drawProgress(shown, ids: ids)
        case .sparkline: canvas = drawSparkline(data, ids: ids)
        }
        return RenderedChart(
            svg: canvas.document(kind: spec.kind, title: title, summary: summary, ids: ids, standalone: false),
            summary: summary,
            table: data.chartTable(caption: title),
            title: title,
            standaloneSVG: canvas.document(kind: spec.kind, title: title, summary: summary, ids: ids, standalone: true),
            idPrefix: ids.prefix)
    }

    /// A standalone file for `/charts/<dataset>-<chart>.svg`: an XML prolog and
    /// the chart with its title drawn above it (a file is seen without the
    /// page's caption), an intrinsic width and height, and plain colours
    /// instead of CSS custom properties, so it opens the same in every viewer
    /// and converter (CairoSVG knows no `var()`).
    public static func standaloneFile(_ chart: RenderedChart) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.standaloneSVG + "\n"
    }

    /// A frame that says there is nothing to draw.
    static func emptyCanvas(width: Double = ChartLayout.width, height: Double = 120) -> ChartCanvas {
        var w = SVGWriter()
        w.rect(x: 0.5, y: 0.5, width: width - 1, height: height - 1, [("fill", "none")] + gridStroke)
        w.text("データがありません", x: width / 2, y: height / 2 + 5, anchor: "middle", style: .label)
        return ChartCanvas(width: width, height: height, defs: SVGWriter(), body: w)
    }
}

/// A drawn chart body, before it is wrapped in its `<svg>` element.
struct ChartCanvas {
    var width: Double
    var height: Double
    var defs: SVGWriter
    var body: SVGWriter

    func document(kind: ChartSpec.Kind, title: String, summary: String, ids: ChartIDs, standalone: Bool) -> String {
        let n = SVGNumber.format
        // A sparkline is a small figure; a chart-sized title would dwarf it.
        let titleStyle: TextStyle = kind == .sparkline ? .sparklineTitle : .title
        let titleSize = titleStyle.size, titleLineHeight = (titleSize * 1.35).rounded()
        let titleLines =
            standalone
            ? TextMetrics.wrap(title, maxWidth: width - 2 * ChartLayout.padding, fontSize: titleSize, maxLines: 3)
            : []
        let header = titleLines.isEmpty ? 0 : ChartLayout.padding + Double(titleLines.count) * titleLineHeight
        let totalHeight = height + header
        var w = SVGWriter()
        let size = standalone ? " width=\"\(n(width))\" height=\"\(n(totalHeight))\"" : ""
        w.raw(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(totalHeight))\"\(size)"
                + " role=\"img\" aria-labelledby=\"\(ids.title) \(ids.desc)\" class=\"mieruka-chart mieruka-chart-\(kind.rawValue)\""
                + " font-family=\"\(ChartLayout.font)\">")
        w.element("title", [("id", ids.title)], text: title)
        w.element("desc", [("id", ids.desc)], text: summary)
        w.raw("<style>\(standalone ? ChartPalette.plainStyleSheet : ChartPalette.styleSheet)</style>")
        var lines = w.lines
        if !defs.lines.isEmpty {
            lines.append("<defs>")
            lines.append(contentsOf: defs.lines.map { " " + $0 })
            lines.append("</defs>")
        }
        var top = SVGWriter()
        top.rect(
            x: 0, y: 0, width: width, height: totalHeight, [("class", "mc-bg"), ("fill", ChartPalette.background)])
        for (i, line) in titleLines.enumerated() {
            top.text(
                line, x: ChartLayout.padding, y: ChartLayout.padding + Double(i) * titleLineHeight + titleSize,
                style: titleStyle)
        }
        lines.append(contentsOf: top.lines)
        if header > 0 {
            lines.append("<g transform=\"translate(0 \(n(header)))\">")
            lines.append(contentsOf: body.lines.map { " " + $0 })
            lines.append("</g>")
        } else {
            lines.append(contentsOf: body.lines)
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}
