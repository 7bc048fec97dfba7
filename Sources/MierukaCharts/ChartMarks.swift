/// Marker shapes that tell line series apart without colour.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond, triangleDown, hexagon

    static func forSeries(_ index: Int) -> MarkerShape { allCases[index % allCases.count] }

    /// Path data for the shape centred on (x, y) with about the same area as a circle of radius r.
    func path(x: Double, y: Double, r: Double) -> String {
        let n = SVGNumber.format
        func poly(_ points: [(Double, Double)]) -> String {
            points.enumerated().map { i, p in (i == 0 ? "M" : "L") + n(x + p.0) + "," + n(y + p.1) }.joined(
                separator: " ") + " Z"
        }
        switch self {
        case .circle:
            return
                "M\(n(x - r)),\(n(y)) A\(n(r)),\(n(r)) 0 1,0 \(n(x + r)),\(n(y)) A\(n(r)),\(n(r)) 0 1,0 \(n(x - r)),\(n(y)) Z"
        case .square:
            let s = r * 0.9
            return poly([(-s, -s), (s, -s), (s, s), (-s, s)])
        case .triangle:
            let s = r * 1.3
            return poly([(0, -s), (s * 0.95, s * 0.7), (-s * 0.95, s * 0.7)])
        case .triangleDown:
            let s = r * 1.3
            return poly([(0, s), (s * 0.95, -s * 0.7), (-s * 0.95, -s * 0.7)])
        case .diamond:
            let s = r * 1.25
            return poly([(0, -s), (s, 0), (0, s), (-s, 0)])
        case .hexagon:
            let s = r * 1.05
            return poly([
                (0, -s), (s * 0.87, -s * 0.5), (s * 0.87, s * 0.5), (0, s), (-s * 0.87, s * 0.5), (-s * 0.87, -s * 0.5),
            ])
        }
    }
}

/// Fill patterns that tell bar series apart without colour: the series colour
/// with background-coloured hatching over it. The first series is plain.
enum FillPattern: CaseIterable {
    case solid, diagonal, dots, crosshatch, horizontal, vertical

    static func forSeries(_ index: Int) -> FillPattern { allCases[index % allCases.count] }

    static let tile = 8.0

    /// The tile's marks, drawn in the background colour.
    var marks: String? {
        switch self {
        case .solid: return nil
        case .diagonal: return "M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6"
        case .dots: return nil
        case .crosshatch: return "M0,0 L8,8 M0,8 L8,0"
        case .horizontal: return "M0,4 L8,4"
        case .vertical: return "M4,0 L4,8"
        }
    }
}

/// How series `index` fills an area: a class and colour for the plain first
/// pattern, a pattern reference for the others. (A class would override the
/// pattern reference in browsers, so patterned shapes carry none.)
func seriesFill(_ index: Int, ids: ChartIDs, extraClass: String? = nil) -> [(String, String?)] {
    if FillPattern.forSeries(index) == .solid {
        let cls = "mc-f\(ChartPalette.seriesClass(index))" + (extraClass.map { " " + $0 } ?? "")
        return [("class", cls), ("fill", ChartPalette.seriesColor(index))]
    }
    return [("class", extraClass), ("fill", "url(#\(ids.pattern(index)))")]
}

/// The `<pattern>` definitions that `seriesFill` refers to, for series `0..<count`.
func patternDefs(count: Int, ids: ChartIDs, into w: inout SVGWriter) {
    for index in 0..<count {
        let pattern = FillPattern.forSeries(index)
        if pattern == .solid { continue }
        let t = SVGNumber.format(FillPattern.tile)
        w.open(
            "pattern", [("id", ids.pattern(index)), ("width", t), ("height", t), ("patternUnits", "userSpaceOnUse")])
        w.element(
            "rect",
            [
                ("width", t), ("height", t), ("class", "mc-f\(ChartPalette.seriesClass(index))"),
                ("fill", ChartPalette.seriesColor(index)),
            ])
        if let marks = pattern.marks {
            w.element(
                "path",
                [("d", marks), ("class", "mc-halo"), ("stroke", ChartPalette.background), ("stroke-width", "1.5")])
        } else if pattern == .dots {
            w.element(
                "circle",
                [("cx", "2"), ("cy", "2"), ("r", "1.5"), ("class", "mc-bg"), ("fill", ChartPalette.background)])
            w.element(
                "circle",
                [("cx", "6"), ("cy", "6"), ("r", "1.5"), ("class", "mc-bg"), ("fill", ChartPalette.background)])
        }
        w.close("pattern")
    }
}
