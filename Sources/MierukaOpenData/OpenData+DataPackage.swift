import MierukaCore

extension OpenData {
    /// `datapackage.json`: a Frictionless Tabular Data Package (v1 profile,
    /// which frictionless v5 also validates) with one resource per dataset.
    ///
    /// Each resource gets `path` relative to datapackage.json (`<id>.csv`),
    /// `bytes` and `hash` ("sha256:<hex>", the spec's algorithm-prefixed form)
    /// of exactly the CSV bytes passed in, and a Table Schema whose fields carry
    /// `type`, `title`, `description`, `unit` (an extra property: Table Schema
    /// has none for units) and `constraints.required` for non-optional fields.
    ///
    /// `encoding` is "utf-8" with or without a BOM: the spec asks for an IANA
    /// name, and "utf-8-sig" is not one; frictionless detects and strips the BOM.
    /// Whether the file starts with one is said by `byteOrderMark` (a property
    /// of mieruka's: neither the Data Package nor the CSV Dialect spec has
    /// one), beside a `dialect` that says how the file is written (commas,
    /// CRLF line ends, double quotes doubled, a header row): rule L3-08 of the
    /// machine-readability rules asks for the encoding and the BOM to be stated.
    ///
    /// `created` comes from `CatalogInfo.created` at midnight in the site's
    /// offset; it is left out when unknown, never taken from the clock.
    /// A licence with neither `id` nor `url` cannot be expressed (the spec needs
    /// one of `name`/`path`), so it is left out of `licenses`.
    public static func dataPackage(_ ds: [(DatasetInfo, csv: [UInt8])], catalog: CatalogInfo) -> [UInt8] {
        dataPackage(
            ds.map { d, csv in (d, publishedTable(d, catalog: catalog), csv, SHA256.hex(csv)) }, catalog: catalog)
    }

    /// The Data Package of datasets whose files are made (`Distribution`).
    public static func dataPackage(_ ds: [(DatasetInfo, Distribution)], catalog: CatalogInfo) -> [UInt8] {
        dataPackage(ds.map { d, files in (d, files.table, files.csv, files.csvSHA256) }, catalog: catalog)
    }

    static func dataPackage(_ ds: [(DatasetInfo, table: DataTable, csv: [UInt8], sha256: String)], catalog: CatalogInfo)
        -> [UInt8]
    {
        let resources = ds.map { d, table, csv, hash in
            dataPackageResource(d, table: table, csv: csv, sha256: hash, catalog: catalog)
        }
        let keywords = Array(Set(ds.flatMap { $0.0.keywords })).sorted()
        let package = JSON.object([
            ("profile", .string("tabular-data-package")),
            ("name", .string(catalog.packageName)),
            ("id", .string(dataPackageURL(catalog))),
            ("title", .string(catalog.title)),
            ("description", .string(catalog.description)),
            ("homepage", .string(catalogPageURL(catalog))),
            ("version", .string(catalog.version)),
            ("created", catalog.created.map { .string($0.rfc3339(offset: catalog.utcOffset)) }),
            ("keywords", keywords.isEmpty ? nil : .array(keywords.map(JSON.string))),
            (
                "contributors",
                .array([
                    JSON.object([
                        ("title", .string(catalog.publisherName)),
                        ("path", catalog.publisherURL.map(JSON.string)),
                        ("email", catalog.contactEmail.map(JSON.string)),
                        ("role", .string("publisher")),
                    ])
                ])
            ),
            ("licenses", packageLicenses(catalog.license)),
            ("resources", .array(resources)),
        ])
        return package.bytes()
    }

    /// One resource of datapackage.json, on its own so tests and golden files
    /// can look at a single dataset's entry.
    public static func dataPackageResource(_ d: DatasetInfo, csv: [UInt8], catalog: CatalogInfo) -> JSON {
        dataPackageResource(
            d, table: publishedTable(d, catalog: catalog), csv: csv, sha256: SHA256.hex(csv), catalog: catalog)
    }

    /// How `CSV.encode` writes, as a CSV Dialect (Frictionless, v1.2).
    static let csvDialect = JSON.object([
        ("delimiter", .string(",")),
        ("lineTerminator", .string("\r\n")),
        ("quoteChar", .string("\"")),
        ("doubleQuote", .bool(true)),
        ("header", .bool(true)),
    ])

    static func dataPackageResource(
        _ d: DatasetInfo, table: DataTable, csv: [UInt8], sha256: String, catalog: CatalogInfo
    ) -> JSON {
        let fields = table.fields.map { f in
            JSON.object([
                ("name", .string(f.name)),
                ("title", .string(f.title)),
                ("type", .string(f.type.tableSchemaType)),
                ("description", f.description.map(JSON.string)),
                ("unit", f.unit.map(JSON.string)),
                ("constraints", f.optional ? nil : .object([("required", .bool(true))])),
            ])
        }
        let schema = JSON.object([
            ("fields", .array(fields)),
            ("primaryKey", d.primaryKey.isEmpty ? nil : .array(d.primaryKey.map(JSON.string))),
            ("missingValues", .array([.string("")])),
        ])
        var sources: [JSON] = []
        if d.sourceName != nil || d.sourceURL != nil {
            sources.append(
                JSON.object([
                    ("title", .string(d.sourceName ?? d.sourceURL ?? "")),
                    ("path", d.sourceURL.map(JSON.string)),
                ]))
        }
        return JSON.object([
            ("profile", .string("tabular-data-resource")),
            ("name", .string(d.id)),
            ("title", .string(d.title)),
            ("description", .string(d.description)),
            ("path", .string(csvFileName(d))),
            ("format", .string("csv")),
            ("mediatype", .string("text/csv")),
            ("encoding", .string("utf-8")),
            ("byteOrderMark", .bool(csv.starts(with: CSV.bom))),
            ("dialect", csvDialect),
            ("bytes", .int(csv.count)),
            ("hash", .string("sha256:" + sha256)),
            ("schema", schema),
            ("sources", sources.isEmpty ? nil : .array(sources)),
            ("licenses", packageLicenses(d.license)),
            ("machineReadability", conformanceJSON(d.conformance)),
        ])
    }

    static func packageLicenses(_ license: License) -> JSON? {
        guard license.id != nil || license.url != nil else { return nil }
        return .array([
            JSON.object([
                ("name", license.id.map(JSON.string)),
                ("path", license.url.map(JSON.string)),
                ("title", .string(license.name)),
            ])
        ])
    }
}
