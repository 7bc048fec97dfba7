/// An annotation in viewBox units, ready to draw.
struct AnnotationMark {
    enum Place {
        /// A vertical line at x across the plot, broken where it would cross the
        /// spans in `gaps` (the values written at the bars it marks).
        case across(x: Double, gaps: [ClosedRange<Double>])
        /// A horizontal line at y across the plot, broken at `gaps`: a category
        /// of a horizontal bar chart.
        case along(y: Double, gaps: [ClosedRange<Double>])
        /// A ringed point, such as a target value.
        case point(x: Double, y: Double)
    }

    var place: Place
    var label: String
}

/// A rectangle that a label or a point covers.
struct LabelBox {
    var left, top, right, bottom: Double

    /// Whether the two come closer than `gap` side by side; touching rows do not overlap.
    func overlaps(_ other: LabelBox, gap: Double = 4) -> Bool {
        !(right + gap < other.left || other.right + gap < left || bottom <= other.top || other.bottom <= top)
    }

    /// The room `text` takes when drawn at `x` with its baseline at `baseline`.
    init(text: String, x: Double, baseline: Double, anchor: String, size: Double) {
        self.init(
            width: TextMetrics.width(of: text, fontSize: size), x: x, baseline: baseline, anchor: anchor, size: size)
    }

    init(width: Double, x: Double, baseline: Double, anchor: String, size: Double) {
        let left = anchor == "start" ? x : anchor == "end" ? x - width : x - width / 2
        self.init(left: left, top: baseline - size, right: left + width, bottom: baseline + size * 0.2)
    }

    init(left: Double, top: Double, right: Double, bottom: Double) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
    }

    func inside(_ plot: PlotArea) -> Bool {
        left >= plot.left && right <= plot.right && top >= plot.top && bottom <= plot.bottom
    }
}

/// Where annotation labels go, so that none covers another, a marked point,
/// or the edge of the plot.
///
/// Labels of lines stack in rows from the top of the plot, beside their line
/// (to the right, or to the left near the right edge, or centred and nudged in
/// when neither side has room). Labels of points try the four sides of the
/// point, then rows further above and below it (centred on it, then to either
/// side, which a point in a crowded corner needs), joined to it by a thin
/// leader line. A label that finds no room anywhere is left out of the drawing; the
/// chart's description still names it.
struct AnnotationLayout {
    struct Placed {
        var mark: AnnotationMark
        /// The label as drawn (truncated when wider than the plot) and its baseline start.
        var text: String
        var x: Double
        var baseline: Double
        var anchor: String
        /// From the point to the label, when the label had to move away from it.
        var leader: (x1: Double, y1: Double, x2: Double, y2: Double)?
    }

    static let style = TextStyle.annotation
    static let rowHeight = style.size + 4
    static let pointRadius = 4.5

    var placed: [Placed] = []

    /// Lays out `marks` inside `plot`, keeping labels clear of `obstacles`
    /// (the values written at bars, the axis title) as well as of each other and
    /// of the points.
    ///
    /// `headroom` lets labels rise that far above the plot, into the room over
    /// it: a target is often the highest value of a chart, and its label reads
    /// best right above its point.
    init(_ marks: [AnnotationMark], plot: PlotArea, avoiding obstacles: [LabelBox] = [], headroom: Double = 0) {
        let size = Self.style.size
        var taken: [LabelBox] =
            obstacles
            + marks.compactMap { mark in
                guard case .point(let x, let y) = mark.place else { return nil }
                let r = Self.pointRadius + 1.5
                return LabelBox(left: x - r, top: y - r, right: x + r, bottom: y + r)
            }
        func box(_ x: Double, _ baseline: Double, _ width: Double, _ anchor: String) -> LabelBox {
            LabelBox(width: width, x: x, baseline: baseline, anchor: anchor, size: size)
        }
        let room = PlotArea(left: plot.left, top: plot.top - headroom, right: plot.right, bottom: plot.bottom)
        func fits(_ b: LabelBox) -> Bool { b.inside(room) && !taken.contains { $0.overlaps(b) } }

        let maxRows = Swift.max(1, clampedInt(plot.height / Self.rowHeight))
        let order = marks.indices.sorted { a, b in
            let ka = Self.sortKey(marks[a]), kb = Self.sortKey(marks[b])
            return ka != kb ? ka.lexicographicallyPrecedes(kb) : a < b
        }
        for i in order {
            let mark = marks[i]
            let text = TextMetrics.truncate(mark.label, maxWidth: Swift.max(size, plot.width - 4), fontSize: size)
            let width = TextMetrics.width(of: text, fontSize: size)
            // Candidate spots in order of preference: (x, baseline, anchor, needs a leader line).
            var candidates: [(Double, Double, String, Bool)] = []
            switch mark.place {
            case .across(let x, _):
                let side: (Double, String)
                if x + 4 + width <= plot.right {
                    side = (x + 4, "start")
                } else if x - 4 - width >= plot.left {
                    side = (x - 4, "end")
                } else {
                    side = (Swift.min(plot.right - width, Swift.max(plot.left, x - width / 2)), "start")
                }
                candidates = (0..<maxRows).map {
                    (side.0, plot.top + size + Double($0) * Self.rowHeight, side.1, false)
                }
            case .along(let y, _):
                let x = plot.right - 4
                candidates = [(x, y - 4, "end", false), (x, y + 4 + size, "end", false)]
                for k in 1..<maxRows {
                    candidates.append((x, y - 4 - Double(k) * Self.rowHeight, "end", false))
                    candidates.append((x, y + 4 + size + Double(k) * Self.rowHeight, "end", false))
                }
            case .point(let x, let y):
                // Beside the point, clear of its ring by more than the gap between labels,
                // and nudged down or up into the plot when the point is at its edge;
                // above or below it, clear of the ring with the text's descent included.
                let side = Self.pointRadius + 7, r = Self.pointRadius + 2 + size * 0.2
                let level = Swift.min(plot.bottom - size * 0.2, Swift.max(plot.top + size, y + size * 0.35))
                let centred = Swift.min(plot.right - width / 2, Swift.max(plot.left + width / 2, x))
                candidates = [
                    (x + side, level, "start", false), (x - side, level, "end", false),
                    (centred, y - r, "middle", false), (centred, y + r + size * 0.8, "middle", false),
                ]
                for k in 1..<maxRows {
                    candidates.append((centred, y - r - Double(k) * Self.rowHeight, "middle", true))
                    candidates.append((centred, y + r + size * 0.8 + Double(k) * Self.rowHeight, "middle", true))
                }
                for k in 1..<maxRows {
                    for (bx, anchor) in [(x + side, "start"), (x - side, "end")] {
                        candidates.append((bx, y - r - Double(k) * Self.rowHeight, anchor, true))
                        candidates.append((bx, y + r + size * 0.8 + Double(k) * Self.rowHeight, anchor, true))
                    }
                }
            }
            guard let spot = candidates.first(where: { fits(box($0.0, $0.1, width, $0.2)) }) else { continue }
            let b = box(spot.0, spot.1, width, spot.2)
            taken.append(b)
            var leader: (Double, Double, Double, Double)?
            if spot.3, case .point(let px, let py) = mark.place {
                let lx = Swift.min(b.right, Swift.max(b.left, px))
                let ly = b.bottom < py ? b.bottom : b.top
                leader = (px, py + (ly < py ? -Self.pointRadius : Self.pointRadius), lx, ly)
            }
            placed.append(Placed(mark: mark, text: text, x: spot.0, baseline: spot.1, anchor: spot.2, leader: leader))
        }
    }

