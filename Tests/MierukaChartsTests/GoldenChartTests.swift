import Foundation
import MierukaCore
import Testing
@testable import MierukaCharts
import MierukaTestSupport

/// One chart drawn into one golden file.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    var name: String
    var spec: ChartSpec
    var table: DataTable
    var datasetTitle = "サンプル"

    var testDescription: String { name }

    func render() -> RenderedChart {
        ChartRenderer.render(spec, table: table, datasetTitle: datasetTitle, idPrefix: name)
    }
}

enum GoldenCases {
    static let all: [GoldenCase] = kinds + edges + annotated + big

    /// One or more per chart kind, from the sample site's datasets.
    static let kinds: [GoldenCase] = [
        GoldenCase(name: "line-population", spec: Sample.populationTrend, table: Sample.population),
        GoldenCase(
            name: "line-single-series",
            spec: ChartSpec(id: "actual", kind: .line, x: "year", y: "population"),
            table: DataTable(fields: Sample.population.fields, rows: Array(Sample.population.rows.prefix(14))),
            datasetTitle: "人口の推移（例示）"),
        GoldenCase(
            name: "line-dates",
            spec: ChartSpec(
                id: "inspections", kind: .line, title: "オンライン検査の件数（例示）",
                x: "month", y: "count",
                annotations: [.init(x: .date(LocalDate(iso: "2021-01-01")!), label: "全課で開始")]),
            table: Sample.inspections),
        GoldenCase(
            name: "line-direct-labels",
            spec: ChartSpec(
                id: "ages", kind: .line, title: "年齢階級別の人口（例示）",
                x: "year", y: "people", series: "band"),
            table: Sample.ageBands),
        GoldenCase(
            name: "bar-seals",
            spec: ChartSpec(id: "seals", kind: .bar, title: "押印が必要な手続き（例示）", x: "when", y: "procedures"),
            table: Sample.seals),
        GoldenCase(
            name: "bar-grouped",
            spec: ChartSpec(id: "ages", kind: .bar, title: "年齢階級別の人口（例示）", x: "year", y: "people", series: "band"),
            table: Sample.ageBands),
        GoldenCase(
            name: "bar-horizontal",
            spec: ChartSpec(
                id: "ages", kind: .bar, title: "年齢階級別の人口（例示）", x: "year", y: "people",
                series: "band", horizontal: true),
            table: Sample.ageBands),
        GoldenCase(
            name: "stacked-bar-ages",
            spec: ChartSpec(
                id: "ages", kind: .stackedBar, title: "年齢階級別の人口（例示）",
                x: "year", y: "people", series: "band"),
            table: Sample.ageBands),
        GoldenCase(
            name: "stacked-bar-percent",
            spec: ChartSpec(
                id: "shares", kind: .stackedBar, title: "年齢階級別の人口の割合（例示）",
                x: "year", y: "people", series: "band", percent: true),
            table: Sample.ageBands),
        GoldenCase(
            name: "stacked-bar-horizontal",
            spec: ChartSpec(
                id: "shares", kind: .stackedBar, x: "year", y: "people",
                series: "band", horizontal: true, percent: true),
            table: Sample.ageBands, datasetTitle: "年齢階級別の人口（例示）"),
        GoldenCase(
            name: "progress-initiatives",
            spec: ChartSpec(
                id: "progress", kind: .progress, title: "重点取り組みの進捗（例示）",
                x: "initiative", y: "progress"),
            table: Sample.initiatives),
        GoldenCase(
            name: "sparkline-population", spec: ChartSpec(id: "spark", kind: .sparkline, x: "year", y: "population"),
            table: DataTable(fields: Sample.population.fields, rows: Array(Sample.population.rows.prefix(14))),
            datasetTitle: "人口"),
    ]

    static let longLabels = DataTable(
        fields: [
            Field(name: "service", title: "手続き", type: .string),
            Field(name: "users", title: "利用者数", type: .integer, unit: "人"),
        ],
        rows: [
            ("住民票の写しの交付申請（コンビニ交付を含む）", 1200), ("転入・転出の届出と関連する手続きのワンストップ化", 830),
            ("児童手当の認定請求", 410), ("介護保険の要介護認定の申請", 260), ("水道の使用開始・中止の届出", 150),
            ("粗大ごみの収集の申込み", 95), ("図書館の利用登録", 60), ("公共施設の予約", 540),
        ].map { [.string($0.0), .integer($0.1)] })

