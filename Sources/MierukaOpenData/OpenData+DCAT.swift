import MierukaCore

extension OpenData {
    /// `catalog.jsonld`: the catalogue in DCAT-AP 3.0.1 (the EU application
    /// profile of W3C DCAT) as JSON-LD, for harvesters such as CKAN's dcat
    /// extension, DATA.GO.JP and data.europa.eu: dcat:Catalog → dcat:dataset →
    /// dcat:distribution, one CSV and one JSON distribution per dataset. The
    /// `@context` is inline, so the file expands without fetching anything.
    ///
    /// It meets the mandatory properties and the ranges of the 3.0.1 SHACL
    /// shapes (scripts/shapes/dcat-ap-subset.ttl restates the ones checked):
    /// every value that DCAT-AP gives a class is a node of that class
    /// (`foaf:Agent`, `dct:LicenseDocument`, `dct:LinguisticSystem`,
    /// `dct:Frequency`, `dct:Location`, `dct:PeriodOfTime`, `foaf:Document`,
    /// `dct:MediaType`, `dct:MediaTypeOrExtent`, `spdx:Checksum`, `vcard:Kind`,
    /// `dct:ProvenanceStatement`, `adms:Identifier`); controlled values come
    /// from the vocabularies DCAT-AP names (EU file types, languages,
    /// frequencies and countries; IANA media types; SPDX checksum algorithms).
    ///
    /// A dataset's IRI is `<page>#dataset` (the same as its schema.org `@id`),
    /// distinct from its landing page `<page>`; its distributions are
    /// `<page>#csv` and `<page>#json`. Text carries the catalogue language;
    /// dates are typed (`xsd:date`, or `xsd:gYear` for year-only coverage).
    /// The catalogue's `dct:modified` is the newest dataset update, so it
    /// changes only when data changes.
    public static func dcatCatalog(_ ds: [DatasetInfo], catalog: CatalogInfo) -> [UInt8] {
        dcatCatalog(ds.map { ($0, nil) }, catalog: catalog)
    }

    /// The catalogue of datasets whose files are made: each distribution also
    /// gets `dcat:byteSize` and its SHA-256 as `spdx:checksum`.
    public static func dcatCatalog(_ ds: [(DatasetInfo, Distribution?)], catalog: CatalogInfo) -> [UInt8] {
        let modified = ds.compactMap(\.0.effectiveUpdated).max()
        let document = JSON.object([
            ("@context", dcatContext),
            ("@id", .string(dcatURL(catalog))),
            ("@type", .string("dcat:Catalog")),
            ("dct:title", text(catalog.title, catalog)),
            ("dct:description", text(catalog.description, catalog)),
            ("dct:publisher", publisherNode(catalog)),
            ("dct:license", licenseNode(catalog.license, catalog)),
            ("dct:language", languageNode(catalog)),
            ("dct:spatial", spatialNodes(catalog)),
            ("dct:issued", catalog.created.map(dateNode)),
            ("dct:modified", modified.map(dateNode)),
            ("foaf:homepage", documentNode(catalogPageURL(catalog))),
            ("dcat:dataset", .array(ds.map { dcatDataset($0.0, files: $0.1, catalog: catalog) })),
        ])
        return document.bytes()
    }

    /// The prefixes of `catalog.jsonld`, written into the file.
    static let dcatContext = JSON.object([
        ("dcat", .string("http://www.w3.org/ns/dcat#")),
        ("dct", .string("http://purl.org/dc/terms/")),
        ("foaf", .string("http://xmlns.com/foaf/0.1/")),
        ("vcard", .string("http://www.w3.org/2006/vcard/ns#")),
        ("adms", .string("http://www.w3.org/ns/adms#")),
        ("cnt", .string("http://www.w3.org/2011/content#")),
        ("skos", .string("http://www.w3.org/2004/02/skos/core#")),
        ("spdx", .string("http://spdx.org/rdf/terms#")),
        ("rdfs", .string("http://www.w3.org/2000/01/rdf-schema#")),
        ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
    ])

    /// The dataset's IRI in the catalogue and in schema.org: `<page>#dataset`.
    public static func datasetIRI(_ d: DatasetInfo, catalog: CatalogInfo) -> String {
        pageURL(d, catalog: catalog) + "#dataset"
    }

