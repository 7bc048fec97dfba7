import MierukaCore

extension ChartRenderer {
    /// Line charts: lines with markers over a year, date, number or category
    /// axis; names at the line ends when every line ends at the last x and the
    /// names fit, a legend above otherwise. A missing value breaks the line.
    /// Annotations are dotted lines across the plot or ringed points. A line
    /// with more points than the plot can show is drawn from `thinned(…)`.
    static func drawLine(_ data: ChartData, ids: ChartIDs) -> ChartCanvas {
        let drawn = data.series.filter { !$0.defined.isEmpty }
        guard !drawn.isEmpty else { return emptyCanvas() }
        let width = ChartLayout.width, pad = ChartLayout.padding
        let multi = data.seriesField != nil && data.series.count > 1
        let positions = data.xs.indices.map(data.position)
        let minPos = positions.min() ?? 0, maxPos = positions.max() ?? 0

        // Labels at the line ends: series names, or the last value of a single line.
        let labelSize = TextStyle.label.size
        let endTexts = drawn.map { s in multi ? s.name : data.yText(s.cells[s.defined.last!].number!) }
        let keyWidth = multi ? 14.0 : 0
        let endWidth = (endTexts.map { TextMetrics.width(of: $0, fontSize: labelSize) }.max() ?? 0) + keyWidth
        let direct =
            drawn.allSatisfy { data.position($0.defined.last!) == maxPos }
            && endWidth <= width * 0.3
            && Double(drawn.count) * (labelSize + 4) <= ChartLayout.plotHeight
        let legend = ChartLegend(
            items: multi && !direct
                ? drawn.map { .init(label: $0.name, swatch: .line(index: $0.index, dashed: $0.dashed)) } : [],
            width: width - 2 * pad)

        let notes = data.placedNotes()
        let axis = ValueAxis(
            values: data.allValues + notes.compactMap(\.y), includeZero: false, unit: data.yField?.unit)
        let top = pad + legend.height + (legend.height > 0 ? 8 : 0) + ChartLayout.plotTopMargin
        let left = pad + axis.widestLabel(fontSize: TextStyle.tick.size) + 6

        // The x axis: ticks chosen so their labels fit, then checked again for overlap.
        let tickSize = TextStyle.tick.size
        let sample: String
        switch data.xScale {
        case .year: sample = "0000"
        case .date: sample = "2020年12月"
        case .number: sample = NumberFormat.grouped(positions.map(\.magnitude).max() ?? 0, maxFractionDigits: 2)
        case .category: sample = ""
        }
        let sampleWidth = TextMetrics.width(of: sample, fontSize: tickSize)
        let right = width - (direct ? endWidth + 10 + pad : Swift.max(pad, sampleWidth / 2 + 4))
        func xAxis(plotLeft: Double) -> (PlotArea, (Double) -> Double, [(x: Double, label: String)], TickLabelLayout) {
            let plot = PlotArea(left: plotLeft, top: top, right: right, bottom: top + ChartLayout.plotHeight)
            let maxCount = Swift.max(2, clampedInt(plot.width / (sampleWidth + tickSize * 1.2)))

            let xPixel: (Double) -> Double
            var ticks: [(x: Double, label: String)] = []
            switch data.xScale {
            case .category:
                let band = plot.width / Double(Swift.max(1, data.xs.count))
                xPixel = { plotLeft + ($0 + 0.5) * band }
                // More categories than units can never all be labelled: offer every k-th,
                // so a huge axis is not measured label by label.
                let k =
                    data.xs.count > clampedInt(plot.width)
                    ? Swift.max(1, clampedInt((Double(data.xs.count) / Swift.max(1, plot.width / 8)).rounded(.up))) : 1
                ticks = stride(from: 0, to: data.xs.count, by: k).map { (xPixel(Double($0)), data.xTickLabel($0)) }
            case .year, .date, .number:
                // A single x value sits in the middle of a little room either side.
                let room = data.xScale == .date ? 15.0 : 1.0
                let scale =
                    minPos == maxPos
                    ? LinearScale(d0: minPos - room, d1: maxPos + room, r0: plot.left, r1: plot.right)
                    : LinearScale(d0: minPos, d1: maxPos, r0: plot.left, r1: plot.right)
                xPixel = { scale($0) }
                func ticksUpTo(_ count: Int) -> [(x: Double, label: String)] {
                    switch data.xScale {
                    case .year:
                        return TimeTicks.years(from: clampedInt(minPos), to: clampedInt(maxPos), maxCount: count)
                            .map { (scale(Double($0.year)), $0.label) }
                    case .date:
                        return TimeTicks.dates(
                            from: LocalDate(daysSinceEpoch: clampedInt(minPos)),
                            to: LocalDate(daysSinceEpoch: clampedInt(maxPos)),
                            maxCount: count
                        )
                        .map { (scale(Double($0.date.daysSinceEpoch)), $0.label) }
                    default:
                        if minPos == maxPos {
                            return [(scale(minPos), NumberFormat.grouped(minPos, maxFractionDigits: 2))]
                        }
                        let t = NiceTicks.within(min: minPos, max: maxPos, maxCount: count)
                        return t.ticks.map { (scale($0), NumberFormat.grouped($0, multipleOf: t.step.exponent)) }
                    }
                }
                // The sample's width is an upper bound (a month after the first
                // reads `7月`, not `2020年7月`): try more ticks first, and keep the
                // most whose labels stand well apart.
                func roomy(_ t: [(x: Double, label: String)]) -> Bool {
                    zip(t, t.dropFirst()).allSatisfy { a, b in
                        (b.x - a.x).magnitude
                            >= (TextMetrics.width(of: a.label, fontSize: tickSize)
                                + TextMetrics.width(of: b.label, fontSize: tickSize)) / 2 + tickSize * 1.2
                    }
                }
                let most = Swift.max(maxCount, clampedInt(plot.width / (tickSize * 3)))
                ticks =
                    stride(from: most, to: maxCount, by: -1).lazy.map(ticksUpTo).first(where: roomy)
                    ?? ticksUpTo(maxCount)
            }
            let layout = TickLabelLayout.fit(
                labels: ticks.map(\.label), positions: ticks.map(\.x), fontSize: tickSize,
                maxRotatedExtent: tickSize * 6)
            return (plot, xPixel, ticks, layout)
        }
        var (plot, xPixel, ticks, layout) = xAxis(plotLeft: left)
        // Labels turned to fit reach left under the y axis labels; make room for the first.
        let overhang = pad - ((ticks.first?.x ?? 0) - layout.leftReach(labels: ticks.map(\.label), fontSize: tickSize))
        if overhang > 0.5 { (plot, xPixel, ticks, layout) = xAxis(plotLeft: left + overhang) }
        let yScale = LinearScale(d0: axis.lo, d1: axis.hi, r0: plot.bottom, r1: plot.top)

        var w = SVGWriter()
        legend.draw(into: &w, x: pad, y: pad, ids: ids)
        let valueTitle = drawValueTitle(data.yField?.title ?? data.spec.y, into: &w, plot: plot)
        axis.drawLeft(into: &w, scale: yScale, plot: plot)
        if axis.lo != 0 { w.line(x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, axisStroke) }
        drawBottomLabels(
            into: &w, labels: ticks.map(\.label), positions: ticks.map(\.x), layout: layout,
            axisY: plot.bottom, tickMarks: true)
        let xTitle = data.heading(data.xField?.title ?? data.spec.x, unit: data.xField?.unit)
        let bottom = plot.bottom + layout.extent + ChartLayout.axisTitleDrop
        w.text(xTitle, x: plot.right, y: bottom, anchor: "end", style: .axisTitle)

        let marks = notes.map { note in
            AnnotationMark(
                place: note.y.map { .point(x: xPixel(note.position), y: yScale($0)) }
                    ?? .across(x: xPixel(note.position), gaps: []),
                label: note.label)
        }
        let drawMarks = drawAnnotations(
            into: &w, marks, plot: plot, avoiding: [valueTitle], headroom: ChartLayout.annotationHeadroom)

        // Lines, then markers on top of every line, from as many points as the plot can show.
        let view = data.thinned(plotWidth: plot.width) { xPixel(positions[$0]) }
        let viewPositions = view.xs.indices.map(view.position)
        let viewDrawn = view.series.filter { !$0.defined.isEmpty }
        w.open(
            "g", [("class", "mc-lines"), ("fill", "none"), ("stroke-linejoin", "round"), ("stroke-linecap", "round")])
        for s in viewDrawn {
            let runs = lineRuns(s).map { run in run.map { (xPixel(viewPositions[$0]), yScale(s.cells[$0].number!)) } }
            if runs.contains(where: { $0.count > 1 }) {
                // Dense lines are drawn thinner so that their ups and downs stay apart.
                let stroke = s.defined.count > 60 ? 1.5 : LineMarks.strokeWidth
                w.element(
                    "path",
                    [("d", PathData.polyline(runs.filter { $0.count > 1 }))]
                        + LineMarks.stroke(s.index, dashed: s.dashed, width: stroke))
            }
        }
        w.close("g")
        w.open("g", [("class", "mc-markers")])
        for s in viewDrawn {
            for i in markedPoints(s, pixels: s.defined.map { xPixel(viewPositions[$0]) }) {
                LineMarks.marker(s.index, x: xPixel(viewPositions[i]), y: yScale(s.cells[i].number!), into: &w)
            }
        }
        w.close("g")
        drawMarks(&w)

        if direct {
            let wanted = drawn.map { yScale($0.cells[$0.defined.last!].number!) }
            let placed = spreadApart(wanted, gap: labelSize + 3, min: plot.top, max: plot.bottom)
            w.open("g", [("class", "mc-end-labels")])
            for (k, s) in drawn.enumerated() {
                var x = xPixel(maxPos) + 10
                if multi {
                    LineMarks.marker(s.index, x: x + 4, y: placed[k], into: &w)
                    x += keyWidth
                }
                w.text(endTexts[k], x: x, y: placed[k] + labelSize * 0.35, style: .label)
            }
            w.close("g")
        }
        return ChartCanvas(width: width, height: bottom + pad, defs: SVGWriter(), body: w)
    }