    /// Lines before points, each kind from left to right (top to bottom), so
    /// labels claim their rows in reading order.
    private static func sortKey(_ mark: AnnotationMark) -> [Double] {
        switch mark.place {
        case .across(let x, _): return [0, x, 0]
        case .along(let y, _): return [1, y, 0]
        case .point(let x, let y): return [2, x, y]
        }
    }

    private static let lineStroke: [(String, String?)] = [
        ("class", "mc-annotation"), ("stroke", ChartPalette.annotation), ("stroke-width", "1.5"),
        ("stroke-dasharray", "3 3"),
    ]

    /// The dotted lines, drawn under the data so lines and bars stay whole.
    static func drawLines(into w: inout SVGWriter, _ marks: [AnnotationMark], plot: PlotArea) {
        let lines = marks.filter { if case .point = $0.place { return false } else { return true } }
        guard !lines.isEmpty else { return }
        w.open("g", [("class", "mc-annotation-lines")])
        for mark in lines {
            switch mark.place {
            case .across(let x, let gaps):
                for (a, b) in segments(from: plot.top, to: plot.bottom, skipping: gaps) {
                    w.line(x1: x, y1: a, x2: x, y2: b, lineStroke)
                }
            case .along(let y, let gaps):
                for (a, b) in segments(from: plot.left, to: plot.right, skipping: gaps) {
                    w.line(x1: a, y1: y, x2: b, y2: y, lineStroke)
                }
            case .point: break
            }
        }
        w.close("g")
    }

    /// The parts of `from…to` outside every gap, in order.
    static func segments(from start: Double, to end: Double, skipping gaps: [ClosedRange<Double>]) -> [(Double, Double)]
    {
        var out: [(Double, Double)] = []
        var at = start
        for gap in gaps.sorted(by: { $0.lowerBound < $1.lowerBound }) where gap.upperBound > at {
            if gap.lowerBound > at { out.append((at, Swift.min(gap.lowerBound, end))) }
            at = gap.upperBound
            if at >= end { break }
        }
        if at < end { out.append((at, end)) }
        return out
    }

    /// The marked points and every label, drawn over the data so they are never hidden.
    func drawMarks(into w: inout SVGWriter, _ marks: [AnnotationMark]) {
        let points = marks.compactMap { mark -> (Double, Double)? in
            if case .point(let x, let y) = mark.place { return (x, y) } else { return nil }
        }
        guard !points.isEmpty || !placed.isEmpty else { return }
        w.open("g", [("class", "mc-annotations")])
        for p in placed {
            if let l = p.leader {
                w.line(
                    x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2,
                    [("class", "mc-annotation"), ("stroke", ChartPalette.annotation), ("stroke-width", "1")])
            }
        }
        for (x, y) in points {
            w.element(
                "circle",
                [
                    ("cx", SVGNumber.format(x)), ("cy", SVGNumber.format(y)), ("r", SVGNumber.format(Self.pointRadius)),
                    ("class", "mc-annotation mc-bg"), ("fill", ChartPalette.background),
                    ("stroke", ChartPalette.annotation), ("stroke-width", "2"),
                ])
        }
        for p in placed {
            w.text(p.text, x: p.x, y: p.baseline, anchor: p.anchor, style: Self.style)
        }
        w.close("g")
    }
}

extension ChartRenderer {
    /// Draws the annotation lines now and returns what to draw over the data
    /// once it is drawn: the points and the labels.
    static func drawAnnotations(
        into w: inout SVGWriter, _ marks: [AnnotationMark], plot: PlotArea,
        avoiding obstacles: [LabelBox] = [], headroom: Double = 0
    ) -> (inout SVGWriter) -> Void {
        AnnotationLayout.drawLines(into: &w, marks, plot: plot)
        let layout = AnnotationLayout(marks, plot: plot, avoiding: obstacles, headroom: headroom)
        return { layout.drawMarks(into: &$0, marks) }
    }
}
