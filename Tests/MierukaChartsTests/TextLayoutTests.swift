import Testing
@testable import MierukaCharts

@Suite struct TextMetricsTests {
    @Test func japaneseIsFullWidth() {
        #expect(TextMetrics.width(of: "3,400人", fontSize: 10) == 40)
        #expect(TextMetrics.width(of: "人口", fontSize: 13) == 26)
        #expect(TextMetrics.width(of: "", fontSize: 13) == 0)
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(TextMetrics.truncate("住民票の写しの交付申請", maxWidth: 60, fontSize: 10) == "住民票の写…")
        #expect(TextMetrics.truncate("短い", maxWidth: 60, fontSize: 10) == "短い")
    }

    @Test func wrapsIntoEvenLinesAtGoodBreaks() {
        #expect(
            TextMetrics.wrap("住民票の写しの交付申請（コンビニ交付を含む）", maxWidth: 120, fontSize: 10, maxLines: 2)
                == ["住民票の写しの交付申請", "（コンビニ交付を含む）"])
        #expect(
            TextMetrics.wrap("介護保険の要介護認定の申請", maxWidth: 120, fontSize: 10, maxLines: 2)
                == ["介護保険の", "要介護認定の申請"])
        #expect(TextMetrics.wrap("図書館の利用登録", maxWidth: 120, fontSize: 10, maxLines: 2) == ["図書館の利用登録"])
        // Three lines are as even as two, and end phrases rather than cut ワンストップ.
        #expect(
            TextMetrics.wrap("転入・転出の届出と関連する手続きのワンストップ化", maxWidth: 90, fontSize: 10, maxLines: 3)
                == ["転入・転出の届出と", "関連する手続きの", "ワンストップ化"])
        #expect(
            TextMetrics.wrap("住民票の写しの交付申請（コンビニ交付を含む）", maxWidth: 90, fontSize: 10, maxLines: 3)
                == ["住民票の写しの", "交付申請（コンビニ", "交付を含む）"])
    }

    @Test func neverBreaksAgainstKinsokuOrInsideWords() {
        // No line may start with 、 or a small kana, or end with （.
        for lines in [
            TextMetrics.wrap("あいうえお、かきくけこさしすせそ", maxWidth: 50, fontSize: 10, maxLines: 4),
            TextMetrics.wrap("ああああっかかかかかかかか", maxWidth: 50, fontSize: 10, maxLines: 4),
            TextMetrics.wrap("ああああ（かかかかかかかか）", maxWidth: 50, fontSize: 10, maxLines: 4),
        ] {
            #expect(lines.count > 1)
            for line in lines.dropFirst() {
                #expect(!line.hasPrefix("、") && !line.hasPrefix("っ") && !line.hasPrefix("）"))
            }
            for line in lines { #expect(!line.hasSuffix("（")) }
        }
        #expect(
            TextMetrics.wrap("Bandai DX strategy 2020", maxWidth: 80, fontSize: 10, maxLines: 3)
                == ["Bandai DX", "strategy 2020"])
    }

    @Test func lastLineIsTruncatedWhenLinesRunOut() {
        let lines = TextMetrics.wrap(String(repeating: "あ", count: 40), maxWidth: 100, fontSize: 10, maxLines: 2)
        #expect(lines == [String(repeating: "あ", count: 10), String(repeating: "あ", count: 9) + "…"])
    }
}

@Suite struct TickLabelLayoutTests {
    /// No two shown level labels overlap, by the same width estimate.
    func expectNoOverlap(
        _ layout: TickLabelLayout, _ labels: [String], _ positions: [Double], fontSize: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard layout.orientation == .level else { return }
        for (a, b) in zip(layout.shown, layout.shown.dropFirst()) {
            let need =
                (TextMetrics.width(of: labels[a], fontSize: fontSize)
                    + TextMetrics.width(of: labels[b], fontSize: fontSize)) / 2
            #expect(positions[b] - positions[a] >= need, sourceLocation: sourceLocation)
        }
    }

    @Test func shortLabelsStayLevel() {
        let labels = ["1980", "1990", "2000", "2010", "2020"]
        let positions = [50.0, 130, 210, 290, 370]
        let layout = TickLabelLayout.fit(labels: labels, positions: positions, fontSize: 13, maxRotatedExtent: 90)
        #expect(
            layout == TickLabelLayout(orientation: .level, shown: [0, 1, 2, 3, 4], maxLabelWidth: nil, extent: 19.5))
    }

    @Test func crowdedMonthsAreTurned() {
        let labels = ["2020年7月"] + (8...12).map { "\($0)月" } + ["2021年1月"] + (2...6).map { "\($0)月" }
        let positions = (0..<12).map { 60 + Double($0) * 34 }
        let layout = TickLabelLayout.fit(labels: labels, positions: positions, fontSize: 13, maxRotatedExtent: 90)
        #expect(layout.orientation == .rotated)
        #expect(layout.shown == Array(0..<12))
        #expect(layout.maxLabelWidth == nil)
    }

    @Test func manyYearsAreThinnedEvenly() {
        let labels = (1821...2020).map(String.init)
        let positions = (0..<200).map { 60 + Double($0) * 2 }
        let layout = TickLabelLayout.fit(labels: labels, positions: positions, fontSize: 13, maxRotatedExtent: 90)
        #expect(layout.orientation == .level)
        #expect(layout.shown.first == 0)
        let steps = Set(zip(layout.shown, layout.shown.dropFirst()).map { $1 - $0 })
        #expect(steps.count == 1)
        expectNoOverlap(layout, labels, positions, fontSize: 13)
    }

    @Test func longLabelsAreTurnedAndTruncated() {
        let labels = ["住民票の写しの交付申請（コンビニ交付を含む）", "児童手当の認定請求", "図書館の利用登録", "公共施設の予約"]
        let positions = [80.0, 180, 280, 380]
        let layout = TickLabelLayout.fit(labels: labels, positions: positions, fontSize: 13, maxRotatedExtent: 90)
        #expect(layout.orientation == .rotated)
        #expect(layout.shown == [0, 1, 2, 3])
        let limit = try! #require(layout.maxLabelWidth)
        #expect(limit < TextMetrics.width(of: labels[0], fontSize: 13))
        #expect(layout.extent <= 90 + 13)
    }

    @Test func noLabelsNoSpace() {
        #expect(TickLabelLayout.fit(labels: [], positions: [], fontSize: 13, maxRotatedExtent: 90).extent == 0)
    }
}
