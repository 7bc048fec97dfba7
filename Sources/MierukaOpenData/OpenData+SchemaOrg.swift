import MierukaCore

extension OpenData {
    /// schema.org `Dataset` JSON-LD for the `<script type="application/ld+json">`
    /// block in a dataset page's head, which is what Google Dataset Search reads.
    ///
    /// The text is safe to place inside the script element as it is: the JSON
    /// writer escapes `<`, `>` and `&`, so no content can close the element
    /// ("</script>") or open a comment.
    public static func schemaOrgDataset(_ d: DatasetInfo, catalog: CatalogInfo, pageURL: String) -> String {
        let organization = JSON.object([
            ("@type", .string("GovernmentOrganization")),
            ("name", .string(catalog.publisherName)),
            ("url", catalog.publisherURL.map(JSON.string)),
            ("email", catalog.contactEmail.map(JSON.string)),
        ])
        let coverage = temporalCoverage(d).map { JSON.string($0.start == $0.end ? $0.start : "\($0.start)/\($0.end)") }
        let variables = d.table.fields.filter { $0.type == .integer || $0.type == .number }.map { f in
            JSON.object([
                ("@type", .string("PropertyValue")),
                ("name", .string(f.title)),
                ("description", f.description.map(JSON.string)),
                ("unitText", f.unit.map(JSON.string)),
            ])
        }
        let document = JSON.object([
            ("@context", .string("https://schema.org")),
            ("@type", .string("Dataset")),
            ("@id", .string(pageURL + "#dataset")),
            ("name", .string(d.title)),
            ("description", .string(d.description)),
            ("url", .string(pageURL)),
            ("identifier", .string(d.id)),
            ("inLanguage", .string(catalog.language)),
            ("keywords", d.keywords.isEmpty ? nil : .array(d.keywords.map(JSON.string))),
            ("license", .string(d.license.url ?? d.license.name)),
            ("isAccessibleForFree", .bool(true)),
            ("creator", organization),
            ("publisher", organization),
            ("creditText", .string(citation(d, catalog: catalog, pageURL: pageURL).japanese)),
            ("isBasedOn", d.sourceURL.map(JSON.string)),
            ("dateModified", d.effectiveUpdated.map { .string($0.iso) }),
            ("temporalCoverage", coverage),
            ("spatialCoverage", JSON.object([
                ("@type", .string("Place")),
                ("name", .string(catalog.placeName)),
                ("identifier", .string(catalog.localGovernmentCode)),
                ("address", .object([
                    ("@type", .string("PostalAddress")),
                    ("addressCountry", .string("JP")),
                    ("addressRegion", .string(catalog.prefecture)),
                    ("addressLocality", .string(catalog.municipalityName)),
                ])),
            ])),
            ("variableMeasured", variables.isEmpty ? nil : .array(variables)),
            ("includedInDataCatalog", .object([
                ("@type", .string("DataCatalog")),
                ("name", .string(catalog.title)),
                ("url", .string(catalogPageURL(catalog))),
            ])),
            ("distribution", .array([
                download(csvURL(d, catalog: catalog), format: "text/csv"),
                download(jsonURL(d, catalog: catalog), format: "application/json"),
            ])),
        ])
        return document.serialized()
    }

    static func download(_ url: String, format: String) -> JSON {
        .object([("@type", .string("DataDownload")), ("encodingFormat", .string(format)), ("contentUrl", .string(url))])
    }
}
