import MierukaCore

extension OpenData {
    /// schema.org `Dataset` JSON-LD for the `<script type="application/ld+json">`
    /// block in a dataset page's head, which is what Google Dataset Search reads.
    ///
    /// It follows Google's Dataset structured-data guidelines: `name`,
    /// `description` (Google asks for 50–5,000 characters), `url`,
    /// `identifier` (the dataset's IRI, as in the catalogue), `license` (the
    /// licence's URL, or a `CreativeWork` with its name), `creator` and
    /// `publisher`, `distribution` (`DataDownload` with `encodingFormat` and
    /// `contentUrl`), `temporalCoverage` (`start/end`), `spatialCoverage` (the
    /// town, with its 全国地方公共団体コード as a `PropertyValue`), `keywords`,
    /// `isAccessibleForFree`, `version` and `dateModified`.
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
            ("identifier", .string(pageURL + "#dataset")),
            ("inLanguage", .string(catalog.language)),
            ("keywords", d.keywords.isEmpty ? nil : .array(d.keywords.map(JSON.string))),
            (
                "license",
                d.license.url.map(JSON.string)
                    ?? .object([("@type", .string("CreativeWork")), ("name", .string(d.license.name))])
            ),
            ("isAccessibleForFree", .bool(true)),
            ("creator", organization),
            ("publisher", organization),
            ("creditText", .string(citation(d, catalog: catalog, pageURL: pageURL).japanese)),
            ("isBasedOn", d.sourceURL.map(JSON.string)),
            ("version", d.version.map(JSON.string)),
            ("dateModified", d.effectiveUpdated.map { .string($0.iso) }),
            ("temporalCoverage", coverage),
            (
                "spatialCoverage",
                JSON.object([
                    ("@type", .string("Place")),
                    ("name", .string(catalog.placeName)),
                    ("sameAs", LocalGovernmentCode.standardAreaURI(catalog.localGovernmentCode).map(JSON.string)),
                    (
                        "identifier",
                        .object([
                            ("@type", .string("PropertyValue")),
                            ("propertyID", .string("全国地方公共団体コード")),
                            ("value", .string(catalog.localGovernmentCode)),
                        ])
                    ),
                    (
                        "address",
                        .object([
                            ("@type", .string("PostalAddress")),
                            ("addressCountry", .string("JP")),
                            ("addressRegion", .string(catalog.prefecture)),
                            ("addressLocality", .string(catalog.municipalityName)),
                        ])
                    ),
                ])
            ),
            ("variableMeasured", variables.isEmpty ? nil : .array(variables)),
            (
                "includedInDataCatalog",
                .object([
                    ("@type", .string("DataCatalog")),
                    ("name", .string(catalog.title)),
                    ("url", .string(catalogPageURL(catalog))),
                ])
            ),
            (
                "distribution",
                .array([
                    download(csvURL(d, catalog: catalog), name: "\(d.title)（CSV）", format: "text/csv"),
                    download(jsonURL(d, catalog: catalog), name: "\(d.title)（JSON）", format: "application/json"),
                ])
            ),
        ])
        return document.serialized()
    }

    static func download(_ url: String, name: String, format: String) -> JSON {
        .object([
            ("@type", .string("DataDownload")), ("name", .string(name)), ("encodingFormat", .string(format)),
            ("contentUrl", .string(url)),
        ])
    }
}
