import Foundation
import MierukaCore
import Testing
@testable import MierukaCharts

/// Charts of any finite numbers: denormals to ±1.8e308, all equal, all
/// negative, mixed signs, one row, zeros. Every chart must draw (no runtime
/// trap), as well-formed SVG of bounded size, with every coordinate a finite
/// number inside the chart, every mark inside its plot, and a bounded number of
/// short tick labels.
///
/// `wholeRangeOfFiniteDoubles` draws a few hundred random tables from a fixed
/// seed, so it is the same on every run. A failing check names the case (its
/// number, the seed and what was drawn). A runtime trap ends the test process
/// before a check can say anything: run again with `WHOLE_RANGE_TRACE=1` to
/// have each case written to standard error before it is drawn. Set
/// `WHOLE_RANGE_SEED=<n>` (and `WHOLE_RANGE_CASES=<n>`) to explore other tables,
/// and `WHOLE_RANGE_DUMP=<case>` to print one case's SVG.
@Suite struct WholeRangeTests {
    // MARK: The cases the issue names

    @Test func tinyValuesInALine() throws {
        try check(WholeRangeCase(kind: .line, x: .year, y: [[1e-18, 2e-18, 3e-18]]))
        // Far from zero, so the axis leaves zero out and needs a step of 2e-19.
        try check(WholeRangeCase(kind: .line, x: .year, y: [[2e-18, 2.5e-18, 3e-18]]))
    }

    @Test func tinyValuesInBars() throws {
        try check(WholeRangeCase(kind: .bar, x: .string, y: [[1e-18, 2e-18, 3e-18]]))
        try check(WholeRangeCase(kind: .stackedBar, x: .string, y: [[1e-18, 2e-18, 3e-18], [4e-18, 1e-18, 2e-18]]))
    }

    @Test func hugeValuesOfBothSignsInBars() throws {
        try check(WholeRangeCase(kind: .bar, x: .string, y: [[1e308, -1e308]]))
        try check(WholeRangeCase(kind: .bar, x: .string, y: [[.greatestFiniteMagnitude, -.greatestFiniteMagnitude]]))
        try check(
            WholeRangeCase(
                kind: .bar, x: .string, horizontal: true, y: [[.greatestFiniteMagnitude, -.greatestFiniteMagnitude]]))
        try check(WholeRangeCase(kind: .line, x: .year, y: [[.greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0]]))
    }

    /// Stacks whose totals pass the largest finite double.
    @Test func stacksThatOverflow() throws {
        let big = Double.greatestFiniteMagnitude
        try check(WholeRangeCase(kind: .stackedBar, x: .string, y: [[big, big], [big, -big], [big, -big]]))
        try check(WholeRangeCase(kind: .stackedBar, x: .string, percent: true, y: [[big, big], [big, 1], [big, 0]]))
        try check(WholeRangeCase(kind: .stackedBar, x: .string, horizontal: true, y: [[-big, 5], [-big, 5]]))
    }

    @Test func denormalsOnANumberXAxis() throws {
        try check(
            WholeRangeCase(
                kind: .line, x: .number, xs: [Double.leastNonzeroMagnitude, (2 * Double.leastNonzeroMagnitude)],
                y: [[1, 2]]))
        try check(
            WholeRangeCase(
                kind: .line, x: .number, xs: [Double.leastNonzeroMagnitude, (2 * Double.leastNonzeroMagnitude)],
                y: [[Double.leastNonzeroMagnitude, (2 * Double.leastNonzeroMagnitude)]]))
        try check(
            WholeRangeCase(
                kind: .bar, x: .string, y: [[Double.leastNonzeroMagnitude, (2 * Double.leastNonzeroMagnitude)]]))
    }