    /// Unbroken runs of a line: a missing value ends a run; x values the series
    /// has no row for are stepped over, so series with different x values still join up.
    static func lineRuns(_ s: ChartData.Series) -> [[Int]] {
        var runs: [[Int]] = [[]]
        for (i, cell) in s.cells.enumerated() {
            switch cell {
            case .value: runs[runs.count - 1].append(i)
            case .missing: if !runs[runs.count - 1].isEmpty { runs.append([]) }
            case .absent: continue
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Which points get a marker: all of them when they stand well apart,
    /// otherwise the ends of each run, so that dense lines stay lines and a
    /// point between two gaps is still seen.
    static func markedPoints(_ s: ChartData.Series, pixels: [Double]) -> [Int] {
        let defined = s.defined
        let gaps = zip(pixels.dropFirst(), pixels).map { ($0 - $1).magnitude }
        if defined.count <= 40 && (gaps.min() ?? .infinity) >= 12 { return defined }
        var out: [Int] = []
        for run in lineRuns(s) {
            out.append(run.first!)
            if run.count > 1 { out.append(run.last!) }
        }
        return out
    }

    /// Moves label positions apart by at least `gap`, keeping them inside `min…max`
    /// and as close to where they want to be as that allows.
    static func spreadApart(_ wanted: [Double], gap: Double, min lo: Double, max hi: Double) -> [Double] {
        let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
        var y = order.map { Swift.min(hi, Swift.max(lo, wanted[$0])) }
        for k in y.indices.dropFirst() { y[k] = Swift.max(y[k], y[k - 1] + gap) }
        if let last = y.last, last > hi {
            y[y.count - 1] = hi
            for k in y.indices.dropLast().reversed() { y[k] = Swift.min(y[k], y[k + 1] - gap) }
        }
        var out = wanted
        for (k, i) in order.enumerated() { out[i] = y[k] }
        return out
    }
}
