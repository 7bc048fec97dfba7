import MierukaCore

extension OpenData {
    /// The dataset as JSON: its metadata, its fields and its rows with typed
    /// values, for programs that would rather not parse CSV.
    ///
    /// Shape (keys in this order; a key whose value is unknown is left out):
    /// ```
    /// {
    ///   "metadata": {
    ///     "id", "title", "description",
    ///     "url":          dataset page,
    ///     "publisher":    {"name", "url"},
    ///     "source":       {"name", "url", "edited": bool},
    ///     "license":      {"name", "id", "url", "nameEn", "abbreviation", "ccByCompatible": bool}
    ///                     (the last three only for a licence mieruka knows),
    ///     "unit", "frequency",
    ///     "version":      the dataset's version,
    ///     "updated":      "YYYY-MM-DD" (declared, else the newest change, else from the rows),
    ///     "changes":      [{"date", "description", "version"}], oldest first,
    ///     "temporalCoverage": {"start", "end"}  ("1955" or "2019-06-12"),
    ///     "spatialCoverage":  {"name": "福島県磐梯町", "localGovernmentCode": "074071"},
    ///     "keywords":     [string],
    ///     "primaryKey":   [field name],
    ///     "rowCount":     integer,
    ///     "downloads":    {"csv": url, "json": url},
    ///     "citation":     {"ja", "jaEdited", "en", "long", "longJa", "source"}
    ///                     ("source" is the dataset's own source as a line of its own)
    ///   },
    ///   "fields": [{"name", "title", "type", "unit", "description", "required": bool}],
    ///   "rows":   [{<field name>: value}]
    /// }
    /// ```
    /// `type` is a Table Schema type (integer, number, string, date, year,
    /// boolean). Row values are JSON numbers for integer, number and year
    /// fields, booleans for boolean fields, ISO strings for dates, and `null`
    /// for missing values. Fields and rows include the standard columns when
    /// the dataset asks for them, exactly like the CSV.
    public static func json(_ d: DatasetInfo, catalog: CatalogInfo) -> [UInt8] {
        json(d, table: publishedTable(d, catalog: catalog), catalog: catalog)
    }

    /// The JSON of a dataset whose table is already published (`publishedTable`).
    static func json(_ d: DatasetInfo, table: DataTable, catalog: CatalogInfo) -> [UInt8] {
        let fields = JSON.array(
            table.fields.map { f in
                JSON.object([
                    ("name", .string(f.name)),
                    ("title", .string(f.title)),
                    ("type", .string(f.type.tableSchemaType)),
                    ("unit", f.unit.map(JSON.string)),
                    ("description", f.description.map(JSON.string)),
                    ("required", .bool(!f.optional)),
                ])
            })
        let rows = JSON.array(
            table.rows.map { row in
                JSON.object(zip(table.fields, row).map { field, value in (field.name, value.json) })
            })
        let document = JSON.object([
            ("metadata", jsonMetadata(d, catalog: catalog, rowCount: table.rows.count)),
            ("fields", fields),
            ("rows", rows),
        ])
        return document.bytes()
    }

    static func jsonMetadata(_ d: DatasetInfo, catalog: CatalogInfo, rowCount: Int) -> JSON {
        let page = pageURL(d, catalog: catalog)
        let citation = citation(d, catalog: catalog, pageURL: page)
        let source: JSON? =
            (d.sourceName == nil && d.sourceURL == nil)
            ? nil
            : JSON.object([
                ("name", d.sourceName.map(JSON.string)),
                ("url", d.sourceURL.map(JSON.string)),
                ("edited", .bool(d.edited)),
            ])
        let coverage = temporalCoverage(d).map {
            JSON.object([("start", .string($0.start)), ("end", .string($0.end))])
        }
        return JSON.object([
            ("id", .string(d.id)),
            ("title", .string(d.title)),
            ("description", .string(d.description)),
            ("url", .string(page)),
            (
                "publisher",
                JSON.object([("name", .string(catalog.publisherName)), ("url", catalog.publisherURL.map(JSON.string))])
            ),
            ("source", source),
            ("license", licenseJSON(d.license)),
            ("unit", d.unit.map(JSON.string)),
            ("frequency", d.frequency.map { .string($0.rawValue) }),
            ("version", d.version.map(JSON.string)),
            ("updated", d.effectiveUpdated.map { .string($0.iso) }),
            (
                "changes",
                d.changes.isEmpty
                    ? nil
                    : .array(
                        d.changes.map { c in
                            JSON.object([
                                ("date", .string(c.date.iso)), ("description", .string(c.description)),
                                ("version", c.version.map(JSON.string)),
                            ])
                        })
            ),
            ("machineReadability", conformanceJSON(d.conformance)),
            ("temporalCoverage", coverage),
            (
                "spatialCoverage",
                JSON.object([
                    ("name", .string(catalog.placeName)),
                    ("localGovernmentCode", .string(catalog.localGovernmentCode)),
                ])
            ),
            ("keywords", .array(d.keywords.map(JSON.string))),
            ("primaryKey", d.primaryKey.isEmpty ? nil : .array(d.primaryKey.map(JSON.string))),
            ("rowCount", .int(rowCount)),
            (
                "downloads",
                .object([
                    ("csv", .string(csvURL(d, catalog: catalog))), ("json", .string(jsonURL(d, catalog: catalog))),
                ])
            ),
            (
                "citation",
                JSON.object([
                    ("ja", .string(citation.japanese)),
                    ("jaEdited", .string(citation.japaneseEdited)),
                    ("en", .string(citation.english)),
                    ("long", .string(citation.long)),
                    ("longJa", .string(citation.longJapanese)),
                    ("source", citation.sourceCredit.map(JSON.string)),
                ])
            ),
        ])
    }

    static func licenseJSON(_ license: License) -> JSON {
        let known = license.known
        return JSON.object([
            ("name", .string(license.name)), ("id", license.id.map(JSON.string)), ("url", license.url.map(JSON.string)),
            ("nameEn", known.map { .string($0.nameEnglish) }),
            ("abbreviation", known.map { .string($0.abbreviation) }),
            ("ccByCompatible", known.map { .bool($0.ccByCompatible) }),
        ])
    }

    /// The conformance table (行政データにおける機械可読性に関するルール) as JSON:
    /// one entry per rule with its id, name, status and the number of findings.
    /// A custom property: Frictionless and DCAT have none for it.
    static func conformanceJSON(_ results: [MachineReadability.Result]) -> JSON? {
        guard !results.isEmpty else { return nil }
        return .array(
            results.map { r in
                JSON.object([
                    ("rule", .string(r.rule.id)), ("name", .string(r.rule.name)),
                    ("status", .string(r.status.rawValue)),
                    ("findings", r.status == .warning ? .int(r.findings) : nil),
                    ("note", r.note.isEmpty ? nil : .string(r.note)),
                ])
            })
    }
}
