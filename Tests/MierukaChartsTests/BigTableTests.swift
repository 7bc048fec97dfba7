import Foundation
import MierukaCore
import Testing
@testable import MierukaCharts

/// Tables far longer than a chart has room for: thinned lines, capped bars and
/// tables, and descriptions that still tell the truth about every row.
@Suite struct BigTableTests {
    /// A million readings, one a second: a slow saw-tooth with noise, one spike
    /// up and one down. Integer arithmetic, so it is the same everywhere.
    static let million: DataTable = {
        let n = 1_000_000
        var rows: [[Value]] = []
        rows.reserveCapacity(n)
        for i in 0..<n {
            let value: Int
            switch i {
            case 400_000: value = 900
            case 700_000: value = -500
            default: value = (i / 2_000) % 100 + ((i &* 7_919) % 41) - 20
            }
            rows.append([.integer(i), .integer(value)])
        }
        return DataTable(
            fields: [
                Field(name: "t", title: "経過", type: .integer, unit: "秒"),
                Field(name: "level", title: "水位", type: .integer, unit: "cm"),
            ], rows: rows)
    }()

    @Test func aMillionPointLineStaysSmallAndTellsTheTruth() throws {
        let chart = ChartRenderer.render(
            ChartSpec(id: "level", kind: .line, x: "t", y: "level"), table: Self.million,
            datasetTitle: "水位", idPrefix: "big")
        let file = ChartRenderer.standaloneFile(chart)
        #expect(file.utf8.count < 100_000, "the SVG has \(file.utf8.count) bytes")
        _ = try SVGDocument.parse(file)
        // Two points per unit of a plot at most 456 units wide, and a few for the ends.
        let points = file.split(separator: " ").filter { $0.hasPrefix("L") || $0.hasPrefix("M") }.count
        #expect(points <= 2 * 456 + 4, "\(points) points")
        // The description is made from all million rows: the spikes are there.
        #expect(chart.summary == "0秒の-20 cmから999,999秒の92 cmに増加。最大は400,000秒の900 cm、最小は700,000秒の-500 cm。")
        #expect(chart.table.rows.count == 500)
        #expect(chart.table.caption == "水位（全1,000,000行のうち最初の500行）")
        #expect(chart.table.rows.first == ["0秒", "-20"])
        #expect(chart.table.rows.last == ["499秒", Self.million.rows[499][1].plain])
    }

    @Test func aMillionPointSparklineStaysSmall() {
        let chart = ChartRenderer.render(
            ChartSpec(id: "level", kind: .sparkline, x: "t", y: "level"), table: Self.million,
            datasetTitle: "水位", idPrefix: "spark")
        #expect(ChartRenderer.standaloneFile(chart).utf8.count < 10_000)
    }

    /// Ten thousand points over 100 units: a peak, a dip, a gap of a thousand
    /// missing values (10 units wide) and one single missing value (too narrow to see).
    static let wave: ChartData = {
        let rows: [[Value]] = (0..<10_000).map { i in
            let y: Value
            if (2_000..<3_000).contains(i) || i == 4_000 {
                y = .missing
            } else if i == 5_000 {
                y = .integer(1_000)
            } else if i == 7_000 {
                y = .integer(-1_000)
            } else {
                y = .integer(i % 100)
            }
            return [.integer(i), y]
        }
        let table = DataTable(
            fields: [Field(name: "x", type: .integer), Field(name: "y", type: .integer, optional: true)], rows: rows)
        return ChartData(spec: ChartSpec(id: "w", kind: .line, x: "x", y: "y"), table: table)
    }()