    /// The edge cases the issue names: each must draw sensibly.
    static let edges: [GoldenCase] = [
        GoldenCase(
            name: "line-one-point", spec: ChartSpec(id: "one", kind: .line, x: "year", y: "value"),
            table: Sample.yearly([.integer(3400)], from: 2020)),
        GoldenCase(
            name: "line-all-equal", spec: ChartSpec(id: "flat", kind: .line, x: "year", y: "value"),
            table: Sample.yearly(Array(repeating: .integer(3400), count: 8))),
        GoldenCase(
            name: "line-negative", spec: ChartSpec(id: "net", kind: .line, x: "year", y: "net"),
            table: Sample.migration,
            datasetTitle: "社会増減（例示）"),
        GoldenCase(
            name: "line-missing", spec: ChartSpec(id: "gaps", kind: .line, x: "year", y: "value"),
            table: Sample.yearly([
                .integer(3900), .integer(3850), .missing, .integer(3700), .missing, .integer(3600),
                .missing, .integer(3500), .integer(3400),
            ])),
        GoldenCase(
            name: "line-200-points",
            spec: ChartSpec(id: "daily", kind: .line, title: "窓口の利用者数（例示）", x: "day", y: "visitors"),
            table: DataTable(
                fields: [
                    Field(name: "day", title: "日", type: .date),
                    Field(name: "visitors", title: "利用者", type: .integer, unit: "人"),
                ],
                rows: (0..<200).map { i in
                    [
                        .date(LocalDate(daysSinceEpoch: LocalDate(iso: "2020-04-01")!.daysSinceEpoch + i)),
                        .integer(40 + (i * 37 % 23) + i / 8 - (i % 7 == 0 ? 30 : 0)),
                    ]
                })),
        GoldenCase(
            name: "line-series-one-point",
            spec: ChartSpec(
                id: "mixed", kind: .line, x: "year", y: "population", series: "kind",
                styles: ["推計値": .init(dashed: true, label: "推計値（国の推計）")]),
            table: DataTable(
                fields: Sample.population.fields,
                rows: Array(Sample.population.rows.prefix(14)) + [[.year(2040), .integer(2200), .string("推計値")]])),
        GoldenCase(
            name: "line-long-labels", spec: ChartSpec(id: "long", kind: .line, x: "service", y: "users"),
            table: longLabels,
            datasetTitle: "手続き別の利用者数（例示）"),
        GoldenCase(
            name: "line-empty", spec: ChartSpec(id: "empty", kind: .line, x: "year", y: "value"),
            table: Sample.yearly([])),
        GoldenCase(
            name: "bar-negative", spec: ChartSpec(id: "net", kind: .bar, x: "year", y: "net"), table: Sample.migration,
            datasetTitle: "社会増減（例示）"),
        GoldenCase(
            name: "bar-missing", spec: ChartSpec(id: "gaps", kind: .bar, x: "year", y: "value"),
            table: Sample.yearly([.integer(3900), .missing, .integer(3700), .integer(3600)])),
        GoldenCase(
            name: "bar-long-labels", spec: ChartSpec(id: "long", kind: .bar, x: "service", y: "users"),
            table: longLabels,
            datasetTitle: "手続き別の利用者数（例示）"),
        GoldenCase(
            name: "bar-horizontal-long-labels",
            spec: ChartSpec(id: "long", kind: .bar, x: "service", y: "users", horizontal: true),
            table: longLabels, datasetTitle: "手続き別の利用者数（例示）"),
        GoldenCase(
            name: "bar-all-equal", spec: ChartSpec(id: "flat", kind: .bar, x: "year", y: "value"),
            table: Sample.yearly(Array(repeating: .integer(3400), count: 4))),
        GoldenCase(
            name: "bar-one-point", spec: ChartSpec(id: "one", kind: .bar, x: "year", y: "value"),
            table: Sample.yearly([.integer(3400)], from: 2020)),
        GoldenCase(
            name: "bar-200-points", spec: ChartSpec(id: "many", kind: .bar, x: "year", y: "value"),
            table: Sample.yearly((0..<200).map { .integer(1000 + ($0 * 53) % 400) }, from: 1821)),
        GoldenCase(
            name: "stacked-bar-negative",
            spec: ChartSpec(id: "flows", kind: .stackedBar, x: "year", y: "people", series: "flow"),
            table: DataTable(
                fields: [
                    Sample.yearField, Field(name: "flow", title: "内訳", type: .string),
                    Field(name: "people", title: "人数", type: .integer, unit: "人"),
                ],
                rows: [
                    (2018, "転入", 140), (2018, "転出", -170), (2019, "転入", 150), (2019, "転出", -160),
                    (2020, "転入", 165), (2020, "転出", -150),
                ].map { [.year($0.0), .string($0.1), .integer($0.2)] }),
            datasetTitle: "転入と転出（例示）"),
        GoldenCase(
            name: "stacked-bar-missing",
            spec: ChartSpec(id: "ages", kind: .stackedBar, x: "year", y: "people", series: "band"),
            table: DataTable(
                fields: Sample.ageBands.fields,
                rows: Sample.ageBands.rows.enumerated().map { i, row in i == 4 ? [row[0], row[1], .missing] : row })),
        GoldenCase(
            name: "progress-edge", spec: ChartSpec(id: "edge", kind: .progress, x: "initiative", y: "progress"),
            table: DataTable(
                fields: Sample.initiatives.fields,
                rows: [
                    [.string("未着手の取り組み"), .integer(0)], [.string("目標を超えた取り組み"), .integer(120)],
                    [.string("まだ数値のない取り組み"), .missing],
                    [.string("とても長い名前の取り組みで、一行には収まらないので二行に折り返して表示されることを確かめるための例"), .integer(50)],
                ]),
            datasetTitle: "進捗（例示）"),
        GoldenCase(
            name: "sparkline-one-point", spec: ChartSpec(id: "one", kind: .sparkline, x: "year", y: "value"),
            table: Sample.yearly([.integer(3400)], from: 2020)),
        GoldenCase(
            name: "sparkline-missing", spec: ChartSpec(id: "gaps", kind: .sparkline, x: "year", y: "value"),
            table: Sample.yearly([.integer(3900), .missing, .integer(3700), .integer(3650), .missing, .integer(3400)])),
        GoldenCase(
            name: "escaping",
            spec: ChartSpec(
                id: "x", kind: .line, title: "<script>alert(\"x\")</script> & ]]> 'q'", x: "label", y: "n",
                series: "s", annotations: [.init(x: .string("<b>"), label: "]]><!-- \"a\" -->")]),
            table: DataTable(
                fields: [
                    Field(name: "label", title: "<i>ラベル</i>", type: .string),
                    Field(name: "n", title: "値 & \"量\"", type: .integer, unit: "<u>"),
                    Field(name: "s", title: "系列", type: .string),
                ],
                rows: [
                    [.string("<b>"), .integer(1), .string("<script>")],
                    [.string("]]>"), .integer(2), .string("<script>")],
                    [.string("<b>"), .integer(3), .string("'\"&")], [.string("]]>"), .integer(1), .string("'\"&")],
                ])),
    ]
}

