import Foundation
import Testing
import MierukaCore
@testable import MierukaOpenData

/// The catalogue against the DCAT-AP 3.0.1 shapes it claims to meet: for each
/// class, the mandatory properties (minimum counts), the cardinalities
/// (maximum counts), whether a value is a literal or a resource, the class of
/// each resource (the range shapes) and the datatypes. The same subset is
/// written as SHACL in scripts/shapes/dcat-ap-subset.ttl, which
/// scripts/check-opendata.sh runs with pyshacl on the built sample site.
@Suite struct DCATShapeTests {
    enum Value { case literal, resource }

    /// One property shape: path, cardinality, kind, and a class or datatypes.
    struct Rule {
        let path: String
        var min = 0
        var max: Int?
        var kind: Value?
        var type: String?
        var datatypes: [String]?
    }

    static let dates = ["xsd:date", "xsd:dateTime", "xsd:gYear", "xsd:gYearMonth"]

    /// The subset of DCAT-AP 3.0.1 (shacl/shapes.ttl and range.ttl) that mieruka checks.
    static let shapes: [String: [Rule]] = [
        "dcat:Catalog": [
            Rule(path: "dct:title", min: 1, kind: .literal), Rule(path: "dct:description", min: 1, kind: .literal),
            Rule(path: "dct:publisher", min: 1, max: 1, kind: .resource, type: "foaf:Agent"),
            Rule(path: "dct:license", max: 1, kind: .resource, type: "dct:LicenseDocument"),
            Rule(path: "dct:language", kind: .resource, type: "dct:LinguisticSystem"),
            Rule(path: "dct:spatial", kind: .resource, type: "dct:Location"),
            Rule(path: "dct:issued", max: 1, datatypes: dates), Rule(path: "dct:modified", max: 1, datatypes: dates),
            Rule(path: "foaf:homepage", max: 1, kind: .resource, type: "foaf:Document"),
            Rule(path: "dcat:dataset", kind: .resource, type: "dcat:Dataset"),
        ],
        "dcat:Dataset": [
            Rule(path: "dct:title", min: 1, kind: .literal), Rule(path: "dct:description", min: 1, kind: .literal),
            Rule(path: "dct:publisher", max: 1, kind: .resource, type: "foaf:Agent"),
            Rule(path: "dcat:contactPoint", kind: .resource, type: "vcard:Kind"),
            Rule(path: "dcat:distribution", kind: .resource, type: "dcat:Distribution"),
            Rule(path: "dct:accrualPeriodicity", max: 1, kind: .resource, type: "dct:Frequency"),
            Rule(path: "dct:spatial", kind: .resource, type: "dct:Location"),
            Rule(path: "dct:identifier", kind: .literal), Rule(path: "dcat:keyword", kind: .literal),
            Rule(path: "dcat:landingPage", kind: .resource, type: "foaf:Document"),
            Rule(path: "dct:language", kind: .resource, type: "dct:LinguisticSystem"),
            Rule(path: "dct:modified", max: 1, datatypes: dates),
            Rule(path: "dct:provenance", kind: .resource, type: "dct:ProvenanceStatement"),
            Rule(path: "dct:temporal", kind: .resource, type: "dct:PeriodOfTime"),
            Rule(path: "dcat:version", max: 1, kind: .literal), Rule(path: "adms:versionNotes", kind: .literal),
            // Not a DCAT-AP dataset property, but typed like the distributions' licence.
            Rule(path: "dct:license", max: 1, kind: .resource, type: "dct:LicenseDocument"),
        ],
        "dcat:Distribution": [
            Rule(path: "dcat:accessURL", min: 1, kind: .resource), Rule(path: "dcat:downloadURL", kind: .resource),
            Rule(path: "dct:format", max: 1, kind: .resource, type: "dct:MediaTypeOrExtent"),
            Rule(path: "dcat:mediaType", max: 1, kind: .resource, type: "dct:MediaType"),
            Rule(path: "dct:license", max: 1, kind: .resource, type: "dct:LicenseDocument"),
            Rule(path: "dcat:byteSize", max: 1, datatypes: ["xsd:nonNegativeInteger"]),
            Rule(path: "spdx:checksum", max: 1, kind: .resource, type: "spdx:Checksum"),
            Rule(path: "dct:title", kind: .literal), Rule(path: "dct:description", kind: .literal),
        ],
        "foaf:Agent": [Rule(path: "foaf:name", min: 1, kind: .literal), Rule(path: "dct:type", max: 1)],
        "spdx:Checksum": [
            Rule(path: "spdx:algorithm", min: 1, max: 1, kind: .resource),
            Rule(path: "spdx:checksumValue", min: 1, max: 1, datatypes: ["xsd:hexBinary"]),
        ],
        "adms:Identifier": [Rule(path: "skos:notation", max: 1)],
        "dct:PeriodOfTime": [
            Rule(path: "dcat:startDate", max: 1, datatypes: dates),
            Rule(path: "dcat:endDate", max: 1, datatypes: dates),
        ],
        "dct:Location": [Rule(path: "dcat:bbox", max: 1), Rule(path: "dcat:centroid", max: 1)],
    ]