    /// One dcat:Dataset node, on its own so a golden file can pin one entry.
    public static func dcatDataset(_ d: DatasetInfo, files: Distribution? = nil, catalog: CatalogInfo) -> JSON {
        let page = pageURL(d, catalog: catalog)
        let license = licenseNode(d.license, catalog)
        /// The CSV's character encoding (W3C Content in RDF) and the standard it
        /// follows (RFC 4180, whose media type parameters are `charset` and
        /// `header`): the encoding and the BOM stated, as rule L3-08 asks; the
        /// description says whether the file starts with a BOM.
        func distribution(
            _ format: String, url: String, mediaType: String, description: String,
            bytes: [UInt8]?, sha256: String?, encoding: String? = nil, standard: String? = nil
        ) -> JSON {
            JSON.object([
                ("@id", .string(page + "#" + format.lowercased())),
                ("@type", .string("dcat:Distribution")),
                ("dct:title", text("\(d.title)（\(format)）", catalog)),
                ("dct:description", text(description, catalog)),
                ("dcat:accessURL", idNode(page)),
                ("dcat:downloadURL", idNode(url)),
                ("dcat:mediaType", typedNode(ianaMediaType(mediaType), "dct:MediaType")),
                ("dct:format", typedNode(fileTypeURI(format), "dct:MediaTypeOrExtent")),
                ("dct:license", license),
                (
                    "dcat:byteSize",
                    bytes.map {
                        .object([("@value", .string(String($0.count))), ("@type", .string("xsd:nonNegativeInteger"))])
                    }
                ),
                ("spdx:checksum", sha256.map(checksumNode)),
                ("cnt:characterEncoding", encoding.map(JSON.string)),
                ("dct:conformsTo", standard.map { typedNode($0, "dct:Standard") }),
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
                ("@type", .array([.string("vcard:Kind"), .string("vcard:Organization")])),
                ("vcard:fn", text(catalog.publisherName, catalog)),
                ("vcard:hasEmail", idNode("mailto:" + email)),
            ])
        }
        let provenance: JSON? = citation(d, catalog: catalog, pageURL: page).sourceCredit.map { credit in
            JSON.object([("@type", .string("dct:ProvenanceStatement")), ("rdfs:label", text(credit, catalog))])
        }
        let bom = files.map { $0.csv.starts(with: CSV.bom) } ?? false
        return JSON.object([
            ("@id", .string(datasetIRI(d, catalog: catalog))),
            ("@type", .string("dcat:Dataset")),
            ("dct:identifier", .string(datasetIRI(d, catalog: catalog))),
            ("dct:title", text(d.title, catalog)),
            ("dct:description", text(d.description, catalog)),
            ("dcat:keyword", d.keywords.isEmpty ? nil : .array(d.keywords.map { text($0, catalog) })),
            ("dct:publisher", publisherNode(catalog)),
            ("dcat:contactPoint", contact),
            ("dct:license", license),
            ("dct:language", languageNode(catalog)),
            ("dct:spatial", spatialNodes(catalog)),
            ("dct:temporal", temporal),
            ("dct:modified", d.effectiveUpdated.map(dateNode)),
            ("dct:accrualPeriodicity", d.frequency.map { typedNode(frequencyURI($0), "dct:Frequency") }),
            ("dct:provenance", provenance),
            ("dcat:version", d.version.map(JSON.string)),
            ("adms:versionNotes", d.changes.last.map { text($0.description, catalog) }),
            ("dcat:landingPage", documentNode(page)),
            (
                "dcat:distribution",
                .array([
                    distribution(
                        "CSV", url: csvURL(d, catalog: catalog), mediaType: "text/csv",
                        description: "UTF-8\(bom ? "（BOM付き）" : "")、カンマ区切りのCSVファイル。1行目は列名です。",
                        bytes: files?.csv, sha256: files?.csvSHA256, encoding: "UTF-8",
                        standard: "https://www.rfc-editor.org/rfc/rfc4180"),
                    distribution(
                        "JSON", url: jsonURL(d, catalog: catalog), mediaType: "application/json",
                        description: "メタデータ、列の定義と、型の付いた値の行を持つJSONファイル。",
                        bytes: files?.json, sha256: files?.jsonSHA256, encoding: "UTF-8"),
                ])
            ),
        ])
    }

    /// The EU Publications Office frequency URI for a declared frequency.
    public static func frequencyURI(_ frequency: UpdateFrequency) -> String {
        "http://publications.europa.eu/resource/authority/frequency/" + frequency.euCode
    }

    /// The EU file-type authority URI: `…/file-type/CSV`, `…/file-type/JSON`.
    public static func fileTypeURI(_ format: String) -> String {
        "http://publications.europa.eu/resource/authority/file-type/" + format.uppercased()
    }

    /// The IANA media type registry URI: `https://www.iana.org/assignments/media-types/text/csv`.
    public static func ianaMediaType(_ type: String) -> String {
        "https://www.iana.org/assignments/media-types/" + type
    }

    static func idNode(_ url: String) -> JSON { .object([("@id", .string(url))]) }

    static func typedNode(_ url: String, _ type: String) -> JSON {
        .object([("@id", .string(url)), ("@type", .string(type))])
    }

    /// A web page (`foaf:Document`, the range of landing page and homepage).
    static func documentNode(_ url: String) -> JSON { typedNode(url, "foaf:Document") }