    @Test func hugeNumbersOnANumberXAxis() throws {
        try check(
            WholeRangeCase(
                kind: .line, x: .number, xs: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude], y: [[1, 2]]))
        try check(WholeRangeCase(kind: .line, x: .number, xs: [1e308, 1.0000000000000002e308], y: [[1, 2]]))
        try check(
            WholeRangeCase(
                kind: .sparkline, x: .number, xs: [-.greatestFiniteMagnitude, 0, .greatestFiniteMagnitude],
                y: [[.greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1]]))
        // Long enough to be thinned, which puts each point in a column of the plot.
        let xs = (0..<2000).map { Double($0 - 1000) * 1.7e305 }
        let ys = (0..<2000).map { Double(($0 * 7919) % 1000) * 1.7e305 }
        try check(WholeRangeCase(kind: .line, x: .number, xs: xs, y: [ys]))
        try check(WholeRangeCase(kind: .sparkline, x: .number, xs: xs, y: [ys]))
    }

    @Test func allEqualAndAllNegative() throws {
        for v: Double in [
            0, -0.0, Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude, 1e-18, -1e-300, 7, -7, 1e308,
            -.greatestFiniteMagnitude,
        ] {
            for kind in ChartSpec.Kind.allCases {
                try check(WholeRangeCase(kind: kind, x: .string, y: [[v, v, v]]))
            }
        }
        try check(WholeRangeCase(kind: .line, x: .year, y: [[-1e-18, -2e-18, -3e-18]]))
        try check(WholeRangeCase(kind: .bar, x: .string, y: [[-1e300, -2e300, -3e300]]))
    }

    @Test func extremeIntegerAndYearAxes() throws {
        try check(WholeRangeCase(kind: .line, x: .integer, xs: [Double(Int.min), Double(Int.max)], y: [[1, 2]]))
        try check(WholeRangeCase(kind: .line, x: .year, xs: [1, 9999], y: [[1, 2]]))
        // Years the loader never reads (it takes four digits), but a table can hold.
        try check(WholeRangeCase(kind: .line, x: .year, xs: [Double(Int.min), 0, Double(Int.max)], y: [[1, 2, 3]]))
        try check(WholeRangeCase(kind: .bar, x: .year, xs: [Double(Int.min), Double(Int.max)], y: [[1, 2]]))
        try check(
            WholeRangeCase(
                kind: .line, x: .date,
                xs: [
                    Double(LocalDate(iso: "0001-01-01")!.daysSinceEpoch),
                    Double(LocalDate(iso: "9999-12-31")!.daysSinceEpoch),
                ], y: [[1, 2]]))
    }

    /// Annotations at values the axis must reach.
    @Test func annotationsAtExtremeValues() throws {
        var line = WholeRangeCase(kind: .line, x: .year, y: [[1e-18, 2e-18]])
        line.notes = [
            .init(x: .year(2001), label: "上限", y: .greatestFiniteMagnitude), .init(x: .year(2000), label: "開始"),
        ]
        try check(line)
        var bar = WholeRangeCase(kind: .bar, x: .string, y: [[1e308, Double.leastNonzeroMagnitude]])
        bar.notes = [.init(x: .string("c1"), label: "目標", y: -.greatestFiniteMagnitude)]
        try check(bar)
    }

    // MARK: Random tables of finite doubles

    @Test func wholeRangeOfFiniteDoubles() throws {
        let env = ProcessInfo.processInfo.environment
        let seed = env["WHOLE_RANGE_SEED"].flatMap { UInt64($0) } ?? 0x6D69_6572_756B_6121
        let count = env["WHOLE_RANGE_CASES"].flatMap { Int($0) } ?? 400
        let trace = env["WHOLE_RANGE_TRACE"] != nil
        var rng = SplitMix64(seed: seed)
        var kindsSeen: Set<String> = []
        for n in 0..<count {
            let c = WholeRangeCase.random(using: &rng)
            kindsSeen.insert(c.configuration)
            if trace { FileHandle.standardError.write(Data("whole-range case \(n) (seed \(seed)): \(c)\n".utf8)) }
            if env["WHOLE_RANGE_DUMP"] == String(n) {
                print(ChartRenderer.render(c.spec, table: c.table, datasetTitle: "範囲", idPrefix: "r").svg)
            }
            try check(c, label: "case \(n) of seed \(seed)")
        }
        // Every kind of chart, every x axis, with and without series, was drawn.
        #expect(kindsSeen.count >= 30, "only \(kindsSeen.count) configurations: \(kindsSeen.sorted())")
    }

    // MARK: The checks

    func check(_ c: WholeRangeCase, label: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let what = "\(label.isEmpty ? "" : label + ": ")\(c)"
        let chart = ChartRenderer.render(c.spec, table: c.table, datasetTitle: "範囲", idPrefix: "r")
        let file = ChartRenderer.standaloneFile(chart)
        #expect(
            chart.svg.utf8.count < 200_000 && file.utf8.count < 200_000, "\(file.utf8.count) bytes — \(what)",
            sourceLocation: sourceLocation)
        #expect(
            chart.summary.count < 4000, "a summary of \(chart.summary.count) characters — \(what)",
            sourceLocation: sourceLocation)
        _ = try SVGDocument.parse(file)
        let doc = try SVGDocument.parse(chart.svg)
        func fail(_ message: String) { Issue.record("\(message) — \(what)", sourceLocation: sourceLocation) }

        // The viewBox, and every coordinate finite and inside it (with room for a marker or a turned label).
        let box = (doc.root?.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        guard box.count == 4, box.allSatisfy({ $0.isFinite }), box[2] > 0, box[3] > 0, box[2] < 2000, box[3] < 20_000
        else {
            return fail("viewBox \(doc.root?.attributes["viewBox"] ?? "none")")
        }
        let width = box[2], height = box[3]
        for e in doc.elements {
            for (name, value) in e.attributes {
                let lower = value.lowercased()
                if lower.contains("nan") || lower.contains("inf") { fail("<\(e.name) \(name)=\"\(value)\">") }
                for (axis, v) in coordinates(name, value)
                where !(v.isFinite && v >= -60 && v <= (axis == "x" ? width : height) + 60) {
                    fail(
                        "<\(e.name) \(name)=\"\(value)\"> outside the \(SVGNumber.format(width))×\(SVGNumber.format(height)) chart"
                    )
                }
            }
            if e.name != "style", ["nan", "inf", "∞"].contains(where: { e.text.lowercased().contains($0) }) {
                fail("text \"\(e.text)\"")
            }
        }

        // Tick labels: few, and short.
        let yLabels = doc.texts(inGroup: "mc-y-axis"), xLabels = doc.texts(inGroup: "mc-x-axis")
        if yLabels.count > 7 { fail("\(yLabels.count) value axis labels") }
        if xLabels.count > c.rowCount + 12 { fail("\(xLabels.count) x axis labels for \(c.rowCount) rows") }
        for t in yLabels + xLabels where t.count > 28 { fail("tick label \"\(t)\" of \(t.count) characters") }

        // Marks inside the plot, which the grid lines of the value axis span.
        let grid = doc.gridBox()
        if let grid {
            for e in doc.elements(inGroup: "mc-bars") where e.name == "rect" {
                let x = e.number("x"), y = e.number("y"), w = e.number("width"), h = e.number("height")
                let inside =
                    c.horizontal
                    ? x >= grid.left - 0.5 && x + w <= grid.right + 0.5
                    : y >= grid.top - 0.5 && y + h <= grid.bottom + 0.5
                if !inside { fail("bar x=\(x) y=\(y) width=\(w) height=\(h) outside the plot \(grid)") }
            }
            for e in doc.elements(inGroup: "mc-lines") where e.name == "path" {
                for p in pathPoints(e.attributes["d"] ?? "")
                where
                    !(p.x >= grid.left - 0.5 && p.x <= grid.right + 0.5 && p.y >= grid.top - 0.5
                    && p.y <= grid.bottom + 0.5)
                {
                    fail("line point \(p) outside the plot \(grid)")
                }
            }
            // Markers reach a little past their point.
            for e in doc.elements(inGroup: "mc-markers") where e.name == "path" {
                for p in pathPoints(e.attributes["d"] ?? "")
                where !(p.x >= grid.left - 8 && p.x <= grid.right + 8 && p.y >= grid.top - 8 && p.y <= grid.bottom + 8)
                {
                    fail("marker point \(p) outside the plot \(grid)")
                }
            }
            for e in doc.all("circle") where e.attributes["class"]?.contains("mc-annotation") == true {
                let x = e.number("cx"), y = e.number("cy")
                if !(x >= grid.left - 0.5 && x <= grid.right + 0.5 && y >= grid.top - 0.5 && y <= grid.bottom + 0.5) {
                    fail("annotation point \(x),\(y) outside the plot \(grid)")
                }
            }
            // And drawn to scale: the longest bar, or the line's ups and downs, take up
            // a good part of the plot (unless a marked point stretches the axis).
            let values = c.drawnValues
            let stretched = c.notes.contains { $0.y != nil }
            if !stretched && (c.kind == .bar || c.kind == .stackedBar) && values.contains(where: { $0 != 0 }) {
                let bars = doc.elements(inGroup: "mc-bars").filter { $0.name == "rect" }
                let longest = bars.map { c.horizontal ? $0.number("width") : $0.number("height") }.max() ?? 0
                let room = c.horizontal ? grid.width : grid.height
                if !(longest >= room / 10) { fail("the longest bar is \(longest) of \(room) units") }
            }
            if !stretched && c.kind == .line && values.min() != values.max() {
                let ys = (doc.elements(inGroup: "mc-lines") + doc.elements(inGroup: "mc-markers"))
                    .filter { $0.name == "path" }.flatMap { pathPoints($0.attributes["d"] ?? "").map(\.y) }
                let spread = (ys.max() ?? 0) - (ys.min() ?? 0)
                if !(spread >= grid.height / 10) { fail("the lines rise and fall \(spread) of \(grid.height) units") }
            }
        } else if [.line, .bar, .stackedBar].contains(c.kind) && !c.drawnValues.isEmpty {
            fail("no value axis")
        }
    }

    /// The numbers an attribute holds, each with the axis it runs along.
    func coordinates(_ name: String, _ value: String) -> [(String, Double)] {
        switch name {
        case "x", "x1", "x2", "cx", "width": return [("x", Double(value) ?? .nan)]
        case "y", "y1", "y2", "cy", "height": return [("y", Double(value) ?? .nan)]
        case "d":
            return pathPoints(value).flatMap { [("x", $0.x), ("y", $0.y)] }
        default: return []
        }
    }

    /// The points of path data as the charts write it: `M x,y L x,y …`, and
    /// arcs `A rx,ry 0 1,0 x,y` (their end points; the radii and flags are not points).
    func pathPoints(_ d: String) -> [(x: Double, y: Double)] {
        var out: [(x: Double, y: Double)] = []
        var skip = 0
        for token in d.split(separator: " ") {
            if token.hasPrefix("A") { skip = 2; continue }
            if skip > 0 { skip -= 1; continue }
            let parts = token.drop(while: { $0.isLetter }).split(separator: ",")
            guard parts.count == 2 else { continue }
            out.append((Double(parts[0]) ?? .nan, Double(parts[1]) ?? .nan))
        }
        return out
    }
}

