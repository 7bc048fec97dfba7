import Foundation
import MierukaCore
import Testing
@testable import MierukaCharts
import MierukaTestSupport

@Suite struct SVGStructureTests {
    static let svgNamespace = "http://www.w3.org/2000/svg"

    static var goldenFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: goldenFolder().path)) ?? [])
            .filter { $0.hasSuffix(".svg") }.sorted()
    }

    @Test func thereAreGoldenFilesForEveryKind() {
        let files = Self.goldenFiles
        for kind in ChartSpec.Kind.allCases {
            #expect(files.contains { $0.hasPrefix(kind.rawValue + "-") }, "no golden file for \(kind.rawValue)")
        }
    }

    @Test(arguments: goldenFiles)
    func goldenFileIsWellFormedSVG(_ name: String) throws {
        let text = try String(contentsOf: goldenFolder().appendingPathComponent(name), encoding: .utf8)
        let doc = try SVGDocument.parse(text)
        #expect(doc.root?.name == "svg")
        #expect(doc.root?.namespace == Self.svgNamespace)
        if !name.hasSuffix("-inline.svg") {
            #expect(
                text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        }
    }

    /// The second showing of a chart on a page: every id and every reference
    /// to one renamed, none left pointing at the first showing's ids.
    @Test(arguments: GoldenCases.all)
    func secondUseHasItsOwnIds(_ c: GoldenCase) throws {
        let chart = c.render()
        #expect(chart.svg(use: 1) == chart.svg)
        let doc = try SVGDocument.parse(chart.svg(use: 2))
        let first = Set(try SVGDocument.parse(chart.svg).ids)
        let ids = doc.ids
        #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix(c.name + "_2-") })
        #expect(Set(ids).isDisjoint(with: first))
        #expect(doc.root?.attributes["aria-labelledby"] == "\(c.name)_2-title \(c.name)_2-desc")
        for element in doc.elements {
            for value in element.attributes.values where value.hasPrefix("url(#") {
                #expect(ids.contains(String(value.dropFirst(5).dropLast())), "\(value) has no target")
            }
        }
        // Only ids changed: the drawing is the same.
        #expect(chart.svg(use: 2).replacingOccurrences(of: c.name + "_2-", with: c.name + "-") == chart.svg)
    }

    @Test(arguments: GoldenCases.all)
    func chartIsAccessible(_ c: GoldenCase) throws {
        let chart = c.render()
        let doc = try SVGDocument.parse(chart.svg)
        let root = try #require(doc.root)
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "\(c.name)-title \(c.name)-desc")
        #expect(doc.all("title").map { $0.attributes["id"] } == ["\(c.name)-title"])
        #expect(doc.all("desc").map { $0.attributes["id"] } == ["\(c.name)-desc"])
        #expect(doc.all("title").first?.text == chart.title)
        #expect(doc.all("desc").first?.text == chart.summary)
        #expect(!chart.summary.isEmpty)
        // Scales with its container: a viewBox and no fixed size inline; a size only in the file.
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(root.attributes["width"] == nil && root.attributes["height"] == nil)
        let file = try SVGDocument.parse(ChartRenderer.standaloneFile(chart))
        #expect(file.root?.attributes["width"] != nil)
        #expect(root.attributes["font-family"]?.contains("'Noto Sans CJK JP'") == true)
        // Ids are unique, start with the prefix, and every reference resolves.
        let ids = doc.ids
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix(c.name + "-") })
        for element in doc.elements {
            for value in element.attributes.values where value.hasPrefix("url(#") {
                #expect(ids.contains(String(value.dropFirst(5).dropLast())), "\(value) has no target")
            }
        }
    }

    @Test func idPrefixesAreMadeSafe() throws {
        let chart = ChartRenderer.render(
            Sample.populationTrend, table: Sample.population, datasetTitle: "t",
            idPrefix: "2020 人口\"><script>")
        let doc = try SVGDocument.parse(chart.svg)
        #expect(doc.root?.attributes["aria-labelledby"] == "c-2020------script--title c-2020------script--desc")
        #expect(!chart.svg.contains("<script>"))
    }

    /// A downloaded file has no page to set the properties, and CairoSVG cannot
    /// read var(): the file's rules carry the plain colours; the inline chart
    /// keeps the properties (dark mode), with the same rules otherwise.
    @Test func standaloneFilesUsePlainColours() {
        for c in GoldenCases.kinds {
            let chart = c.render()
            let file = ChartRenderer.standaloneFile(chart)
            #expect(!file.contains("var("), "\(c.name)")
            #expect(!file.contains("--mieruka-chart"), "\(c.name)")
            #expect(chart.svg.contains("var(--mieruka-chart-1,"), "\(c.name)")
        }
        #expect(ChartPalette.plainStyleSheet.contains(".mc-f1{fill:#0072B2}"))
        #expect(ChartPalette.plainStyleSheet.contains(".mc-halo{stroke:#FFFFFF;paint-order:stroke}"))
        // The same selectors in the same order: only the colour values differ.
        let selectors = { (css: String) in css.split(separator: "}").map { $0.prefix { $0 != "{" } } }
        #expect(selectors(ChartPalette.plainStyleSheet) == selectors(ChartPalette.styleSheet))
    }

    @Test func colourComesFromCustomPropertiesWithFallbacks() throws {
        let chart = GoldenCases.kinds.first { $0.name == "bar-grouped" }!.render()
        #expect(chart.svg.contains(".mc-f1{fill:var(--mieruka-chart-1,#0072B2)}"))
        #expect(chart.svg.contains(".mc-bg{fill:var(--mieruka-chart-bg,#FFFFFF)}"))
        let doc = try SVGDocument.parse(chart.svg)
        // Every series-coloured shape also carries its colour as an attribute, for renderers without var().
        for element in doc.elements {
            let classes = (element.attributes["class"] ?? "").split(separator: " ")
            for k in 1...ChartPalette.seriesColors.count where classes.contains("mc-f\(k)") {
                #expect(element.attributes["fill"] == ChartPalette.seriesColors[k - 1])
            }
            for k in 1...ChartPalette.seriesColors.count where classes.contains("mc-s\(k)") {
                #expect(element.attributes["stroke"] == ChartPalette.seriesColors[k - 1])
            }
        }
    }

    @Test func seriesDifferInMoreThanColour() throws {
        // Bars: the second and third series are patterned.
        let bars = try SVGDocument.parse(GoldenCases.kinds.first { $0.name == "bar-grouped" }!.render().svg)
        let fills = Set(bars.all("rect").compactMap { $0.attributes["fill"] }.filter { $0.hasPrefix("url(") })
        #expect(fills == ["url(#bar-grouped-fill-1)", "url(#bar-grouped-fill-2)"])
        // Lines: the projection is dashed, and each series has its own marker shape.
        let line = try SVGDocument.parse(GoldenCases.kinds[0].render().svg)
        let dashed = line.all("path").filter { $0.attributes["stroke-dasharray"] != nil }
        #expect(dashed.count == 1 && dashed[0].attributes["class"] == "mc-s2")
        let shapes = Set((0..<6).map { MarkerShape.forSeries($0) })
        #expect(shapes.count == 6)
        #expect(Set((0..<6).map { FillPattern.forSeries($0) }).count == 6)
    }

    @Test func defaultColoursContrastWithTheBackground() {
        for color in ChartPalette.seriesColors + [ChartPalette.axis] {
            #expect(ChartPalette.contrastRatio(color, ChartPalette.background) >= 3, "\(color)")
        }
        for color in [ChartPalette.text, ChartPalette.muted, ChartPalette.annotation] {
            #expect(ChartPalette.contrastRatio(color, ChartPalette.background) >= 4.5, "\(color)")
        }
        #expect(ChartPalette.contrastRatio("#E69F00", "#FFFFFF") < 3)  // why Okabe–Ito orange is left out
    }
}