    @Test func thinningKeepsPeaksEndsAndVisibleGaps() throws {
        let thin = Self.wave.thinned(plotWidth: 100) { Double($0) / 100 }
        let cells = try #require(thin.series.first).cells
        #expect(cells.count <= 2 * 100 + 4)
        let values = cells.compactMap(\.number)
        #expect(values.max() == 1_000 && values.min() == -1_000)
        #expect(cells.first == .value(0) && cells.last == .value(99))
        #expect(thin.xs.first == .integer(0) && thin.xs.last == .integer(9_999))
        // The wide gap stays, where it starts; the single missing value leaves no gap.
        let gaps = cells.indices.filter { cells[$0] == .missing }
        #expect(gaps.map { thin.xs[$0] } == [.integer(2_000)])
        // On each side of the gap the line reaches right up to it.
        #expect(thin.xs[gaps[0] - 1] == .integer(1_999) && thin.xs[gaps[0] + 1] == .integer(3_000))
        // Points stay in x order, and each one-unit column has at most its lowest and highest.
        let xs = thin.xs.compactMap(\.double)
        #expect(xs == xs.sorted())
        let perColumn = Dictionary(grouping: cells.indices.filter { cells[$0].number != nil }) { Int(xs[$0] / 100) }
        #expect(perColumn.values.allSatisfy { $0.count <= 4 })
        #expect(perColumn.values.filter { $0.count > 2 }.count <= 3)
    }

    @Test func shortLinesAreNotThinned() {
        let data = ChartData(
            spec: ChartSpec(id: "a", kind: .line, x: "year", y: "value"),
            table: Sample.yearly((0..<150).map { .integer($0 % 7) }, from: 1801))
        let thin = data.thinned(plotWidth: 100) { Double($0) }
        #expect(thin.xs == data.xs)
        #expect(thin.series.map(\.cells) == data.series.map(\.cells))
    }

    @Test func rowOrderDoesNotChangeTheChart() {
        let sorted = ChartData(spec: Sample.populationTrend, table: Sample.population)
        var table = Sample.population
        table.rows = table.rows.indices.map { table.rows[($0 * 7) % table.rows.count] }
        table.rows.append([.year(1960), .integer(1), .string("実績")])
        table.rows.insert([.year(2040), .integer(1), .string("推計値")], at: 3)
        let shuffled = ChartData(spec: Sample.populationTrend, table: table)
        #expect(shuffled.xs == sorted.xs)
        #expect(shuffled.series.map(\.key) == ["実績", "推計値"])
        // The rows come in another order, so the first row for 2040 is the inserted one.
        #expect(shuffled.series[0].cells == sorted.series[0].cells)
        #expect(shuffled.series[1].cells.dropLast() == sorted.series[1].cells.dropLast())
        #expect(shuffled.series[1].cells.last == .value(1))
        #expect(shuffled.duplicates.map { "\($0.x.plain) \($0.series ?? "")" } == ["2040 推計値", "1960 実績"])
    }

    @Test func barsBeyondWhatFitsAreLeftOutAndSaidSo() throws {
        let table = Sample.yearly((0..<1_000).map { .integer($0 % 50) }, from: 1001)
        let chart = ChartRenderer.render(
            ChartSpec(id: "many", kind: .bar, x: "year", y: "value"), table: table,
            datasetTitle: "多い", idPrefix: "many")
        #expect(chart.summary == "1001年の0人から2000年の49人に増加。最大は1050年の49人、最小は1001年の0人。グラフは全1,000件のうち最初の188件を表示。")
        let doc = try SVGDocument.parse(chart.svg)
        #expect(doc.all("rect").filter { $0.attributes["class"] == "mc-f1" }.count == 188)
        #expect(doc.all("text").contains { $0.text == "※全1,000件のうち最初の188件を表示" })
        #expect(chart.table.rows.count == 500)
        #expect(chart.table.caption == "多い（全1,000行のうち最初の500行）")
    }

    @Test func progressBarsBeyondWhatFitsAreLeftOutAndSaidSo() throws {
        let table = DataTable(
            fields: Sample.initiatives.fields, rows: (1...61).map { [.string("取り組み\($0)"), .integer($0)] })
        let chart = ChartRenderer.render(
            ChartSpec(id: "p", kind: .progress, x: "initiative", y: "progress"), table: table,
            datasetTitle: "進捗", idPrefix: "p")
        #expect(chart.summary.hasPrefix("取り組み1は1%、取り組み2は2%、"))
        #expect(chart.summary.hasSuffix("取り組み60は60%。グラフは全61件のうち最初の60件を表示。"))
        let doc = try SVGDocument.parse(chart.svg)
        #expect(doc.all("rect").filter { $0.attributes["class"] == "mc-track" }.count == 60)
        #expect(chart.table.rows.count == 61)
    }
}