// MARK: - The tables

/// SplitMix64: a small, fast, well-mixed generator, the same on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// In 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    /// In 0..<1, from 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) / 9_007_199_254_740_992 }
    mutating func chance(_ p: Double) -> Bool { unit() < p }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// One chart of the whole-range test: its kind and x axis, and the numbers.
struct WholeRangeCase: CustomStringConvertible {
    enum XType: String, CaseIterable { case year, date, number, integer, string }

    /// How a case's numbers are drawn: each a different corner of the doubles.
    enum Regime: String, CaseIterable {
        case denormal, tiny, ordinary, huge, extreme, allEqual, allNegative, mixed, zeros, wild
    }

    var kind: ChartSpec.Kind
    var x: XType
    var horizontal = false
    var percent = false
    /// The x values as numbers (years, days since 1970, numbers); nil for `c0`, `c1`, ….
    var xs: [Double]?
    /// One list of y values per series (nil is a missing value); a single list means no series field.
    var y: [[Double?]]
    var notes: [ChartSpec.Annotation] = []
    var regime = ""

    init(
        kind: ChartSpec.Kind, x: XType, horizontal: Bool = false, percent: Bool = false, xs: [Double]? = nil,
        y: [[Double?]]
    ) {
        self.kind = kind
        self.x = x
        self.horizontal = horizontal
        self.percent = percent
        self.xs = xs
        self.y = y
    }

