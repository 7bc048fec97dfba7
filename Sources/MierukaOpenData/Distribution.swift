import MierukaCore

/// A dataset's downloadable files, made once per build: the published table
/// (with the standard columns when asked), its CSV and JSON bytes and their
/// SHA-256. The dataset page, the Data Package and the catalogue all read
/// these, so no table is rebuilt and no file hashed twice.
public struct Distribution: Sendable {
    public let table: DataTable
    public let csv: [UInt8]
    public let json: [UInt8]
    /// Lowercase hex.
    public let csvSHA256: String
    public let jsonSHA256: String

    public init(_ d: DatasetInfo, catalog: CatalogInfo, bom: Bool) {
        table = OpenData.publishedTable(d, catalog: catalog)
        csv = OpenData.csv(table: table, bom: bom)
        json = OpenData.json(d, table: table, catalog: catalog)
        csvSHA256 = SHA256.hex(csv)
        jsonSHA256 = SHA256.hex(json)
    }
}
