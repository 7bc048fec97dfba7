import MierukaCore

extension OpenData {
    /// `catalog.jsonld`: the catalogue in DCAT (W3C Data Catalog Vocabulary)
    /// as JSON-LD, for harvesters such as CKAN's dcat extension and DATA.GO.JP:
    /// dcat:Catalog → dcat:dataset → dcat:distribution, one CSV and one JSON
    /// distribution per dataset.
    ///
    /// Text values carry the catalogue language (`@language`); dates are typed
    /// (`xsd:date`, or `xsd:gYear` for year-only coverage); the update frequency
    /// maps to the EU frequency vocabulary that DCAT-AP uses, which, unlike
    /// Dublin Core's, has a value for "never". The catalogue's `dct:modified`
    /// is the newest dataset update, so it changes only when data changes.
    public static func dcatCatalog(_ ds: [DatasetInfo], catalog: CatalogInfo) -> [UInt8] {
        let modified = ds.compactMap(\.effectiveUpdated).max()
        let document = JSON.object([
            ("@context", .object([
                ("dcat", .string("http://www.w3.org/ns/dcat#")),
                ("dct", .string("http://purl.org/dc/terms/")),
                ("foaf", .string("http://xmlns.com/foaf/0.1/")),
                ("vcard", .string("http://www.w3.org/2006/vcard/ns#")),
                ("rdfs", .string("http://www.w3.org/2000/01/rdf-schema#")),
                ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
            ])),
            ("@id", .string(dcatURL(catalog))),
            ("@type", .string("dcat:Catalog")),
            ("dct:title", text(catalog.title, catalog)),
            ("dct:description", text(catalog.description, catalog)),
            ("dct:publisher", publisherNode(catalog)),
            ("dct:license", catalog.license.url.map(idNode)),
            ("dct:language", languageNode(catalog)),
            ("dct:spatial", spatialNode(catalog)),
            ("dct:issued", catalog.created.map(dateNode)),
            ("dct:modified", modified.map(dateNode)),
            ("foaf:homepage", idNode(catalogPageURL(catalog))),
            ("dcat:dataset", .array(ds.map { dcatDataset($0, catalog: catalog) })),
        ])
        return document.bytes()
    }

    /// One dcat:Dataset node, on its own so a golden file can pin one entry.
    public static func dcatDataset(_ d: DatasetInfo, catalog: CatalogInfo) -> JSON {
        let page = pageURL(d, catalog: catalog)
        let license = d.license.url.map(idNode)
        func distribution(_ title: String, url: String, mediaType: String, format: String) -> JSON {
            JSON.object([
                ("@id", .string(url)),
                ("@type", .string("dcat:Distribution")),
                ("dct:title", text(title, catalog)),
                ("dcat:accessURL", idNode(page)),
                ("dcat:downloadURL", idNode(url)),
                ("dcat:mediaType", idNode("https://www.iana.org/assignments/media-types/" + mediaType)),
                ("dct:format", .string(format)),
                ("dct:license", license),
            ])
        }
        let temporal: JSON? = temporalCoverage(d).map { coverage in
            let type = coverageIsYears(d) ? "xsd:gYear" : "xsd:date"
            return JSON.object([
                ("@type", .string("dct:PeriodOfTime")),
                ("dcat:startDate", .object([("@value", .string(coverage.start)), ("@type", .string(type))])),
                ("dcat:endDate", .object([("@value", .string(coverage.end)), ("@type", .string(type))])),
            ])
        }
        let contact: JSON? = catalog.contactEmail.map { email in
            JSON.object([
                ("@type", .string("vcard:Organization")),
                ("vcard:fn", .string(catalog.publisherName)),
                ("vcard:hasEmail", idNode("mailto:" + email)),
            ])
        }
        return JSON.object([
            ("@id", .string(page)),
            ("@type", .string("dcat:Dataset")),
            ("dct:identifier", .string(d.id)),
            ("dct:title", text(d.title, catalog)),
            ("dct:description", text(d.description, catalog)),
            ("dcat:keyword", d.keywords.isEmpty ? nil : .array(d.keywords.map { text($0, catalog) })),
            ("dct:publisher", publisherNode(catalog)),
            ("dcat:contactPoint", contact),
            ("dct:license", license),
            ("dct:language", languageNode(catalog)),
            ("dct:spatial", spatialNode(catalog)),
            ("dct:temporal", temporal),
            ("dct:modified", d.effectiveUpdated.map(dateNode)),
            ("dct:accrualPeriodicity", d.frequency.map(frequencyURI).map(idNode)),
            ("dct:source", d.sourceURL.map(idNode)),
            ("dcat:landingPage", idNode(page)),
            ("dcat:distribution", .array([
                distribution("CSV", url: csvURL(d, catalog: catalog), mediaType: "text/csv", format: "CSV"),
                distribution("JSON", url: jsonURL(d, catalog: catalog), mediaType: "application/json", format: "JSON"),
            ])),
        ])
    }

    /// The EU Publications Office frequency URI for a declared frequency.
    public static func frequencyURI(_ frequency: UpdateFrequency) -> String {
        "http://publications.europa.eu/resource/authority/frequency/" + frequency.euCode
    }

    static func idNode(_ url: String) -> JSON { .object([("@id", .string(url))]) }

    static func text(_ s: String, _ catalog: CatalogInfo) -> JSON {
        .object([("@value", .string(s)), ("@language", .string(catalog.language))])
    }

    static func dateNode(_ date: LocalDate) -> JSON {
        .object([("@value", .string(date.iso)), ("@type", .string("xsd:date"))])
    }

    static func publisherNode(_ catalog: CatalogInfo) -> JSON {
        JSON.object([
            ("@id", catalog.publisherURL.map(JSON.string)),
            ("@type", .string("foaf:Organization")),
            ("foaf:name", text(catalog.publisherName, catalog)),
        ])
    }

    /// The language as a Library of Congress ISO 639-1 URI, as DCAT asks for
    /// `dct:language` (the primary subtag of "ja-JP" is used).
    static func languageNode(_ catalog: CatalogInfo) -> JSON {
        let primary = catalog.language.split(separator: "-").first.map(String.init)?.lowercased() ?? catalog.language
        return idNode("http://id.loc.gov/vocabulary/iso639-1/" + primary)
    }

    /// The municipality as a dct:Location named in words and by its local government code.
    static func spatialNode(_ catalog: CatalogInfo) -> JSON {
        JSON.object([
            ("@type", .string("dct:Location")),
            ("rdfs:label", text(catalog.placeName, catalog)),
            ("dct:identifier", .string(catalog.localGovernmentCode)),
        ])
    }
}