    var rowCount: Int { y.map(\.count).reduce(0, +) }
    /// The values drawn: per series the first row for each x value (later ones are duplicates).
    var drawnValues: [Double] {
        if kind == .progress { return y.flatMap { $0.compactMap { $0 } } }
        return y.flatMap { column in
            var seen: Set<Value> = []
            return column.indices.compactMap { i in seen.insert(xValue(i)).inserted ? column[i] : nil }
        }
    }
    var configuration: String {
        "\(kind.rawValue) \(x.rawValue)\(horizontal ? " horizontal" : "")\(percent ? " percent" : "")\(y.count > 1 ? " series" : "")"
    }

    var description: String {
        let ys = y.map { "[" + $0.map { $0.map { "\($0)" } ?? "nil" }.joined(separator: ", ") + "]" }.joined(
            separator: ", ")
        return
            "\(configuration)\(regime.isEmpty ? "" : " (\(regime))") x=\(xs.map { "\($0)" } ?? "categories") y=[\(ys)]"
            + (notes.isEmpty ? "" : " notes=\(notes.map { "\($0.x.plain)/\($0.y.map { "\($0)" } ?? "-")" })")
    }

    func xValue(_ i: Int) -> Value {
        guard let xs, i < xs.count else { return .string("c\(i)") }
        switch x {
        case .year: return .year(Self.int(xs[i]))
        case .date: return .date(LocalDate(daysSinceEpoch: Int(xs[i])))
        case .number: return .number(xs[i])
        case .integer: return .integer(Self.int(xs[i]))
        case .string: return .string("c\(i)")
        }
    }

