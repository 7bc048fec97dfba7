import MierukaCore

/// Maps data values onto a pixel range.
///
/// Any finite domain works: where `d1 - d0` (or `v - d0`) passes the largest
/// finite double, as from -1e308 to 1e308, the values are halved first, so
/// the pixel is still finite. A domain of one value maps to the middle.
struct LinearScale {
    var d0: Double, d1: Double, r0: Double, r1: Double

    func callAsFunction(_ v: Double) -> Double {
        if d0 == d1 { return (r0 + r1) / 2 }
        let span = d1 - d0
        if span.isFinite {
            let t = (v - d0) / span
            if t.isFinite { return r0 + t * (r1 - r0) }
        }
        let half = (v / 2 - d0 / 2) / (d1 / 2 - d0 / 2)
        return half.isFinite ? r0 + half * (r1 - r0) : (r0 + r1) / 2
    }
}

/// `x` as an Int, for counts and pixel columns worked out in Double: rounded
/// toward zero like `Int(x)`, but NaN is 0 and values past the Int range are
/// clamped to it, so the conversion never traps.
func clampedInt(_ x: Double) -> Int {
    if x.isNaN { return 0 }
    if x >= 9.223372036854775807e18 { return .max }  // 2^63 as a double
    if x < -9.223372036854775807e18 { return .min }
    return Int(x)
}

/// The rectangle that data is drawn in.
struct PlotArea {
    var left: Double, top: Double, right: Double, bottom: Double
    var width: Double { right - left }
    var height: Double { bottom - top }
}

/// Shared sizes, so every kind of chart looks like one family.
enum ChartLayout {
    /// viewBox width of line and bar charts, chosen with the type sizes of
    /// `TextStyle` so text stays legible when a phone shrinks the chart to its
    /// screen: a 375 px phone shows the chart about 340 px wide (0.85 px per
    /// unit), so the smallest text, 14 units, renders at about 12 px; the
    /// default theme's 36rem (576 px) column draws it at about 20 px, in
    /// proportion to the chart.
    static let width = 400.0
    static let padding = 12.0
    /// Height of the plot area of a vertical chart; the whole chart grows around it.
    static let plotHeight = 170.0
    /// Room above the plot of an upright chart for the value axis title.
    static let plotTopMargin = 36.0
    /// From the top of the plot up to the baseline of the value axis title.
    static let axisTitleRise = 19.0
    /// How far annotation labels may rise above an upright chart's plot: into
    /// its top margin, short of whatever is drawn above that.
    static var annotationHeadroom: Double { plotTopMargin - 4 }
    /// From the bottom of the tick labels down to the baseline of the axis title under them.
    static var axisTitleDrop: Double { TextStyle.axisTitle.size + 6 }
    static let font =
        "'Hiragino Sans','Hiragino Kaku Gothic ProN','Noto Sans CJK JP','Noto Sans JP','Yu Gothic',Meiryo,sans-serif"
}

/// The value axis: nice ticks, grid lines, and labels with the unit on the outermost one.
struct ValueAxis {
    var ticks: [Double]
    var step: NiceTicks.Step
    var labels: [String]

    /// Bars start at zero. Lines include zero when it is near the data (the
    /// smallest value at most half the largest) so a fall from 7,800 to 3,400 is
    /// not drawn as a fall to nothing, and leave it out for data that sits far from zero.
    init(values: [Double], includeZero: Bool, unit: String?, maxIntervals: Int = 5) {
        let lo = values.min() ?? 0, hi = values.max() ?? 1
        var zero = includeZero
        if !zero {
            zero = (lo >= 0 && lo <= hi / 2) || (hi <= 0 && hi >= lo / 2) || lo == hi
        }
        let nice = NiceTicks.covering(min: lo, max: hi, maxIntervals: maxIntervals, includeZero: zero)
        ticks = nice.ticks
        step = nice.step
        labels = nice.ticks.enumerated().map { i, t in
            // An end tick at the largest finite double stands for a round one past it
            // (see `NiceTicks.covering`): written to one digit more than the step, `1.8e+308`.
            let text =
                t.magnitude == .greatestFiniteMagnitude
                ? NumberFormat.scientific(t, lowestDigit: nice.step.exponent - 1)
                : NumberFormat.grouped(t, multipleOf: nice.step.exponent)
            return i == nice.ticks.count - 1 ? NumberFormat.withUnit(text, unit: unit) : text
        }
    }