    /// Every node object of a JSON-LD tree, and the types of each `@id`.
    static func nodes(_ json: Any) -> (nodes: [[String: Any]], types: [String: Set<String>]) {
        var nodes: [[String: Any]] = []
        var types: [String: Set<String>] = [:]
        func walk(_ v: Any) {
            if let a = v as? [Any] { a.forEach(walk); return }
            guard let o = v as? [String: Any], o["@value"] == nil else { return }
            nodes.append(o)
            if let id = o["@id"] as? String { types[id, default: []].formUnion(typesOf(o)) }
            for (key, value) in o where key != "@context" { walk(value) }
        }
        walk(json)
        return (nodes, types)
    }

    static func typesOf(_ o: [String: Any]) -> Set<String> {
        if let t = o["@type"] as? String { return [t] }
        return Set((o["@type"] as? [String]) ?? [])
    }

    /// Every violation of `shapes` in a catalogue, as readable lines.
    static func violations(_ bytes: [UInt8]) throws -> [String] {
        let (all, types) = nodes(try parseJSON(bytes))
        var out: [String] = []
        for node in all {
            let name = (node["@id"] as? String) ?? "a blank node"
            for type in typesOf(node) {
                for rule in shapes[type] ?? [] {
                    let raw = node[rule.path]
                    let values: [Any] = raw.map { ($0 as? [Any]) ?? [$0] } ?? []
                    if values.count < rule.min {
                        out.append("\(type) \(name): \(rule.path) has \(values.count), needs \(rule.min)")
                    }
                    if let max = rule.max, values.count > max {
                        out.append("\(type) \(name): \(rule.path) has \(values.count), at most \(max)")
                    }
                    for v in values {
                        let o = v as? [String: Any]
                        let isLiteral = o == nil || o?["@value"] != nil
                        if rule.kind == .literal && !isLiteral {
                            out.append("\(type) \(name): \(rule.path) is not a literal")
                        }
                        if rule.kind == .resource && isLiteral {
                            out.append("\(type) \(name): \(rule.path) is a literal, not a resource")
                        }
                        if let cls = rule.type, let o, !isLiteral {
                            let t = typesOf(o).union((o["@id"] as? String).flatMap { types[$0] } ?? [])
                            if !t.contains(cls) {
                                out.append("\(type) \(name): \(rule.path) is not a \(cls) (\(t.sorted()))")
                            }
                        }
                        if let datatypes = rule.datatypes {
                            let dt = o?["@type"] as? String
                            if !(dt.map(datatypes.contains) ?? false) {
                                out.append("\(type) \(name): \(rule.path) is not typed \(datatypes)")
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    static func catalog(_ ds: [DatasetInfo], catalog: CatalogInfo = Fixtures.catalog) -> [UInt8] {
        OpenData.dcatCatalog(ds.map { ($0, Distribution($0, catalog: catalog, bom: true)) }, catalog: catalog)
    }

    /// A dataset with dates rather than years, its own terms, no source, no
    /// frequency, no keywords; and a catalogue without e-mail or publisher URL.
    static var sparse: (DatasetInfo, CatalogInfo) {
        var c = Fixtures.catalog
        c.contactEmail = nil
        c.publisherURL = nil
        c.language = "en"
        let table = DataTable(
            fields: [Field(name: "day", type: .date), Field(name: "n", type: .integer)],
            rows: [
                [.date(LocalDate(iso: "2021-04-01")!), .integer(3)],
                [.date(LocalDate(iso: "2020-04-01")!), .integer(1)],
            ])
        let d = DatasetInfo(
            id: "counts", title: "件数", description: "日ごとの件数", license: License(name: "独自の規約"), table: table,
            version: "2", changes: [.init(date: LocalDate(iso: "2021-04-02")!, description: "追加")])
        return (d, c)
    }

    @Test func everyShapeIsMet() throws {
        #expect(try Self.violations(Self.catalog([Fixtures.population])) == [])
        let (d, c) = Self.sparse
        #expect(try Self.violations(Self.catalog([d, Fixtures.population], catalog: c)) == [])
        // Without files (no byte sizes, no checksums) it conforms too.
        #expect(try Self.violations(OpenData.dcatCatalog([Fixtures.population], catalog: Fixtures.catalog)) == [])
    }

    @Test func theCheckerFindsViolations() throws {
        // A catalogue as mieruka wrote it before DCAT-AP 3.0.1: untyped licence, publisher without foaf:Agent, text format.
        let old = """
            {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/"},
             "@type": "dcat:Catalog", "dct:title": "t", "dct:publisher": {"@type": "foaf:Organization", "foaf:name": "町"},
             "dcat:dataset": [{"@id": "x", "@type": "dcat:Dataset", "dct:title": "t", "dct:description": "d",
               "dct:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"},
               "dcat:distribution": [{"@type": "dcat:Distribution", "dct:format": "CSV", "dcat:mediaType": [{"@id": "a"}, {"@id": "b"}]}]}]}
            """
        let found = try Self.violations(Array(old.utf8))
        #expect(found.contains("dcat:Catalog a blank node: dct:description has 0, needs 1"))
        #expect(found.contains { $0.hasPrefix("dcat:Catalog a blank node: dct:publisher is not a foaf:Agent") })
        #expect(found.contains { $0.hasPrefix("dcat:Dataset x: dct:license is not a dct:LicenseDocument") })
        #expect(found.contains("dcat:Distribution a blank node: dcat:accessURL has 0, needs 1"))
        #expect(found.contains("dcat:Distribution a blank node: dct:format is a literal, not a resource"))
        #expect(found.contains("dcat:Distribution a blank node: dcat:mediaType has 2, at most 1"))
    }

    func dataset(_ bytes: [UInt8]) throws -> [String: Any] {
        let doc = try #require(try parseJSON(bytes) as? [String: Any])
        return try #require((doc["dcat:dataset"] as? [[String: Any]])?.first)
    }

    @Test func controlledVocabularies() throws {
        let d = try dataset(Self.catalog([Fixtures.population]))
        let distributions = try #require(d["dcat:distribution"] as? [[String: Any]])
        #expect(
            distributions.map { ($0["dct:format"] as? [String: String])?["@id"] } == [
                "http://publications.europa.eu/resource/authority/file-type/CSV",
                "http://publications.europa.eu/resource/authority/file-type/JSON",
            ])
        for dist in distributions {
            let media = try #require((dist["dcat:mediaType"] as? [String: String])?["@id"])
            #expect(
                media.range(of: "^https?://www.iana.org/assignments/media-types/", options: .regularExpression) != nil)
            let checksum = try #require(dist["spdx:checksum"] as? [String: Any])
            #expect(
                (checksum["spdx:algorithm"] as? [String: String])?["@id"]
                    == "http://spdx.org/rdf/terms#checksumAlgorithm_sha256")
            let value = try #require((checksum["spdx:checksumValue"] as? [String: String])?["@value"])
            #expect(value.count == 64 && value.allSatisfy(\.isHexDigit))
        }
        #expect(
            (d["dct:language"] as? [String: String])?["@id"]
                == "http://publications.europa.eu/resource/authority/language/JPN")
        #expect(
            (d["dct:accrualPeriodicity"] as? [String: String])
                == [
                    "@id": "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                    "@type": "dct:Frequency",
                ])
        let spatial = try #require(d["dct:spatial"] as? [[String: Any]])
        #expect(
            spatial.map { $0["@id"] as? String } == [
                "http://data.e-stat.go.jp/lod/sac/C07407",
                "http://publications.europa.eu/resource/authority/country/JPN",
            ])
    }

    @Test func distributionSizesAndHashesAreThoseOfTheFiles() throws {
        let files = Distribution(Fixtures.population, catalog: Fixtures.catalog, bom: true)
        let d = try dataset(OpenData.dcatCatalog([(Fixtures.population, files)], catalog: Fixtures.catalog))
        let distributions = try #require(d["dcat:distribution"] as? [[String: Any]])
        let sizes = distributions.map { ($0["dcat:byteSize"] as? [String: String])?["@value"] }
        #expect(sizes == [String(files.csv.count), String(files.json.count)])
        let hashes = distributions.map {
            (($0["spdx:checksum"] as? [String: Any])?["spdx:checksumValue"] as? [String: String])?["@value"]
        }
        #expect(hashes == [files.csvSHA256, files.jsonSHA256])
        #expect((distributions[0]["dct:description"] as? [String: String])?["@value"]?.contains("BOM付き") == true)
    }

    @Test func landingPageIsNotTheDataset() throws {
        let d = try dataset(Self.catalog([Fixtures.population]))
        #expect(d["@id"] as? String == "https://example.org/dx/data/population/#dataset")
        #expect(
            (d["dcat:landingPage"] as? [String: String]) == [
                "@id": "https://example.org/dx/data/population/", "@type": "foaf:Document",
            ])
        let distributions = try #require(d["dcat:distribution"] as? [[String: Any]])
        let ids = distributions.compactMap { $0["@id"] as? String }
        #expect(ids == ["https://example.org/dx/data/population/#csv", "https://example.org/dx/data/population/#json"])
        #expect(!ids.contains(d["@id"] as! String))
    }

