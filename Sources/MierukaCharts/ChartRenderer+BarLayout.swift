import MierukaCore

/// One rectangle of a bar chart, in data terms: which category band, which
/// slot of the band (grouped bars sit side by side), and the value span.
struct BarMark {
    var category: Int
    var slot: Int
    var slots: Int
    var series: Int
    var from: Double
    var to: Double
}

/// A number written at the end of a bar (or above a stack).
struct BarLabel {
    var category: Int
    var slot: Int
    var slots: Int
    var at: Double
    var text: String
    var negative: Bool
}

/// A bar's fill, with a thin background-coloured outline that keeps stacked
/// parts and neighbours apart; bars too thin for it go without.
func barFill(_ series: Int, thickness: Double, ids: ChartIDs) -> [(String, String?)] {
    guard thickness >= 4 else { return seriesFill(series, ids: ids) }
    return seriesFill(series, ids: ids, extraClass: "mc-halo") + [
        ("stroke", ChartPalette.background), ("stroke-width", "0.5"),
    ]
}

extension ChartRenderer {
    /// Draws bars for both bar kinds and both orientations: the kinds differ
    /// only in how they turn values into marks.
    static func drawBarMarks(
        _ data: ChartData, ids: ChartIDs, marks: [BarMark], labels: [BarLabel],
        axisFor: (Int) -> ValueAxis, legendItems: [ChartLegend.Item], horizontal: Bool
    ) -> ChartCanvas {
        let width = ChartLayout.width, pad = ChartLayout.padding
        let n = data.xs.count
        let slots = marks.first?.slots ?? 1
        let legend = ChartLegend(items: legendItems, width: width - 2 * pad)
        let legendSpace = legend.height > 0 ? legend.height + 8 : 0
        let tickSize = TextStyle.tick.size, valueSize = TextStyle.value.size
        // Upright bars label categories compactly under the axis (its title says 年);
        // horizontal bars name them in full beside each bar.
        let categoryLabels = data.xs.indices.map { horizontal ? data.xText($0) : data.xTickLabel($0) }
        let valueTitle = data.yField?.title ?? data.spec.y
        let categoryTitle = data.heading(data.xField?.title ?? data.spec.x, unit: data.xField?.unit)
        var w = SVGWriter()
        var defs = SVGWriter()
        patternDefs(count: data.series.count, ids: ids, into: &defs)
        legend.draw(into: &w, x: pad, y: pad, ids: ids)

        if !horizontal {
            let axis = axisFor(5)
            let top = pad + legendSpace + ChartLayout.plotTopMargin
            var left = pad + axis.widestLabel(fontSize: tickSize) + 6
            var plot: PlotArea, band: Double, centers: [Double], layout: TickLabelLayout
            var attempts = 0
            repeat {
                attempts += 1
                plot = PlotArea(left: left, top: top, right: width - pad, bottom: top + ChartLayout.plotHeight)
                band = plot.width / Double(Swift.max(1, n))
                let b = band, l = plot.left
                centers = (0..<n).map { l + (Double($0) + 0.5) * b }
                layout = TickLabelLayout.fit(
                    labels: categoryLabels, positions: centers, fontSize: tickSize, maxRotatedExtent: tickSize * 7)
                // Turned labels reach down and to the left; keep the first inside the chart.
                let overhang =
                    pad - ((centers.first ?? 0) - layout.leftReach(labels: categoryLabels, fontSize: tickSize))
                if overhang <= 0.5 || attempts == 4 { break }
                left += overhang
            } while true
            let group = Swift.min(band * (slots > 1 ? 0.8 : 0.7), Double(slots) * 56)
            let slotWidth = group / Double(slots)
            func slotX(_ category: Int, _ slot: Int) -> Double {
                plot.left + Double(category) * band + (band - group) / 2 + Double(slot) * slotWidth
            }
            let scale = LinearScale(d0: axis.lo, d1: axis.hi, r0: plot.bottom, r1: plot.top)

            let titleBox = drawValueTitle(valueTitle, into: &w, plot: plot)
            axis.drawLeft(into: &w, scale: scale, plot: plot)
            let room = slots > 1 ? slotWidth + 2 : band - 4
            let values: [PlacedText]? =
                labels.allSatisfy({ TextMetrics.width(of: $0.text, fontSize: valueSize) <= room })
                ? labels.map { l in
                    PlacedText(
                        text: l.text, x: slotX(l.category, l.slot) + slotWidth / 2,
                        y: l.negative ? scale(l.at) + valueSize + 3 : scale(l.at) - 5, anchor: "middle")
                } : nil
            let notes = data.placedNotes().map { note -> AnnotationMark in
                let x = plot.left + (note.position + 0.5) * band
                // The line passes behind the bars, and leaves a gap where it would cross a value.
                let gaps = valueGaps(values, size: valueSize, crossing: x, vertical: true)
                return AnnotationMark(
                    place: note.y.map { .point(x: x, y: scale($0)) } ?? .across(x: x, gaps: gaps), label: note.label)
            }
            let drawNotes = drawAnnotations(
                into: &w, notes, plot: plot, avoiding: [titleBox] + (values ?? []).map { $0.box(size: valueSize) },
                headroom: ChartLayout.annotationHeadroom)
            w.open("g", [("class", "mc-bars")])
            for m in marks {
                let y0 = scale(m.from), y1 = scale(m.to)
                let inset = slots > 1 ? 0.5 : 0
                w.rect(
                    x: slotX(m.category, m.slot) + inset, y: Swift.min(y0, y1), width: slotWidth - 2 * inset,
                    height: (y1 - y0).magnitude, barFill(m.series, thickness: slotWidth, ids: ids))
            }
            w.close("g")
            w.line(x1: plot.left, y1: scale(0), x2: plot.right, y2: scale(0), axisStroke)
            drawValues(values, into: &w)
            drawNotes(&w)
            drawBottomLabels(
                into: &w, labels: categoryLabels, positions: centers, layout: layout, axisY: plot.bottom,
                tickMarks: false)
            let bottom = plot.bottom + layout.extent + ChartLayout.axisTitleDrop
            w.text(categoryTitle, x: plot.right, y: bottom, anchor: "end", style: .axisTitle)
            return ChartCanvas(
                width: width, height: drawLeftOutNote(data, into: &w, below: bottom) + pad, defs: defs, body: w)
        }

        // Horizontal: categories down the left, wrapped onto up to three lines when
        // long (a phone-sized chart has room for about nine characters a line).
        let labelSize = TextStyle.label.size, labelLeading = labelSize + 2
        let maxLabel = width * 0.36
        let wrapped = categoryLabels.map { TextMetrics.wrap($0, maxWidth: maxLabel, fontSize: labelSize, maxLines: 3) }
        let labelWidth = wrapped.flatMap { $0 }.map { TextMetrics.width(of: $0, fontSize: labelSize) }.max() ?? 0
        let lineCount = wrapped.map(\.count).max() ?? 1
        let band = Swift.max(32, Double(lineCount) * labelLeading + 10, Double(slots) * 18 + 12)
        let thickness = Swift.min(band - 10, Double(slots) * 22)
        let slotHeight = thickness / Double(slots)
        let showValues = slotHeight >= valueSize + 3
        let valueRoom =
            showValues ? (labels.map { TextMetrics.width(of: $0.text, fontSize: valueSize) }.max() ?? 0) + 8 : 0
        let top = pad + legendSpace + 4
        let left = pad + labelWidth + 8
        let right =
            width - pad
            - Swift.max(valueRoom, TextMetrics.width(of: axisFor(5).labels.last ?? "", fontSize: tickSize) / 2)
        let plot = PlotArea(left: left, top: top, right: right, bottom: top + Double(n) * band)
        // Fewer ticks until their labels stand apart along the bottom.
        let axis =
            (1...5).reversed().lazy.map(axisFor).first { axis in
                axis.labelsFitBelow(width: plot.width, fontSize: tickSize)
            } ?? axisFor(1)
        let scale = LinearScale(d0: axis.lo, d1: axis.hi, r0: plot.left, r1: plot.right)
        func slotY(_ category: Int, _ slot: Int) -> Double {
            plot.top + Double(category) * band + (band - thickness) / 2 + Double(slot) * slotHeight
        }
        axis.drawBelow(into: &w, scale: scale, plot: plot)
        let values: [PlacedText]? =
            !showValues
            ? nil
            : labels.map { l in
                let y = slotY(l.category, l.slot) + slotHeight / 2 + valueSize * 0.35
                let textWidth = TextMetrics.width(of: l.text, fontSize: valueSize)
                if l.negative && scale(l.at) - 4 - textWidth >= plot.left {
                    return PlacedText(text: l.text, x: scale(l.at) - 4, y: y, anchor: "end")
                }
                return PlacedText(text: l.text, x: (l.negative ? scale(0) : scale(l.at)) + 4, y: y, anchor: "start")
            }
        let notes = data.placedNotes().map { note -> AnnotationMark in
            let y = plot.top + (note.position + 0.5) * band
            // The line passes behind the bars, and leaves a gap where it would cross a value.
            let gaps = valueGaps(values, size: valueSize, crossing: y, vertical: false)
            return AnnotationMark(
                place: note.y.map { .point(x: scale($0), y: y) } ?? .along(y: y, gaps: gaps), label: note.label)
        }
        let drawNotes = drawAnnotations(
            into: &w, notes, plot: plot, avoiding: (values ?? []).map { $0.box(size: valueSize) })
        w.open("g", [("class", "mc-categories")])
        for (i, lines) in wrapped.enumerated() {
            let center = plot.top + (Double(i) + 0.5) * band
            for (k, line) in lines.enumerated() {
                let y = center + labelSize * 0.35 + (Double(k) - Double(lines.count - 1) / 2) * labelLeading
                w.text(line, x: plot.left - 8, y: y, anchor: "end", style: .label)
            }
        }
        w.close("g")
        w.open("g", [("class", "mc-bars")])
        for m in marks {
            let x0 = scale(m.from), x1 = scale(m.to)
            let inset = slots > 1 ? 0.5 : 0
            w.rect(
                x: Swift.min(x0, x1), y: slotY(m.category, m.slot) + inset, width: (x1 - x0).magnitude,
                height: slotHeight - 2 * inset, barFill(m.series, thickness: slotHeight, ids: ids))
        }
        w.close("g")
        w.line(x1: scale(0), y1: plot.top, x2: scale(0), y2: plot.bottom, axisStroke)
        drawValues(values, into: &w)
        drawNotes(&w)
        let bottom = plot.bottom + tickSize * 1.5 + ChartLayout.axisTitleDrop
        w.text(valueTitle, x: plot.right, y: bottom, anchor: "end", style: .axisTitle)
        return ChartCanvas(
            width: width, height: drawLeftOutNote(data, into: &w, below: bottom) + pad, defs: defs, body: w)
    }
}