    var lo: Double { ticks.first ?? 0 }
    var hi: Double { ticks.last ?? 1 }

    func widestLabel(fontSize: Double) -> Double {
        labels.map { TextMetrics.width(of: $0, fontSize: fontSize) }.max() ?? 0
    }

    /// Horizontal grid lines with labels on the left, for an upright chart.
    func drawLeft(into w: inout SVGWriter, scale: LinearScale, plot: PlotArea) {
        w.open("g", [("class", "mc-y-axis")])
        for (t, label) in zip(ticks, labels) {
            let y = scale(t)
            w.line(x1: plot.left, y1: y, x2: plot.right, y2: y, t == 0 ? axisStroke : gridStroke)
            w.text(label, x: plot.left - 6, y: y + TextStyle.tick.size * 0.35, anchor: "end", style: .tick)
        }
        w.close("g")
    }

    /// Whether the labels, drawn under their ticks across `width` as
    /// `drawBelow` centres them, keep at least one em apart.
    func labelsFitBelow(width: Double, fontSize: Double) -> Bool {
        guard ticks.count > 1 else { return true }
        let spacing = width / Double(ticks.count - 1)
        let widths = labels.map { TextMetrics.width(of: $0, fontSize: fontSize) }
        for i in 1..<ticks.count {
            if spacing < (widths[i] + widths[i - 1]) / 2 + fontSize { return false }
        }
        return true
    }

    /// Vertical grid lines with labels underneath, for a horizontal bar chart.
    func drawBelow(into w: inout SVGWriter, scale: LinearScale, plot: PlotArea) {
        w.open("g", [("class", "mc-x-axis")])
        for (t, label) in zip(ticks, labels) {
            let x = scale(t)
            w.line(x1: x, y1: plot.top, x2: x, y2: plot.bottom, t == 0 ? axisStroke : gridStroke)
            w.text(label, x: x, y: plot.bottom + 6 + TextStyle.tick.size, anchor: "middle", style: .tick)
        }
        w.close("g")
    }
}

let gridStroke: [(String, String?)] = [("class", "mc-grid"), ("stroke", ChartPalette.grid), ("stroke-width", "1")]
let axisStroke: [(String, String?)] = [("class", "mc-axis"), ("stroke", ChartPalette.axis), ("stroke-width", "1")]

/// The value axis title, above the top-left corner of an upright chart's plot.
/// Returns the room it takes, which annotation labels rising above the plot keep clear of.
func drawValueTitle(_ title: String, into w: inout SVGWriter, plot: PlotArea) -> LabelBox {
    let x = ChartLayout.padding, y = plot.top - ChartLayout.axisTitleRise
    w.text(title, x: x, y: y, style: .axisTitle)
    return LabelBox(text: title, x: x, baseline: y, anchor: "start", size: TextStyle.axisTitle.size)
}

/// Tick labels along the bottom of the plot, level or turned as `TickLabelLayout` decided.
func drawBottomLabels(
    into w: inout SVGWriter, labels: [String], positions: [Double], layout: TickLabelLayout,
    axisY: Double, tickMarks: Bool
) {
    let size = TextStyle.tick.size
    w.open("g", [("class", "mc-x-axis")])
    for i in layout.shown {
        let x = positions[i]
        if tickMarks { w.line(x1: x, y1: axisY, x2: x, y2: axisY + 4, axisStroke) }
        let text =
            layout.maxLabelWidth.map { TextMetrics.truncate(labels[i], maxWidth: $0, fontSize: size) } ?? labels[i]
        switch layout.orientation {
        case .level:
            w.text(text, x: x, y: axisY + 6 + size, anchor: "middle", style: .tick)
        case .rotated:
            let y = axisY + 8 + size * 0.35
            w.text(
                text, x: x + size * 0.35, y: y, anchor: "end", style: .tick,
                extra: [("transform", "rotate(-45 \(SVGNumber.format(x + size * 0.35)) \(SVGNumber.format(y)))")])
        }
    }
    w.close("g")
}