    @Test func municipalityHasATypedIdentifier() throws {
        let d = try dataset(Self.catalog([Fixtures.population]))
        let town = try #require((d["dct:spatial"] as? [[String: Any]])?.first)
        #expect(town["@type"] as? String == "dct:Location")
        let identifier = try #require(town["adms:identifier"] as? [String: Any])
        #expect(identifier["@type"] as? String == "adms:Identifier")
        #expect(
            (identifier["skos:notation"] as? [String: String]) == [
                "@value": "074071", "@type": "https://www.soumu.go.jp/denshijiti/code.html",
            ])
    }

    @Test func versionAndHistory() throws {
        var p = Fixtures.population
        p.version = "1.1"
        p.changes = [
            .init(date: LocalDate(iso: "2020-07-01")!, description: "公開", version: "1.0"),
            .init(date: LocalDate(iso: "2021-06-30")!, description: "2020年の値を追加", version: "1.1"),
        ]
        let d = try dataset(Self.catalog([p]))
        #expect(d["dcat:version"] as? String == "1.1")
        #expect((d["adms:versionNotes"] as? [String: String]) == ["@value": "2020年の値を追加", "@language": "ja"])
        let (sparse, c) = Self.sparse
        let s = try dataset(Self.catalog([sparse], catalog: c))
        #expect(
            (s["dct:temporal"] as? [String: Any]).flatMap { $0["dcat:startDate"] as? [String: String] } == [
                "@value": "2020-04-01", "@type": "xsd:date",
            ])
        #expect(s["dcat:contactPoint"] == nil && s["dct:provenance"] == nil)
        #expect((s["dct:license"] as? [String: Any])?["@id"] == nil)
    }
}
