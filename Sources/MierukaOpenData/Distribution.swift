import MierukaCore

/// A dataset's downloadable files, made once per build: the published table
/// (with the standard columns when asked), its CSV and JSON bytes and their
/// SHA-256, and the citation files (BibTeX, CSL-JSON). The dataset page, the
/// Data Package and the catalogue all read these, so no table is rebuilt and
/// no file hashed twice.
///
/// `files` lists every file with its route: a renderer writes exactly those
/// (`Routes.csv`, `Routes.json`, `Routes.bibTeX`, `Routes.cslJSON`).
public struct Distribution: Sendable {
    public let table: DataTable
    public let csv: [UInt8]
    public let json: [UInt8]
    /// Lowercase hex.
    public let csvSHA256: String
    public let jsonSHA256: String
    /// `data/<id>.bib`: one BibTeX entry (`OpenData.bibTeX`).
    public let bibTeX: [UInt8]
    /// `data/<id>.csl.json`: one CSL-JSON item (`OpenData.cslJSON`).
    public let cslJSON: [UInt8]
    /// Every file of the dataset with the route it is published at, in this
    /// order: CSV, JSON, BibTeX, CSL-JSON.
    public let files: [(route: String, bytes: [UInt8])]

    public init(_ d: DatasetInfo, catalog: CatalogInfo, bom: Bool) {
        table = OpenData.publishedTable(d, catalog: catalog)
        csv = OpenData.csv(table: table, bom: bom)
        json = OpenData.json(d, table: table, catalog: catalog)
        csvSHA256 = SHA256.hex(csv)
        jsonSHA256 = SHA256.hex(json)
        let page = OpenData.pageURL(d, catalog: catalog)
        bibTeX = OpenData.bibTeX(d, catalog: catalog, pageURL: page)
        cslJSON = OpenData.cslJSON(d, catalog: catalog, pageURL: page)
        files = [
            (Routes.csv(d.id), csv), (Routes.json(d.id), json), (Routes.bibTeX(d.id), bibTeX),
            (Routes.cslJSON(d.id), cslJSON),
        ]
    }
}