    static func text(_ s: String, _ catalog: CatalogInfo) -> JSON {
        .object([("@value", .string(s)), ("@language", .string(catalog.language))])
    }

    static func dateNode(_ date: LocalDate) -> JSON {
        .object([("@value", .string(date.iso)), ("@type", .string("xsd:date"))])
    }

    /// The SHA-256 of a file as an `spdx:Checksum`.
    static func checksumNode(_ hex: String) -> JSON {
        JSON.object([
            ("@type", .string("spdx:Checksum")),
            (
                "spdx:algorithm",
                typedNode("http://spdx.org/rdf/terms#checksumAlgorithm_sha256", "spdx:ChecksumAlgorithm")
            ),
            ("spdx:checksumValue", .object([("@value", .string(hex)), ("@type", .string("xsd:hexBinary"))])),
        ])
    }

    /// The licence as a `dct:LicenseDocument`: the text's URL as its IRI, the
    /// name as its label; a licence without a URL is a blank node with its name.
    static func licenseNode(_ license: License, _ catalog: CatalogInfo) -> JSON {
        JSON.object([
            ("@id", license.url.map(JSON.string)),
            ("@type", .string("dct:LicenseDocument")),
            ("rdfs:label", text(license.name, catalog)),
        ])
    }

    /// The publisher as a `foaf:Agent` (and `foaf:Organization`), named in the
    /// catalogue's language, with its web site as `foaf:homepage`. Its IRI is
    /// `<catalog.jsonld>#publisher`, so every mention is the same agent.
    static func publisherNode(_ catalog: CatalogInfo) -> JSON {
        JSON.object([
            ("@id", .string(dcatURL(catalog) + "#publisher")),
            ("@type", .array([.string("foaf:Agent"), .string("foaf:Organization")])),
            ("foaf:name", text(catalog.publisherName, catalog)),
            ("foaf:homepage", catalog.publisherURL.map(documentNode)),
        ])
    }

    /// The language from the EU Publications Office language authority list
    /// (`…/language/JPN`), as DCAT-AP asks, typed `dct:LinguisticSystem`. A
    /// language the short table below does not have falls back to the
    /// Library of Congress ISO 639-1 URI.
    static func languageNode(_ catalog: CatalogInfo) -> JSON {
        let primary = catalog.language.split(separator: "-").first.map(String.init)?.lowercased() ?? catalog.language
        let uri =
            euLanguageCodes[primary].map { "http://publications.europa.eu/resource/authority/language/" + $0 }
            ?? "http://id.loc.gov/vocabulary/iso639-1/" + primary
        return typedNode(uri, "dct:LinguisticSystem")
    }

    /// ISO 639-1 → EU language authority codes, for the languages a Japanese
    /// town's site is likely written in.
    static let euLanguageCodes: [String: String] = [
        "ja": "JPN", "en": "ENG", "zh": "ZHO", "ko": "KOR", "pt": "POR", "es": "SPA", "vi": "VIE",
        "tl": "TGL", "fr": "FRA", "de": "DEU", "th": "THA", "id": "IND", "ne": "NEP", "ru": "RUS",
    ]

    /// The municipality and the country as `dct:Location`s. The town's IRI is
    /// its 統計に用いる標準地域コード in e-Stat's statistical LOD
    /// (`http://data.e-stat.go.jp/lod/sac/C07407`: the first five digits of the
    /// 全国地方公共団体コード), the scheme the government's 共通語彙基盤 uses
    /// for 市区町村コード; the six-digit code with its check digit is its
    /// `adms:Identifier`, typed by the 総務省 code page. Japan is the EU country
    /// authority's `JPN`, which the DCAT-AP vocabulary rules ask for.
    static func spatialNodes(_ catalog: CatalogInfo) -> JSON {
        var labels = [text(catalog.placeName, catalog)]
        if let en = catalog.municipalityNameEnglish {
            labels.append(.object([("@value", .string(en)), ("@language", .string("en"))]))
        }
        let code = catalog.localGovernmentCode
        let town = JSON.object([
            ("@id", LocalGovernmentCode.standardAreaURI(code).map(JSON.string)),
            ("@type", .string("dct:Location")),
            ("skos:prefLabel", labels.count == 1 ? labels[0] : .array(labels)),
            ("dct:identifier", .string(code)),
            (
                "adms:identifier",
                .object([
                    ("@type", .string("adms:Identifier")),
                    (
                        "skos:notation",
                        .object([("@value", .string(code)), ("@type", .string(LocalGovernmentCode.schemeURL))])
                    ),
                    ("adms:schemeAgency", text("総務省", catalog)),
                ])
            ),
        ])
        let country = typedNode("http://publications.europa.eu/resource/authority/country/JPN", "dct:Location")
        return .array([town, country])
    }
}