@Suite struct EscapingTests {
    let chart = GoldenCases.edges.first { $0.name == "escaping" }!.render()

    @Test func dataTextCannotBecomeMarkup() throws {
        for raw in ["<script", "</script", "<b>", "<i>", "<u>", "]]>", "<!--"] {
            #expect(!chart.svg.contains(raw), "\(raw) left unescaped")
        }
        #expect(chart.svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &#39;q&#39;"))
        #expect(chart.svg.contains("]]&gt;&lt;!-- &quot;a&quot; --&gt;"))
    }

    @Test func escapedTextReadsBackUnchanged() throws {
        let doc = try SVGDocument.parse(ChartRenderer.standaloneFile(chart))
        #expect(doc.all("title").first?.text == "<script>alert(\"x\")</script> & ]]> 'q'")
        let texts = Set(doc.all("text").map(\.text))
        #expect(texts.isSuperset(of: ["<b>", "]]>", "<script>", "'\"&", "]]><!-- \"a\" -->", "値 & \"量\""]))
    }

    @Test func tableCellsStayPlainTextForThePageToEscape() {
        #expect(chart.table.headers == ["<i>ラベル</i>", "<script>（<u>）", "'\"&（<u>）"])
    }
}

@Suite struct RobustnessTests {
    static let oddTables: [DataTable] = [
        DataTable(fields: [], rows: []),
        DataTable(
            fields: [Field(name: "x", type: .boolean), Field(name: "y", type: .string)],
            rows: [[.boolean(true), .string("a")], [.boolean(false), .missing]]),
        DataTable(
            fields: [Field(name: "x", type: .date), Field(name: "y", type: .number)],
            rows: [
                [.date(LocalDate(iso: "2020-07-01")!), .number(0.001)],
                [.date(LocalDate(iso: "2020-07-02")!), .number(0.0015)],
                [.missing, .number(3)], [.date(LocalDate(iso: "2020-07-03")!)],
            ]),
        DataTable(
            fields: [
                Field(name: "x", type: .number), Field(name: "y", type: .number), Field(name: "s", type: .integer),
            ],
            rows: [
                [.number(-1.5), .number(-1e9), .integer(1)], [.number(2.25), .number(1e9), .integer(2)],
                [.number(2.25), .number(.infinity), .integer(2)], [.number(3), .number(0), .missing],
            ]),
        DataTable(
            fields: [Field(name: "x", type: .year), Field(name: "y", type: .integer)],
            rows: (0..<12).map { [.year(2000 + $0), .integer(0)] }),
    ]

    @Test(arguments: ChartSpec.Kind.allCases)
    func oddInputStillDrawsValidSVG(_ kind: ChartSpec.Kind) throws {
        for (i, table) in Self.oddTables.enumerated() {
            for series in [nil, "s", "missing-field"] as [String?] {
                for flags in [(false, false), (true, true)] {
                    let spec = ChartSpec(
                        id: "odd", kind: kind, x: "x", y: "y", series: series,
                        annotations: [.init(x: .string("2020-07-02"), label: "注")],
                        horizontal: flags.0, percent: flags.1)
                    let chart = ChartRenderer.render(spec, table: table, datasetTitle: "表\(i)", idPrefix: "odd")
                    _ = try SVGDocument.parse(ChartRenderer.standaloneFile(chart))
                    #expect(!chart.svg.contains("NaN") && !chart.svg.contains("inf"), "table \(i), \(kind)")
                }
            }
        }
    }
}