    /// A whole number of the table, from the double the case keeps: ±2^63 are Int.min and Int.max.
    static func int(_ x: Double) -> Int { x >= 9.2e18 ? .max : x <= -9.2e18 ? .min : Int(x) }

    var spec: ChartSpec {
        ChartSpec(
            id: "r", kind: kind, x: "x", y: "y", series: y.count > 1 ? "s" : nil,
            annotations: notes, horizontal: horizontal, percent: percent)
    }

    var table: DataTable {
        let xType: FieldType =
            xs == nil
            ? .string : [.year: .year, .date: .date, .number: .number, .integer: .integer, .string: .string][x]!
        var fields = [
            Field(name: "x", title: "横軸", type: xType),
            Field(name: "y", title: "値", type: .number, unit: "人", optional: true),
        ]
        if y.count > 1 { fields.append(Field(name: "s", title: "系列", type: .string)) }
        var rows: [[Value]] = []
        for (s, column) in y.enumerated() {
            for (i, v) in column.enumerated() {
                let cell: Value = v.map(Value.number) ?? .missing
                rows.append(y.count > 1 ? [xValue(i), cell, .string("系列\(s + 1)")] : [xValue(i), cell])
            }
        }
        return DataTable(fields: fields, rows: rows)
    }

    /// One random case: a kind and configuration, up to 50 rows, numbers from one regime.
    static func random(using rng: inout SplitMix64) -> WholeRangeCase {
        let kind = rng.pick(ChartSpec.Kind.allCases)
        let x: XType
        switch kind {
        case .line: x = rng.pick(XType.allCases)
        case .sparkline: x = rng.pick([.year, .number, .string])
        case .bar, .stackedBar: x = rng.pick([.string, .year, .number])
        case .progress: x = .string
        }
        let seriesCount = kind == .progress || kind == .sparkline && rng.chance(0.5) ? 1 : rng.pick([1, 1, 2, 3])
        let rows = rng.chance(0.2) ? 1 : 1 + rng.below(50 / seriesCount)
        let regime = rng.pick(Regime.allCases)
        let equal = Self.number(.wild, &rng)
        let draw: (inout SplitMix64) -> Double = { rng in
            switch regime {
            case .allEqual: return equal
            case .allNegative: return -Self.number(.wild, &rng).magnitude
            default: return Self.number(regime, &rng)
            }
        }
        let y: [[Double?]] = (0..<seriesCount).map { _ in
            (0..<rows).map { _ in rng.chance(0.05) ? nil : draw(&rng) }
        }
        var xs: [Double]?
        switch x {
        case .year:
            var year = 1 + rng.below(9000)
            xs = (0..<rows).map { _ in
                defer { year = Swift.min(9999, year + 1 + rng.below(rng.chance(0.3) ? 300 : 3)) }; return Double(year)
            }
        case .date:
            let first = LocalDate(iso: "0001-01-01")!.daysSinceEpoch,
                last = LocalDate(iso: "9999-12-31")!.daysSinceEpoch
            var day = first + rng.below(last - first)
            xs = (0..<rows).map { _ in
                defer { day = Swift.min(last, day + 1 + rng.below(rng.pick([2, 40, 400, 40_000]))) }
                return Double(day)
            }
        case .number:
            xs = (0..<rows).map { _ in regime == .allEqual ? equal : Self.number(rng.pick(Regime.allCases), &rng) }
        case .integer:
            xs = (0..<rows).map { _ in
                rng.chance(0.3)
                    ? rng.pick([Double(Int.min), Double(Int.max), 0, -1])
                    : Double(Int(truncatingIfNeeded: rng.next()) >> rng.below(64))
            }
        case .string: xs = nil
        }
        var c = WholeRangeCase(
            kind: kind, x: x, horizontal: (kind == .bar || kind == .stackedBar) && rng.chance(0.4),
            percent: kind == .stackedBar && rng.chance(0.4), xs: xs, y: y)
        c.regime = regime.rawValue
        if [.line, .bar, .stackedBar].contains(kind) && rng.chance(0.5) {
            let at = c.xValue(rng.below(rows))
            c.notes.append(.init(x: at, label: "注記"))
            if rng.chance(0.7) { c.notes.append(.init(x: c.xValue(rng.below(rows)), label: "目標", y: draw(&rng))) }
        }
        return c
    }

