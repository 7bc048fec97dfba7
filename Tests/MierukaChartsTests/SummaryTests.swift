import MierukaCore
import Testing
@testable import MierukaCharts

@Suite struct SummaryTests {
    func summary(_ spec: ChartSpec, _ table: DataTable) -> String {
        ChartRenderer.render(spec, table: table, datasetTitle: "t", idPrefix: "s").summary
    }

    let actual = DataTable(fields: Sample.population.fields, rows: Array(Sample.population.rows.prefix(14)))

    @Test func describesRangeChangeAndExtremes() {
        #expect(
            summary(ChartSpec(id: "a", kind: .line, x: "year", y: "population"), actual)
                == "1955年の7,800人から2020年の3,400人に減少。最大は1955年の7,800人、最小は2020年の3,400人。")
        #expect(
            summary(ChartSpec(id: "a", kind: .line, x: "month", y: "count"), Sample.inspections)
                == "2020年7月1日の4件から2021年6月1日の27件に増加。最大は2021年6月1日の27件、最小は2020年7月1日の4件。")
    }

    @Test func namesEachSeries() {
        #expect(
            summary(Sample.populationTrend, Sample.population)
                == "実績：1955年の7,800人から2020年の3,400人に減少。最大は1955年の7,800人、最小は2020年の3,400人。"
                + "推計値：2020年の3,400人から2040年の2,200人に減少。最大は2020年の3,400人、最小は2040年の2,200人。"
                + "注記：2020年「DX戦略開始」。")
    }

    @Test func edgeCases() {
        let line = ChartSpec(id: "a", kind: .line, x: "year", y: "value")
        #expect(summary(line, Sample.yearly([])) == "データがありません。")
        #expect(summary(line, Sample.yearly([.integer(3400)], from: 2020)) == "2020年の3,400人。")
        #expect(summary(line, Sample.yearly(Array(repeating: .integer(3400), count: 8))) == "2011年から2018年まで3,400人で横ばい。")
        #expect(
            summary(line, Sample.yearly([.integer(3900), .missing, .integer(3600), .missing, .integer(3900)]))
                == "2011年の3,900人から2015年の3,900人で変わらず。最大は2011年の3,900人、最小は2013年の3,600人。欠測2件。")
        #expect(
            summary(line, Sample.yearly([.integer(-120), .integer(30)], unit: nil))
                == "2011年の-120から2012年の30に増加。最大は2012年の30、最小は2011年の-120。")
    }

    @Test func categoriesHaveNoDirection() {
        #expect(
            summary(ChartSpec(id: "s", kind: .bar, x: "when", y: "procedures"), Sample.seals)
                == "2項目。最大は見直し前（2019年）の320件、最小は見直し後（2021年）の12件。")
    }

    @Test func percentStacksDescribeShares() {
        let spec = ChartSpec(id: "p", kind: .stackedBar, x: "year", y: "people", series: "band", percent: true)
        #expect(summary(spec, Sample.ageBands).hasPrefix("0–14歳：1980年の23.21%から2020年の10.29%に減少。"))
    }

    @Test func progressListsEveryRow() {
        #expect(
            summary(ChartSpec(id: "p", kind: .progress, x: "initiative", y: "progress"), Sample.initiatives)
                == "行政手続きのオンライン化は60%、押印の見直しは100%、窓口のキャッシュレス化は35%、"
                + "庁内のペーパーレス化は20%、オープンデータの公開は80%、デジタル人材の育成は45%。")
    }

    @Test func aHandWrittenDescriptionWins() {
        var spec = Sample.populationTrend
        spec.description = "人口は65年で半分以下に減り、20年後には2,000人台になる見込みです。"
        let chart = ChartRenderer.render(spec, table: Sample.population, datasetTitle: "t", idPrefix: "p")
        #expect(chart.summary == spec.description)
        #expect(chart.svg.contains("<desc id=\"p-desc\">人口は65年で半分以下に減り、20年後には2,000人台になる見込みです。</desc>"))
    }
}

@Suite struct ChartTableTests {
    @Test func seriesBecomeColumns() {
        let table = ChartRenderer.render(
            Sample.populationTrend, table: Sample.population, datasetTitle: "人口", idPrefix: "p"
        ).table
        #expect(table.caption == "磐梯町の人口の推移（例示）")
        #expect(table.headers == ["年", "実績（人）", "推計値（人）"])
        #expect(table.rows.first == ["1955年", "7,800", "—"])
        #expect(table.rows.contains(["2020年", "3,400", "3,400"]))
        #expect(table.rows.last == ["2040年", "—", "2,200"])
        #expect(table.rows.count == 18)
    }

    @Test func progressRowsStayInOrder() {
        let table = ChartRenderer.render(
            ChartSpec(id: "p", kind: .progress, x: "initiative", y: "progress"),
            table: Sample.initiatives, datasetTitle: "進捗", idPrefix: "p"
        ).table
        #expect(table.caption == "進捗")
        #expect(table.headers == ["取り組み", "進捗（%）"])
        #expect(table.rows.prefix(2) == [["行政手続きのオンライン化", "60"], ["押印の見直し", "100"]])
    }

    @Test func percentStacksListTheValuesThemselves() {
        let spec = ChartSpec(id: "p", kind: .stackedBar, x: "year", y: "people", series: "band", percent: true)
        let table = ChartRenderer.render(spec, table: Sample.ageBands, datasetTitle: "t", idPrefix: "p").table
        #expect(table.headers == ["年", "0–14歳（人）", "15–64歳（人）", "65歳以上（人）"])
        #expect(table.rows.first == ["1980年", "1,300", "3,600", "700"])
    }
}
