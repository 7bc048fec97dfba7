import MierukaCore
import Testing
@testable import MierukaCharts

@Suite struct ProblemsTests {
    let trend = Sample.populationTrend

    @Test func aDrawableChartHasNoProblems() {
        #expect(trend.problems(in: Sample.population) == [])
        for c in GoldenCases.kinds { #expect(c.spec.problems(in: c.table) == [], "\(c.name)") }
    }

    @Test func missingFieldsSuggestTheIntendedOne() {
        var spec = trend
        spec.y = "popu"
        #expect(spec.problems(in: Sample.population) == [
            "chart 'trend' names field 'popu' for its y axis, which the dataset does not have; did you mean 'population'?",
        ])
        spec = trend
        spec.x = "yaer"
        #expect(spec.problems(in: Sample.population) == [
            "chart 'trend' names field 'yaer' for its x axis, which the dataset does not have; did you mean 'year'?",
        ])
        spec = trend
        spec.series = "category"
        spec.styles = [:]
        #expect(spec.problems(in: Sample.population) == [
            "chart 'trend' names field 'category' for its series, which the dataset does not have; its fields are 'year', 'population', 'kind'",
        ])
    }

    @Test func yMustBeANumber() {
        var spec = trend
        spec.y = "kind"
        #expect(spec.problems(in: Sample.population) == [
            "chart 'trend' needs a number field for its y axis, but 'kind' is a string field",
        ])
        spec.y = "year"
        #expect(spec.problems(in: Sample.population) == [
            "chart 'trend' needs a number field for its y axis, but 'year' is a year field",
        ])
    }

    @Test func stylesMustNameASeries() {
        var spec = trend
        spec.styles = ["推計": .init(dashed: true)]
        #expect(spec.problems(in: Sample.population) == [
            "chart 'trend' gives a style for series '推計', but the 'kind' field has no such value; did you mean '推計値'?",
        ])
        spec.series = nil
        spec.styles = ["推計値": .init(dashed: true), "population": .init(dashed: true)]
        spec.annotations = []
        #expect(spec.problems(in: DataTable(fields: Sample.population.fields, rows: Array(Sample.population.rows.prefix(14)))) == [
            "chart 'trend' gives a style for series '推計値', but it has no series field; without one, the only series is 'population'",
        ])
    }

    @Test func optionsThatTheKindDoesNotUse() {
        let spec = ChartSpec(id: "trend", kind: .line, x: "year", y: "population", series: "kind", horizontal: true, percent: true)
        #expect(spec.problems(in: Sample.population) == [
            "chart 'trend' sets 'horizontal', which only bar and stacked-bar charts use",
            "chart 'trend' sets 'percent', which only stacked-bar charts use",
        ])
    }

    @Test func annotationsMustFitTheAxis() {
        var spec = trend
        spec.annotations = [.init(x: .string("2020-07"), label: "x"), .init(x: .year(1900), label: "y"),
                            .init(x: .integer(2020), label: "a number is read as a year"), .init(x: .string("2019"), label: "so is text")]
        #expect(spec.problems(in: Sample.population) == [
            "chart 'trend' has an annotation at '2020-07', which is not a year like the 'year' field",
            "chart 'trend' has an annotation at 1900, outside the data's range 1955–2040; it is not drawn",
        ])
        let seals = ChartSpec(id: "seals", kind: .bar, x: "when", y: "procedures", annotations: [.init(x: .string("見直し後（2020年）"), label: "x")])
        #expect(seals.problems(in: Sample.seals) == [
            "chart 'seals' has an annotation at '見直し後（2020年）', but the 'when' field has no such value; did you mean '見直し後（2021年）'?",
        ])
    }

    @Test func repeatedRowsAreReported() {
        var table = Sample.population
        table.rows.append([.year(2020), .integer(3450), .string("実績")])
        #expect(trend.problems(in: table) == [
            "chart 'trend' has more than one row for 2020 in series '実績'; only the first is drawn",
        ])
    }

    @Test func progressChartsShowPercentagesOfOneSeries() {
        let spec = ChartSpec(id: "progress", kind: .progress, x: "initiative", y: "progress", series: "initiative")
        var table = Sample.initiatives
        table.rows.append([.string("目標を超えた取り組み"), .integer(120)])
        #expect(spec.problems(in: table) == [
            "chart 'progress' is a progress chart, which draws one bar per row and has no series; remove 'series'",
            "chart 'progress' draws percentages from 0 to 100, but '目標を超えた取り組み' has 120",
        ])
    }

    @Test func anEmptyDatasetNamesNoFields() {
        let spec = ChartSpec(id: "c", kind: .bar, x: "a", y: "b")
        #expect(spec.problems(in: DataTable(fields: [], rows: [])) == [
            "chart 'c' names field 'a' for its x axis, which the dataset does not have; the dataset has no fields",
            "chart 'c' names field 'b' for its y axis, which the dataset does not have; the dataset has no fields",
        ])
    }
}
