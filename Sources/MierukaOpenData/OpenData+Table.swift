import MierukaCore

extension OpenData {
    /// Names of the columns that the 自治体標準オープンデータセット convention
    /// puts first, in order.
    public static let standardColumnNames = ["全国地方公共団体コード", "都道府県名", "市区町村名"]

    /// The table as published in CSV, JSON and the Table Schema: the dataset's
    /// own table, with the standard columns first when the dataset asks for
    /// them. One function builds it so the three files can never disagree.
    ///
    /// The code column is a string so its leading zero survives ("074071").
    /// A standard column the dataset already has is not added twice.
    public static func publishedTable(_ d: DatasetInfo, catalog: CatalogInfo) -> DataTable {
        guard d.standardColumns else { return d.table }
        let candidates: [(Field, String)] = [
            (
                Field(
                    name: standardColumnNames[0], type: .string,
                    description: "総務省の全国地方公共団体コード（6桁、検査数字付き）"), catalog.localGovernmentCode
            ),
            (Field(name: standardColumnNames[1], type: .string), catalog.prefecture),
            (Field(name: standardColumnNames[2], type: .string), catalog.municipalityName),
        ]
        let added = candidates.filter { d.table.index(of: $0.0.name) == nil }
        let values = added.map { Value.string($0.1) }
        return DataTable(fields: added.map(\.0) + d.table.fields, rows: d.table.rows.map { values + $0 })
    }

    /// The period the rows cover, as ISO 8601 text: ("1955", "2030") from year
    /// fields, ("2019-06-12", "2021-03-31") from date fields; nil when the
    /// dataset has no time column or no values in it.
    public static func temporalCoverage(_ d: DatasetInfo) -> (start: String, end: String)? {
        switch d.table.temporalValues {
        case .dates(let dates):
            guard let lo = dates.min(), let hi = dates.max() else { return nil }
            return (lo.iso, hi.iso)
        case .years(let years):
            guard let lo = years.min(), let hi = years.max() else { return nil }
            return (yearText(lo), yearText(hi))
        case .none:
            return nil
        }
    }

    static func yearText(_ year: Int) -> String {
        let s = String(year.magnitude)
        let padded = s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
        return year < 0 ? "-" + padded : padded
    }

    /// Whether the coverage came from years (so it is typed xsd:gYear) rather than dates.
    static func coverageIsYears(_ d: DatasetInfo) -> Bool {
        if case .years = d.table.temporalValues { return true }
        return false
    }
}
