import MierukaCore
@testable import MierukaCharts

/// Tables like the sample site's datasets. All numbers are illustrative.
enum Sample {
    static let yearField = Field(name: "year", title: "年", type: .year)

    /// Bandai town's population, 1955–2020, and a projection to 2040 that starts from 2020.
    static let population: DataTable = {
        let actual = [
            (1955, 7800), (1960, 7500), (1965, 6900), (1970, 6300), (1975, 5900), (1980, 5600),
            (1985, 5300), (1990, 5000), (1995, 4700), (2000, 4500), (2005, 4200), (2010, 3900),
            (2015, 3700), (2020, 3400),
        ]
        let projected = [(2020, 3400), (2025, 3100), (2030, 2800), (2035, 2500), (2040, 2200)]
        return DataTable(
            fields: [
                yearField, Field(name: "population", title: "人口", type: .integer, unit: "人"),
                Field(name: "kind", title: "区分", type: .string),
            ],
            rows: actual.map { [.year($0.0), .integer($0.1), .string("実績")] }
                + projected.map { [.year($0.0), .integer($0.1), .string("推計値")] })
    }()

    static let populationTrend = ChartSpec(
        id: "trend", kind: .line, title: "磐梯町の人口の推移（例示）", x: "year", y: "population", series: "kind",
        styles: ["推計値": .init(dashed: true)],
        annotations: [.init(x: .year(2020), label: "DX戦略開始")])

    /// Population by age band, every ten years.
    static let ageBands: DataTable = {
        let data: [(Int, [Int])] = [
            (1980, [1300, 3600, 700]), (1990, [1000, 3200, 800]), (2000, [700, 2800, 1000]),
            (2010, [500, 2300, 1100]), (2020, [350, 1750, 1300]),
        ]
        let bands = ["0–14歳", "15–64歳", "65歳以上"]
        return DataTable(
            fields: [
                yearField, Field(name: "band", title: "年齢階級", type: .string),
                Field(name: "people", title: "人口", type: .integer, unit: "人"),
            ],
            rows: data.flatMap { year, counts in zip(bands, counts).map { [.year(year), .string($0), .integer($1)] } })
    }()

    /// Progress of the six priority initiatives.
    static let initiatives = DataTable(
        fields: [
            Field(name: "initiative", title: "取り組み", type: .string),
            Field(name: "progress", title: "進捗", type: .integer, unit: "%"),
        ],
        rows: [
            ("行政手続きのオンライン化", 60), ("押印の見直し", 100), ("窓口のキャッシュレス化", 35),
            ("庁内のペーパーレス化", 20), ("オープンデータの公開", 80), ("デジタル人材の育成", 45),
        ]
        .map { [.string($0.0), .integer($0.1)] })

    /// Online building inspections per month after the DX office opened.
    static let inspections = DataTable(
        fields: [
            Field(name: "month", title: "月", type: .date),
            Field(name: "count", title: "オンライン検査", type: .integer, unit: "件"),
        ],
        rows: [4, 6, 9, 8, 12, 15, 14, 18, 21, 19, 24, 27].enumerated().map { i, n in
            [.date(LocalDate(year: 2020 + (6 + i) / 12, month: (6 + i) % 12 + 1, day: 1)!), .integer(n)]
        })

    /// Procedures that required a seal, before and after the review.
    static let seals = DataTable(
        fields: [
            Field(name: "when", title: "時点", type: .string),
            Field(name: "procedures", title: "押印が必要な手続き", type: .integer, unit: "件"),
        ],
        rows: [[.string("見直し前（2019年）"), .integer(320)], [.string("見直し後（2021年）"), .integer(12)]])

    /// Net migration, with losses as negative numbers.
    static let migration = DataTable(
        fields: [yearField, Field(name: "net", title: "社会増減", type: .integer, unit: "人")],
        rows: [(2015, -120), (2016, -85), (2017, -40), (2018, 30), (2019, -15), (2020, 12)].map {
            [.year($0.0), .integer($0.1)]
        })

    /// A yearly table with a single value column, for edge cases.
    static func yearly(_ values: [Value], from year: Int = 2011, unit: String? = "人") -> DataTable {
        DataTable(
            fields: [yearField, Field(name: "value", title: "人口", type: .integer, unit: unit, optional: true)],
            rows: values.enumerated().map { [.year(year + $0.offset), $0.element] })
    }

    /// A long daily series from 1970 on: a yearly rise and fall with day-to-day
    /// noise, one flood peak, one low, a half-year gap in the records and a few
    /// single missing days. Integer arithmetic only, so it is the same everywhere.
    static func daily(count: Int) -> DataTable {
        let start = LocalDate(iso: "1970-01-01")!.daysSinceEpoch
        return DataTable(
            fields: [
                Field(name: "day", title: "日", type: .date),
                Field(name: "level", title: "水位", type: .integer, unit: "cm", optional: true),
            ],
            rows: (0..<count).map { i in
                let season = i % 365 < 183 ? i % 365 : 365 - i % 365
                let noise = (i &* 7919 &+ 13) % 61 - 30
                let level: Value
                if (9000..<9180).contains(i) || i % 997 == 500 {
                    level = .missing
                } else if i == 12_345 {
                    level = .integer(640)
                } else if i == 4_321 {
                    level = .integer(20)
                } else {
                    level = .integer(150 + season + noise + i / 400)
                }
                return [.date(LocalDate(daysSinceEpoch: start + i)), level]
            })
    }
}
