import MierukaCore
import Testing
@testable import MierukaCharts

@Suite struct AnnotationTests {
    let plot = PlotArea(left: 50, top: 40, right: 460, bottom: 230)

    /// Lines and points crowded together, at the edges and on top of each other.
    var crowd: [AnnotationMark] {
        var marks: [AnnotationMark] = []
        for k in 0..<8 {
            marks.append(AnnotationMark(place: .across(x: 50 + Double(k * 37 % 410), gaps: []), label: "線の注記\(k)"))
        }
        for k in 0..<10 {
            let x = 50 + Double(k * 53 % 410), y = 40 + Double(k * 29 % 190)
            marks.append(AnnotationMark(place: .point(x: x, y: y), label: k % 3 == 0 ? "長めの点の注記\(k)" : "点\(k)"))
        }
        marks.append(AnnotationMark(place: .point(x: 460, y: 40), label: "右上の角"))
        marks.append(AnnotationMark(place: .point(x: 50, y: 230), label: "左下の角"))
        return marks
    }

    func boxes(_ layout: AnnotationLayout) -> [LabelBox] {
        layout.placed.map {
            LabelBox(
                text: $0.text, x: $0.x, baseline: $0.baseline, anchor: $0.anchor, size: AnnotationLayout.style.size)
        }
    }

