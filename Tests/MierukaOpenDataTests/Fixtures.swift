import Foundation
import MierukaCore
@testable import MierukaOpenData

/// The sample catalogue and datasets the tests share: Bandai town, Fukushima.
/// Population numbers are illustrative, not official statistics.
enum Fixtures {
    static let catalog = CatalogInfo(
        title: "磐梯町 DX オープンデータ",
        description: "磐梯町のデジタル変革（DX）の取り組みに関するデータ（例示）。",
        baseURL: "https://example.org/dx/",
        language: "ja",
        publisherName: "磐梯町",
        publisherURL: "https://www.town.bandai.fukushima.jp/",
        municipalityName: "磐梯町",
        prefecture: "福島県",
        localGovernmentCode: "074071",
        license: .ccBy40,
        version: "1.0.0",
        created: LocalDate(iso: "2020-07-01"),
        contactEmail: "dx@example.org")

    /// Census years 1955–2020 (実績) and two projected years (推計).
    static let populationRows: [(Int, Int, String)] = [
        (1955, 7812, "実績"), (1960, 7540, "実績"), (1965, 7102, "実績"), (1970, 6588, "実績"),
        (1975, 6120, "実績"), (1980, 5803, "実績"), (1985, 5487, "実績"), (1990, 5130, "実績"),
        (1995, 4851, "実績"), (2000, 4512, "実績"), (2005, 4190, "実績"), (2010, 3861, "実績"),
        (2015, 3642, "実績"), (2020, 3412, "実績"), (2030, 2760, "推計"), (2040, 2205, "推計"),
    ]

    static let populationTable = DataTable(
        fields: [
            Field(name: "year", title: "年", type: .year, description: "国勢調査の実施年（推計は推計の対象年）"),
            Field(name: "population", title: "人口", type: .integer, unit: "人", description: "総人口（例示の数値）"),
            Field(name: "kind", title: "区分", type: .string, description: "実績 または 推計"),
        ],
        rows: populationRows.map { [.year($0.0), .integer($0.1), .string($0.2)] })

    static let population = DatasetInfo(
        id: "population",
        title: "磐梯町の人口の推移",
        description: "1955年から2020年までの国勢調査による総人口と、2040年までの推計（数値は例示）。",
        sourceName: "総務省「国勢調査」",
        sourceURL: "https://www.stat.go.jp/data/kokusei/",
        license: .ccBy40,
        unit: "人",
        frequency: .yearly,
        updated: LocalDate(iso: "2021-06-30"),
        keywords: ["人口", "国勢調査", "磐梯町"],
        table: populationTable,
        primaryKey: ["year"],
        standardColumns: false,
        edited: true)
}

/// Parses JSON bytes with Foundation, as a consumer would.
func parseJSON(_ bytes: [UInt8]) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
}
