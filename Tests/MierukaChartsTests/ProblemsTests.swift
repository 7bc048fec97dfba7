import MierukaCore
import Testing
@testable import MierukaCharts

@Suite struct ProblemsTests {
    let trend = Sample.populationTrend

    @Test func aDrawableChartHasNoProblems() {
        #expect(trend.findings(in: Sample.population) == [])
        for c in GoldenCases.kinds + GoldenCases.annotated { #expect(c.spec.findings(in: c.table) == [], "\(c.name)") }
    }

    @Test func missingFieldsSuggestTheIntendedOne() {
        var spec = trend
        spec.y = "popu"
        #expect(
            errors(of: spec, in: Sample.population) == [
                "chart 'trend' names the field 'popu' for its y axis, which the dataset does not have; did you mean 'population'?"
            ])
        spec = trend
        spec.x = "yaer"
        #expect(
            errors(of: spec, in: Sample.population) == [
                "chart 'trend' names the field 'yaer' for its x axis, which the dataset does not have; did you mean 'year'?"
            ])
        spec = trend
        spec.series = "category"
        spec.styles = [:]
        #expect(
            errors(of: spec, in: Sample.population) == [
                "chart 'trend' names the field 'category' for its series, which the dataset does not have"
            ])
    }

    @Test func yMustBeANumber() {
        var spec = trend
        spec.y = "kind"
        #expect(
            errors(of: spec, in: Sample.population) == [
                "chart 'trend' needs a number field for its y axis, but 'kind' is a string field"
            ])
        spec.y = "year"
        #expect(
            errors(of: spec, in: Sample.population) == [
                "chart 'trend' needs a number field for its y axis, but 'year' is a year field"
            ])
    }

    @Test func stylesMustNameASeries() {
        var spec = trend
        spec.styles = ["推計": .init(dashed: true)]
        #expect(
            errors(of: spec, in: Sample.population) == [
                "chart 'trend' gives a style for series '推計', but the 'kind' field has no such value; did you mean '推計値'?"
            ])
        spec.series = nil
        spec.styles = ["推計値": .init(dashed: true), "population": .init(dashed: true)]
        spec.annotations = []
        #expect(
            errors(
                of: spec,
                in: DataTable(fields: Sample.population.fields, rows: Array(Sample.population.rows.prefix(14)))) == [
                    "chart 'trend' gives a style for series '推計値', but it has no series field; without one, the only series is 'population'"
                ])
    }

    @Test func optionsThatTheKindDoesNotUse() {
        let spec = ChartSpec(
            id: "trend", kind: .line, x: "year", y: "population", series: "kind", horizontal: true, percent: true)
        #expect(
            errors(of: spec, in: Sample.population) == [
                "chart 'trend' sets 'horizontal', which only bar and stacked-bar charts use",
                "chart 'trend' sets 'percent', which only stacked-bar charts use",
            ])
    }

    @Test func annotationsThatCannotBePlacedAreWarnings() {
        var spec = trend
        spec.annotations = [
            .init(x: .string("2020-07"), label: "x"), .init(x: .year(1900), label: "y"),
            .init(x: .integer(2020), label: "a number is read as a year"),
            .init(x: .string("2019"), label: "so is text"),
        ]
        #expect(
            spec.findings(in: Sample.population) == [
                .init(
                    severity: .warning,
                    message: "chart 'trend' has an annotation at '2020-07', which is not a year like the 'year' field",
                    setting: .annotation(0)),
                .init(
                    severity: .warning,
                    message:
                        "chart 'trend' has an annotation at 1900, outside the data's range 1955–2040; it is not drawn",
                    setting: .annotation(1)),
            ])
        #expect(errors(of: spec, in: Sample.population) == [])
        let seals = ChartSpec(
            id: "seals", kind: .bar, x: "when", y: "procedures",
            annotations: [.init(x: .string("見直し後（2020年）"), label: "x")])
        #expect(
            seals.findings(in: Sample.seals) == [
                .init(
                    severity: .warning,
                    message:
                        "chart 'seals' has an annotation at '見直し後（2020年）', but the 'when' field has no such value; did you mean '見直し後（2021年）'?",
                    setting: .annotation(0)
                )
            ])
    }

    @Test func barsMarkOnlyTheYearsTheyStandOn() {
        let spec = ChartSpec(
            id: "ages", kind: .bar, x: "year", y: "people", series: "band",
            annotations: [
                .init(x: .year(1995), label: "between two bars"), .init(x: .year(2000), label: "on a bar"),
                .init(x: .year(2030), label: "after the last"),
            ])
        #expect(
            spec.findings(in: Sample.ageBands) == [
                .init(
                    severity: .warning,
                    message: "chart 'ages' has an annotation at 1995, where no bar stands; it is not drawn",
                    setting: .annotation(0)),
                .init(
                    severity: .warning,
                    message:
                        "chart 'ages' has an annotation at 2030, outside the data's range 1980–2020; it is not drawn",
                    setting: .annotation(2)),
            ])
    }

    @Test func chartsWithoutAnXAxisDrawNoAnnotations() {
        let spark = ChartSpec(
            id: "spark", kind: .sparkline, x: "year", y: "population", annotations: [.init(x: .year(2020), label: "DX")]
        )
        let actual = DataTable(fields: Sample.population.fields, rows: Array(Sample.population.rows.prefix(14)))
        #expect(
            spark.findings(in: actual) == [
                .init(
                    severity: .warning,
                    message:
                        "chart 'spark' is a sparkline, which has no axes to mark; the annotation at 2020 is not drawn",
                    setting: .annotation(0))
            ])
        let progress = ChartSpec(
            id: "progress", kind: .progress, x: "initiative", y: "progress",
            annotations: [.init(x: .string("押印の見直し"), label: "完了")])
        #expect(
            progress.findings(in: Sample.initiatives) == [
                .init(
                    severity: .warning,
                    message:
                        "chart 'progress' is a progress chart, which has no x axis to mark; the annotation at 押印の見直し is not drawn",
                    setting: .annotation(0)
                )
            ])
    }

    @Test func pointsOfAPercentChartStayWithin100() {
        let spec = ChartSpec(
            id: "shares", kind: .stackedBar, x: "year", y: "people", series: "band",
            annotations: [.init(x: .year(2020), label: "ok", y: 30), .init(x: .year(2020), label: "too high", y: 120)],
            percent: true)
        #expect(
            spec.findings(in: Sample.ageBands) == [
                .init(
                    severity: .warning,
                    message:
                        "chart 'shares' has an annotation at 2020 with y 120, outside the 0–100 % of a percent chart; it is not drawn",
                    setting: .annotation(1)
                )
            ])
    }

    @Test func repeatedRowsAreWarnings() {
        var table = Sample.population
        table.rows.append([.year(2020), .integer(3450), .string("実績")])
        #expect(
            trend.findings(in: table) == [
                .init(
                    severity: .warning,
                    message: "chart 'trend' has more than one row for 2020 in series '実績'; only the first is drawn")
            ])
        #expect(errors(of: trend, in: table) == [])
    }

    @Test func manyRepeatedRowsAreSummedUp() {
        // Every year from 2001 to 2030 twice: 30 repeated rows, of which 20 are named.
        let once = Sample.yearly((0..<30).map { .integer($0) }, from: 2001)
        let doubled = DataTable(fields: once.fields, rows: once.rows + once.rows)
        let findings = ChartSpec(id: "d", kind: .line, x: "year", y: "value").findings(in: doubled)
        #expect(findings.count == 21)
        #expect(
            findings.first
                == .init(
                    severity: .warning, message: "chart 'd' has more than one row for 2001; only the first is drawn"))
        #expect(
            findings.last
                == .init(
                    severity: .warning,
                    message: "chart 'd' has more than one row for 10 more x values; only the first row of each is drawn"
                ))
    }

    @Test func barsBeyondWhatFitsAreAWarning() {
        let table = Sample.yearly((0..<300).map { .integer($0) }, from: 1701)
        #expect(
            ChartSpec(id: "many", kind: .bar, x: "year", y: "value").findings(in: table) == [
                .init(
                    severity: .warning,
                    message: "chart 'many' has 300 categories along its x axis, more than the 188 bars that fit; "
                        + "only the first 188 are drawn, and a line chart would show them all")
            ])
        #expect(
            ChartSpec(id: "many", kind: .bar, x: "year", y: "value", horizontal: true).findings(in: table).map(
                \.message) == [
                    "chart 'many' has 300 categories along its x axis, more than the 60 bars that fit; "
                        + "only the first 60 are drawn, and a line chart would show them all"
                ])
        #expect(ChartSpec(id: "many", kind: .line, x: "year", y: "value").findings(in: table) == [])
        let rows = DataTable(
            fields: Sample.initiatives.fields, rows: (1...61).map { [.string("取り組み\($0)"), .integer($0)] })
        #expect(
            ChartSpec(id: "p", kind: .progress, x: "initiative", y: "progress").findings(in: rows) == [
                .init(
                    severity: .warning,
                    message: "chart 'p' has 61 rows, more than the 60 bars that fit; only the first 60 are drawn")
            ])
    }

    @Test func fieldsComeFirstAndEveryFindingNamesItsSetting() {
        var spec = trend
        spec.y = "popu"
        spec.annotations = [.init(x: .year(1900), label: "y")]
        spec.horizontal = true
        // A field that does not exist is the only finding: nothing else can be checked until it is right.
        #expect(
            spec.findings(in: Sample.population) == [
                .init(
                    severity: .error,
                    message:
                        "chart 'trend' names the field 'popu' for its y axis, which the dataset does not have; did you mean 'population'?",
                    setting: .y)
            ])
        spec.y = "population"
        spec.styles = ["推計": .init(dashed: true)]
        #expect(spec.findings(in: Sample.population).map(\.setting) == [.style("推計"), .horizontal, .annotation(0)])
        #expect(spec.findings(in: Sample.population).map(\.severity) == [.error, .error, .warning])
        spec = trend
        spec.series = "category"
        spec.styles = [:]
        #expect(
            spec.findings(in: Sample.population).map(\.hint) == ["the dataset's fields are: year, population, kind"])
        spec.series = "kind"
        spec.y = "kind"
        #expect(
            spec.findings(in: Sample.population).map(\.hint) == ["the dataset's number fields are: population"])
        #expect(
            ChartSpec(id: "c", kind: .bar, x: "a", y: "b").findings(in: DataTable(fields: [], rows: [])).map(\.hint)
                == ["the dataset has no fields", "the dataset has no fields"])
    }

    @Test func progressChartsShowPercentagesOfOneSeries() {
        let spec = ChartSpec(id: "progress", kind: .progress, x: "initiative", y: "progress", series: "initiative")
        var table = Sample.initiatives
        table.rows.append([.string("目標を超えた取り組み"), .integer(120)])
        #expect(
            spec.findings(in: table) == [
                .init(
                    severity: .error,
                    message:
                        "chart 'progress' is a progress chart, which draws one bar per row and has no series; remove 'series'",
                    setting: .series
                ),
                .init(
                    severity: .error,
                    message: "chart 'progress' draws percentages from 0 to 100, but '目標を超えた取り組み' has 120"),
            ])
    }

    @Test func anEmptyDatasetNamesNoFields() {
        let spec = ChartSpec(id: "c", kind: .bar, x: "a", y: "b")
        #expect(
            errors(of: spec, in: DataTable(fields: [], rows: [])) == [
                "chart 'c' names the field 'a' for its x axis, which the dataset does not have",
                "chart 'c' names the field 'b' for its y axis, which the dataset does not have",
            ])
    }
}

/// The messages of the errors among a declaration's findings, in order.
private func errors(of spec: ChartSpec, in table: DataTable) -> [String] {
    spec.findings(in: table).filter { $0.severity == .error }.map(\.message)
}