    @Test func labelsNeverOverlapEachOtherPointsOrTheEdges() {
        let marks = crowd
        let layout = AnnotationLayout(marks, plot: plot)
        let placed = boxes(layout)
        #expect(placed.count == marks.count, "only \(placed.count) of \(marks.count) labels found room")
        for (i, a) in placed.enumerated() {
            #expect(a.inside(plot), "\(layout.placed[i].text) leaves the plot")
            for b in placed[(i + 1)...] {
                #expect(!a.overlaps(b, gap: 0), "\(layout.placed[i].text) overlaps another label")
            }
            for case .point(let x, let y) in marks.map(\.place) {
                #expect(
                    !a.overlaps(LabelBox(left: x - 4.5, top: y - 4.5, right: x + 4.5, bottom: y + 4.5), gap: 0),
                    "\(layout.placed[i].text) covers a point")
            }
        }
    }

    @Test func aLabelWiderThanThePlotIsShortenedToFit() throws {
        let long = AnnotationMark(place: .across(x: 455, gaps: []), label: String(repeating: "幅より長い注記", count: 10))
        let p = try #require(AnnotationLayout([long], plot: plot).placed.first)
        #expect(p.text.hasPrefix("幅より長い注記") && p.text.hasSuffix("…"))
        let box = LabelBox(
            text: p.text, x: p.x, baseline: p.baseline, anchor: p.anchor, size: AnnotationLayout.style.size)
        #expect(box.inside(plot))
    }

    @Test func aLabelWithNoRoomLeftIsLeftOut() {
        // More lines at one x than rows in the plot: the extra labels are not drawn on top of others.
        let marks = (0..<20).map { AnnotationMark(place: .across(x: 100, gaps: []), label: "注記\($0)") }
        let layout = AnnotationLayout(marks, plot: plot)
        #expect(layout.placed.count == Int(plot.height / AnnotationLayout.rowHeight))
        #expect(layout.placed.map(\.text) == (0..<layout.placed.count).map { "注記\($0)" })
    }

    @Test func layoutIsTheSameEveryTime() {
        let a = AnnotationLayout(crowd, plot: plot), b = AnnotationLayout(crowd.reversed(), plot: plot)
        let key = { (l: AnnotationLayout) in l.placed.map { "\($0.text)@\($0.x),\($0.baseline)" }.sorted() }
        #expect(key(a) == key(AnnotationLayout(crowd, plot: plot)))
        // Ties are broken by declaration order, so only the two labels at the same spot may trade places.
        #expect(Set(key(a)).intersection(key(b)).count >= key(a).count - 2)
    }

    @Test func aPointLabelSitsBesideItsPointWhenThereIsRoom() throws {
        let layout = AnnotationLayout([AnnotationMark(place: .point(x: 200, y: 100), label: "目標")], plot: plot)
        let p = try #require(layout.placed.first)
        #expect(p.anchor == "start" && p.x > 200 && p.x < 215 && p.leader == nil)
        // At the right edge it goes to the left; in the top corner it is nudged down into the plot.
        let corner = try #require(
            AnnotationLayout([AnnotationMark(place: .point(x: 460, y: 40), label: "目標")], plot: plot).placed.first)
        #expect(corner.anchor == "end" && corner.x < 460 && corner.baseline - AnnotationLayout.style.size >= 40)
    }

    @Test func labelsMakeRoomForObstaclesAndGetALeaderWhenMovedAway() throws {
        let point = AnnotationMark(place: .point(x: 200, y: 100), label: "目標")
        // Values written all around the point.
        let walls = [LabelBox(left: 150, top: 60, right: 260, bottom: 125)]
        let layout = AnnotationLayout([point], plot: plot, avoiding: walls)
        let p = try #require(layout.placed.first)
        let box = LabelBox(
            text: p.text, x: p.x, baseline: p.baseline, anchor: p.anchor, size: AnnotationLayout.style.size)
        #expect(!box.overlaps(walls[0], gap: 0))
        #expect(p.leader != nil)
    }

    @Test func linesAreBrokenAroundValues() {
        #expect(AnnotationLayout.segments(from: 0, to: 100, skipping: []).map { [$0.0, $0.1] } == [[0, 100]])
        #expect(
            AnnotationLayout.segments(from: 0, to: 100, skipping: [60...70, 10...20]).map { [$0.0, $0.1] } == [
                [0, 10], [20, 60], [70, 100],
            ])
        #expect(
            AnnotationLayout.segments(from: 0, to: 100, skipping: [-5...10, 95...120]).map { [$0.0, $0.1] } == [
                [10, 95]
            ])
    }

    @Test func theInitialiserStaysSourceCompatible() {
        let note = ChartSpec.Annotation(x: .year(2020), label: "DX戦略開始")
        #expect(note.y == nil)
        #expect(ChartSpec.Annotation(x: .year(2030), label: "目標", y: 3000).y == 3000)
    }

    @Test func theDescriptionNamesEveryDrawnAnnotation() {
        var spec = Sample.populationTrend
        spec.annotations.append(.init(x: .year(2030), label: "目標", y: 3000))
        spec.annotations.append(.init(x: .year(1900), label: "範囲外"))
        let chart = ChartRenderer.render(spec, table: Sample.population, datasetTitle: "t", idPrefix: "p")
        #expect(chart.summary.hasSuffix("注記：2020年「DX戦略開始」、2030年の3,000人「目標」。"))
        let bars = ChartRenderer.render(
            GoldenCases.annotated.first { $0.name == "bar-annotations" }!.spec, table: Sample.migration,
            datasetTitle: "t", idPrefix: "b")
        #expect(bars.summary.hasSuffix("注記：2018年「移住支援を開始」、2020年の50人「目標 50人」、2016年の-85人「底」。"))
    }

    @Test func theValueAxisReachesEveryPoint() throws {
        var spec = ChartSpec(
            id: "a", kind: .line, x: "year", y: "value", annotations: [.init(x: .year(2012), label: "目標", y: 9_000)])
        let table = Sample.yearly([3900, 3800, 3700].map(Value.integer))
        var doc = try SVGDocument.parse(ChartRenderer.render(spec, table: table, datasetTitle: "t", idPrefix: "a").svg)
        #expect(doc.all("text").contains { $0.text == "10,000人" })
        #expect(doc.all("circle").filter { $0.attributes["class"] == "mc-annotation mc-bg" }.count == 1)
        spec.kind = .bar
        doc = try SVGDocument.parse(ChartRenderer.render(spec, table: table, datasetTitle: "t", idPrefix: "a").svg)
        #expect(doc.all("text").contains { $0.text == "10,000人" })
    }

    @Test func everyKindWithAnXAxisDrawsItsAnnotations() throws {
        for kind in [ChartSpec.Kind.line, .bar, .stackedBar] {
            for horizontal in kind == .line ? [false] : [false, true] {
                let spec = ChartSpec(
                    id: "a", kind: kind, x: "year", y: "people", series: "band",
                    annotations: [.init(x: .year(2000), label: "線"), .init(x: .year(2010), label: "点", y: 500)],
                    horizontal: horizontal)
                let doc = try SVGDocument.parse(
                    ChartRenderer.render(spec, table: Sample.ageBands, datasetTitle: "t", idPrefix: "a").svg)
                let texts = doc.all("text").filter { $0.attributes["class"]?.hasPrefix("mc-annotation-text") == true }
                    .map(\.text)
                #expect(texts.sorted() == ["点", "線"], "\(kind) horizontal: \(horizontal)")
                #expect(doc.all("line").contains { $0.attributes["class"] == "mc-annotation" })
                #expect(doc.all("circle").filter { $0.attributes["class"] == "mc-annotation mc-bg" }.count == 1)
            }
        }
        // Percent charts draw no point outside 0–100 %.
        let percent = ChartSpec(
            id: "p", kind: .stackedBar, x: "year", y: "people", series: "band",
            annotations: [.init(x: .year(2010), label: "範囲外", y: 120)], percent: true)
        let doc = try SVGDocument.parse(
            ChartRenderer.render(percent, table: Sample.ageBands, datasetTitle: "t", idPrefix: "p").svg)
        #expect(doc.all("circle").filter { $0.attributes["class"] == "mc-annotation mc-bg" }.isEmpty)
    }
}