    /// A finite double from one corner of the range.
    static func number(_ regime: Regime, _ rng: inout SplitMix64) -> Double {
        let sign: Double = rng.chance(0.5) ? 1 : -1
        func scaled(_ lo: Int, _ hi: Int) -> Double {
            // A mantissa in 1..<10 times 10^e, kept finite at the top.
            let e = lo + rng.below(hi - lo + 1)
            let m = 1 + rng.unit() * 9
            let v = e >= 0 ? m * pow(10, Double(e)) : m / pow(10, Double(-e))
            return v.isFinite ? v : .greatestFiniteMagnitude
        }
        switch regime {
        case .denormal:
            return sign * Double.leastNonzeroMagnitude * Double(1 + rng.below(rng.pick([2, 20, 1_000_000])))
        case .tiny: return sign * scaled(-300, -10)
        case .ordinary: return rng.pick([1.0, 1, -1]) * (rng.unit() * rng.pick([1, 100, 10_000])).rounded()
        case .huge: return sign * scaled(10, 308)
        case .extreme:
            return rng.pick([
                Double.greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
                -.leastNonzeroMagnitude,
                .leastNormalMagnitude, 0, -0.0, 1, Double(Int.max), Double(Int.min), 9e15, 1e308,
            ])
        case .allEqual, .wild: return number(rng.pick([.denormal, .tiny, .ordinary, .huge, .extreme, .zeros]), &rng)
        case .allNegative: return -number(.wild, &rng).magnitude
        case .mixed: return sign * number(rng.pick([.tiny, .ordinary, .huge]), &rng).magnitude
        case .zeros: return rng.chance(0.5) ? 0 : -0.0
        }
    }
}

// MARK: - Reading charts back

extension SVGDocument.Element {
    func number(_ name: String) -> Double { attributes[name].flatMap { Double($0) } ?? .nan }
}

extension SVGDocument {
    /// Whether element `i` lies inside a `<g>` of class `group`.
    func isInside(_ i: Int, group: String) -> Bool {
        var p = elements[i].parent
        while let j = p {
            if elements[j].name == "g", elements[j].attributes["class"] == group { return true }
            p = elements[j].parent
        }
        return false
    }

    func elements(inGroup group: String) -> [Element] {
        elements.indices.filter { isInside($0, group: group) }.map { elements[$0] }
    }

    func texts(inGroup group: String) -> [String] {
        elements(inGroup: group).filter { $0.name == "text" }.map(\.text)
    }

    /// The rectangle the value axis's grid lines span: horizontal lines of an
    /// upright chart, vertical ones of a horizontal bar chart.
    func gridBox() -> PlotArea? {
        var lines = elements(inGroup: "mc-y-axis").filter { $0.name == "line" }
        if lines.isEmpty {
            lines = elements(inGroup: "mc-x-axis").filter {
                $0.name == "line" && $0.attributes["y1"] != $0.attributes["y2"]
            }
        }
        guard !lines.isEmpty else { return nil }
        let xs = lines.flatMap { [$0.number("x1"), $0.number("x2")] },
            ys = lines.flatMap { [$0.number("y1"), $0.number("y2")] }
        return PlotArea(left: xs.min()!, top: ys.min()!, right: xs.max()!, bottom: ys.max()!)
    }
}