/// A value written at a bar, placed before it is drawn so annotation labels can keep clear of it.
struct PlacedText {
    var text: String
    var x: Double
    var y: Double
    var anchor: String

    func box(size: Double) -> LabelBox {
        LabelBox(text: text, x: x, baseline: y, anchor: anchor, size: size)
    }
}

extension ChartRenderer {
    /// Where an annotation line at `position` (an x for a vertical line, a y for a
    /// horizontal one) would run through a value written at a bar: the spans along
    /// the line to leave out, with a little room either side.
    static func valueGaps(_ values: [PlacedText]?, size: Double, crossing position: Double, vertical: Bool)
        -> [ClosedRange<Double>]
    {
        let boxes = (values ?? []).map { $0.box(size: size) }
        if vertical {
            return boxes.filter { $0.left - 2 <= position && position <= $0.right + 2 }.map {
                ($0.top - 2)...($0.bottom + 2)
            }
        }
        return boxes.filter { $0.top - 2 <= position && position <= $0.bottom + 2 }.map {
            ($0.left - 2)...($0.right + 2)
        }
    }

    /// The values written at the bars; nil when they do not fit and are left to the data table.
    static func drawValues(_ values: [PlacedText]?, into w: inout SVGWriter) {
        guard let values else { return }
        w.open("g", [("class", "mc-values")])
        for v in values { w.text(v.text, x: v.x, y: v.y, anchor: v.anchor, style: .value) }
        w.close("g")
    }

    /// Says under a chart that bars were left out (`※全1,000件のうち最初の188件を表示`),
    /// so that no one takes the drawn bars for all the data. Returns the new bottom.
    static func drawLeftOutNote(_ data: ChartData, into w: inout SVGWriter, below bottom: Double) -> Double {
        guard let note = data.leftOutNote else { return bottom }
        let y = bottom + TextStyle.axisTitle.size + 8
        w.text("※" + note, x: ChartLayout.padding, y: y, style: .axisTitle)
        return y
    }
}