extension GoldenCases {
    /// Annotations on every kind with an x axis: lines across, points, and labels that must make room for each other.
    static let annotated: [GoldenCase] = [
        GoldenCase(
            name: "line-point-annotations",
            spec: ChartSpec(
                id: "trend", kind: .line, title: "人口の推移と目標（例示）", x: "year", y: "population", series: "kind",
                styles: ["推計値": .init(dashed: true)],
                annotations: [
                    .init(x: .year(2020), label: "DX戦略開始"),
                    .init(x: .year(1955), label: "町制施行", y: 7800),
                    .init(x: .year(1985), label: "計画人口", y: 8500),
                    .init(x: .year(2030), label: "目標", y: 3000),
                    .init(x: .year(2035), label: "中間目標", y: 2900),
                    .init(x: .year(2040), label: "長期目標（人口ビジョン）", y: 2600),
                ]),
            table: Sample.population),
        GoldenCase(
            name: "line-crowded-annotations",
            spec: ChartSpec(
                id: "crowded", kind: .line, x: "year", y: "value",
                annotations: [
                    .init(x: .year(2012), label: "窓口の電子申請を開始"),
                    .init(x: .year(2013), label: "マイナンバー"),
                    .init(x: .year(2013), label: "同じ年の二つ目"),
                    .init(x: .year(2014), label: "庁内ネットワークの更新"),
                    .init(x: .year(2019), label: "右端に近い注記"),
                    .init(x: .year(2020), label: "最後の年"),
                    .init(x: .year(2016), label: String(repeating: "とても長い注記", count: 12)),
                ]),
            table: Sample.yearly([3900, 3870, 3850, 3800, 3760, 3700, 3650, 3600, 3500, 3400].map(Value.integer)),
            datasetTitle: "人口（例示）"),
        GoldenCase(
            name: "bar-annotations",
            spec: ChartSpec(
                id: "net", kind: .bar, x: "year", y: "net",
                annotations: [
                    .init(x: .year(2018), label: "移住支援を開始"), .init(x: .year(2020), label: "目標 50人", y: 50),
                    .init(x: .year(2016), label: "底", y: -85),
                ]),
            table: Sample.migration, datasetTitle: "社会増減（例示）"),
        GoldenCase(
            name: "bar-horizontal-annotations",
            spec: ChartSpec(
                id: "ages", kind: .bar, title: "年齢階級別の人口（例示）", x: "year", y: "people", series: "band",
                annotations: [.init(x: .year(2000), label: "介護保険制度"), .init(x: .year(2020), label: "目標", y: 3000)],
                horizontal: true),
            table: Sample.ageBands),
        GoldenCase(
            name: "stacked-bar-annotations",
            spec: ChartSpec(
                id: "ages", kind: .stackedBar, title: "年齢階級別の人口（例示）", x: "year", y: "people", series: "band",
                annotations: [
                    .init(x: .year(2000), label: "介護保険制度"), .init(x: .year(2020), label: "2030年の目標", y: 5000),
                ]),
            table: Sample.ageBands),
        GoldenCase(
            name: "stacked-bar-percent-annotations",
            spec: ChartSpec(
                id: "shares", kind: .stackedBar, title: "年齢階級別の人口の割合（例示）", x: "year", y: "people", series: "band",
                annotations: [.init(x: .year(1990), label: "高齢化率 20%", y: 20)], horizontal: true, percent: true),
            table: Sample.ageBands),
    ]

    /// Tables too long to draw point by point or bar by bar.
    static let big: [GoldenCase] = [
        GoldenCase(
            name: "line-20000-points",
            spec: ChartSpec(
                id: "daily", kind: .line, title: "日ごとの水位（例示）", x: "day", y: "level",
                annotations: [.init(x: .date(LocalDate(iso: "2000-01-01")!), label: "観測所の移設")]),
            table: Sample.daily(count: 20_000)),
        GoldenCase(
            name: "sparkline-20000-points", spec: ChartSpec(id: "daily", kind: .sparkline, x: "day", y: "level"),
            table: Sample.daily(count: 20_000), datasetTitle: "水位"),
        GoldenCase(
            name: "bar-capped", spec: ChartSpec(id: "many", kind: .bar, x: "year", y: "value"),
            table: Sample.yearly((0..<600).map { .integer(1000 + ($0 * 53) % 400) }, from: 1421)),
    ]
}

@Suite struct GoldenChartTests {
    @Test(arguments: GoldenCases.all)
    func standaloneFileMatchesGolden(_ c: GoldenCase) {
        expectGolden(ChartRenderer.standaloneFile(c.render()), "\(c.name).svg")
    }

    @Test func inlineFormMatchesGolden() {
        let chart = GoldenCases.kinds[0].render()
        expectGolden(chart.svg + "\n", "line-population-inline.svg")
    }

    @Test(arguments: GoldenCases.all)
    func renderingIsDeterministic(_ c: GoldenCase) {
        #expect(c.render().svg == c.render().svg)
    }
}
