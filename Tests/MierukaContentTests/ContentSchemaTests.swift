import Foundation
import Testing
import MierukaCore
import MierukaYAML
@testable import MierukaContent
import MierukaTestSupport

/// The schemas the editor gets (`ContentSchema`) and the keys the loader
/// reads are one set: the sample site and a fixture that writes every key
/// are loaded with a `KeyRecorder`, and every key asked for — where, with
/// which accessor, whether required — must be in the tables, and every key of
/// the tables must have been asked for. The JSON Schema validator's side (the
/// sample validates, bad input is refused) is scripts/check-schemas.sh.
@Suite struct ContentSchemaTests {
    /// The sites whose loading must ask for every key of the tables.
    static let sites = [repoRoot + "/content", repoRoot + "/Tests/SiteFixtures/every-key/content"]

    struct Place: Hashable, CustomStringConvertible {
        var path: [String]
        var key: String
        var description: String { (path + [key]).joined(separator: " › ") }
    }

    /// What the loader asked for at each place: the accessors other than
    /// `node` (a raw look that typed reads of the same key also make), and
    /// whether any read said required.
    static func asked() -> [Place: (reads: Set<YAMLRead>, required: Bool)] {
        var out: [Place: (reads: Set<YAMLRead>, required: Bool)] = [:]
        for site in sites {
            let (recorder, diagnostics) = ContentLoader.recordKeys(
                contentDirectory: site, options: LoadOptions(today: LocalDate(year: 2021, month: 4, day: 1)))
            let errors = diagnostics.sorted.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(site) must load without errors, so every reader runs: \(errors.map(\.message))")
            for r in recorder.reads {
                let place = Place(path: r.path, key: r.key)
                var entry = out[place] ?? ([], false)
                entry.reads.insert(r.read)
                entry.required = entry.required || r.required
                out[place] = entry
            }
        }
        return out
    }

    @Test func everyKeyTheLoaderReadsIsInTheSchemasAndTheOtherWayRound() {
        let asked = Self.asked()
        var tables: [Place: KeyRecorder.Read] = [:]
        for schema in ContentSchema.all {
            for r in schema.reads {
                let place = Place(path: r.path, key: r.key)
                #expect(tables[place] == nil, "\(place) is in the tables twice")
                tables[place] = r
            }
        }
        #expect(tables.count > 150, "the tables hold every kind's keys")
        var problems: [String] = []
        for (place, entry) in asked.sorted(by: { $0.key.description < $1.key.description }) {
            let typed = entry.reads.subtracting([.node])
            guard let table = tables[place] else {
                problems.append(
                    "the loader reads '\(place.key)' at \(place) (\(entry.reads.map(\.description).sorted().joined(separator: ", "))), "
                        + "but the schema tables (Sources/MierukaContent/ContentSchema+*.swift) have no such key")
                continue
            }
            let expected: Set<YAMLRead> = table.read == .node ? [] : [table.read]
            if typed != expected {
                problems.append(
                    "\(place): the loader reads it as \(entry.reads.map(\.description).sorted().joined(separator: ", ")), "
                        + "the schema table as \(table.read)")
            }
            if entry.required != table.required {
                problems.append(
                    "\(place): the loader \(entry.required ? "requires" : "does not require") it, the schema table \(table.required ? "does" : "does not")"
                )
            }
        }
        for place in tables.keys.sorted(by: { $0.description < $1.description }) where asked[place] == nil {
            problems.append(
                "the schema tables have \(place), but loading \(Self.sites.map { $0.dropFirst(repoRoot.count + 1) }.joined(separator: " and ")) "
                    + "never asked for it: remove it from the tables, or write it in Tests/SiteFixtures/every-key if the loader reads it"
            )
        }
        #expect(problems.isEmpty, "\(problems.count) disagreements:\n\(problems.joined(separator: "\n"))")
    }

    /// Recording changes nothing the loader says.
    @Test func aRecordedLoadGivesTheSameDiagnostics() {
        var said = 0
        for site in Self.sites {
            let options = LoadOptions(today: LocalDate(year: 2030, month: 1, day: 1))
            let plain = ContentLoader.load(contentDirectory: site, options: options).diagnostics.sorted
            let recorded = ContentLoader.recordKeys(contentDirectory: site, options: options).1.sorted
            #expect(plain.map(\.description) == recorded.map(\.description))
            said += plain.count
        }
        #expect(said > 0, "an overdue warning in 2030, to compare")
    }

    @Test func theSchemasAreTheSameBytesEveryTimeAndValidJSON() throws {
        for schema in ContentSchema.all {
            #expect(schema.fileBytes == schema.fileBytes)
            let object = try JSONSerialization.jsonObject(with: Data(schema.fileBytes)) as? [String: Any]
            #expect(object?["$schema"] as? String == "http://json-schema.org/draft-07/schema#", "\(schema.id)")
            #expect(object?["additionalProperties"] as? Bool == false, "\(schema.id)")
        }
        #expect(Set(ContentSchema.all.map(\.id)).count == ContentSchema.all.count)
        #expect(
            ContentSchema.all.map(\.fileName) == [
                "site.schema.json", "strategy.schema.json", "initiative.schema.json", "timeline.schema.json",
                "agreements.schema.json",
                "dataset.schema.json", "note.schema.json", "page.schema.json", "translation.schema.json",
                "chart-block.schema.json",
            ])
    }

    /// Every group in every schema refuses unknown keys, as the build does.
    @Test func everyGroupRefusesUnknownKeys() throws {
        func walk(_ value: Any, at path: String, _ out: inout [String]) {
            if let object = value as? [String: Any] {
                let types = (object["type"] as? [String]) ?? (object["type"] as? String).map { [$0] } ?? []
                if types.contains("object"), object["properties"] != nil,
                    object["additionalProperties"] as? Bool != false
                {
                    out.append(path)
                }
                if object["properties"] != nil, !types.contains("object"),
                    !["if", "then"].contains(where: path.hasSuffix),
                    !path.contains("/oneOf/")
                {
                    out.append(path + " (properties without type: object)")
                }
                for (k, v) in object { walk(v, at: path + "/" + k, &out) }
            } else if let array = value as? [Any] {
                for (i, v) in array.enumerated() { walk(v, at: path + "/\(i)", &out) }
            }
        }
        for schema in ContentSchema.all {
            var open: [String] = []
            walk(try JSONSerialization.jsonObject(with: Data(schema.fileBytes)), at: schema.id, &open)
            #expect(open.isEmpty, "groups without additionalProperties: false: \(open)")
        }
    }

    /// A key read in one of several forms (`SchemaValue.oneOf`) gives `anyOf`,
    /// and its groups are walked like the others.
    @Test func aValueOfSeveralFormsIsAnyOfItsForms() throws {
        let key = SchemaKey(
            "license", .oneOf([.text(.id), .group(ContentSchema.licenseGroup)]), "ライセンス", "id かグループ",
            en: "an id or a group")
        let schema = ContentSchema(
            id: "t", loaderWhat: "t.yaml", place: "t.yaml", files: [], folder: "", title: "t", about: "t", english: "t",
            root: SchemaGroup([key]))
        #expect(
            schema.reads.map(\.description) == [
                "t.yaml › license: node", "t.yaml › license › name: string",
                "t.yaml › license › url: link(web)", "t.yaml › license › id: string",
            ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(schema.fileBytes)) as? [String: Any])
        let property = try #require((json["properties"] as? [String: Any])?["license"] as? [String: Any])
        let forms = try #require(property["anyOf"] as? [[String: Any]])
        #expect(forms.count == 3, "an id, a group, or nothing")
        #expect(forms[1]["additionalProperties"] as? Bool == false)
    }

    @Test func theSchemaCommentIsRelativeToTheFile() {
        #expect(ContentSchema.site.schemaComment() == "# yaml-language-server: $schema=../schemas/site.schema.json")
        #expect(
            ContentSchema.dataset.schemaComment() == "# yaml-language-server: $schema=../../schemas/dataset.schema.json"
        )
        #expect(ContentSchema.note.schemaComment() == "# yaml-language-server: $schema=../../schemas/note.schema.json")
    }

    // MARK: patterns against their owners

    static func matches(_ pattern: String, _ text: String) -> Bool {
        let re = try! NSRegularExpression(pattern: pattern)
        return re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test func theIdPatternIsSlugIsValid() {
        let samples = [
            "seal-abolition", "a", "0", "2020", "a-", "-a", "A", "seal_abolition", "印鑑", "a b", "", "x--y",
            String(repeating: "a", count: 100), String(repeating: "a", count: 101), "a.b", "ａ",
        ]
        for s in samples {
            #expect(Self.matches(SchemaPattern.id, s) == Slug.isValid(s), "\(s)")
        }
    }

    @Test func theFieldNamePatternIsTheLoaders() {
        let samples = [
            "year", "age_band", "a1", "_a", "1a", "Year", "age-band", "", "人口", String(repeating: "a", count: 64),
            String(repeating: "a", count: 65), "a b",
        ]
        for s in samples {
            #expect(Self.matches(SchemaPattern.fieldName, s) == Loader.isFieldName(s), "\(s)")
        }
    }

    @Test func theLinkPatternsAreLinkRule() {
        let samples = [
            "https://example.org/", "http://example.org", "HTTPS://EXAMPLE.ORG", "HtTp://x", "/notes/", "notes/x",
            "#top", "?q=1",
            "mailto:dx@example.org", "MAILTO:x", "tel:0242000000", "javascript:alert(1)", "JavaScript:x",
            "data:text/html,x",
            "vbscript:x", " javascript:x", "ftp://x", "//example.org", "https:", "x:y", ":x", "", "a/b:c", " https://x",
            "\thttps://x", "https ://x",
        ]
        for s in samples {
            #expect(Self.matches(SchemaPattern.link(.web), s) == LinkRule.web.allows(s), "web: \(s.debugDescription)")
            #expect(
                Self.matches(SchemaPattern.link(.link), s) == LinkRule.link.allows(s), "link: \(s.debugDescription)")
        }
    }

    @Test func theDatePatternsAreLocalDateAndPartialDate() {
        // The pattern decides the shape; JSON Schema's `format: date` decides whether the day exists.
        let shapes = [
            "2020-07-01", "2020-7-1", "2020/07/01", "20200701", "2020-13-01", "2020-00-10", "2020-12-32", "2020-01-00",
            "２０２０-07-01", "2020-07-01 ", "2020-07",
        ]
        for s in shapes {
            #expect(Self.matches(SchemaPattern.date, s) == (LocalDate(iso: s) != nil), "\(s)")
        }
        for s in ["2019-06", "2019-6", "2019-13", "2019", "2019-06-12", "2019-06-1", "2019-00"] {
            #expect(Self.matches(SchemaPattern.partialDate, s) == (PartialDate(iso: s) != nil), "\(s)")
        }
    }

    @Test func theCodePatternIsLocalGovernmentCodeWithoutItsCheckDigit() {
        for s in [
            "074071", "074072", "011002", "131016", "471003", "481000", "994071", "004071", "74071", "0740711",
            "07407a", "０７４０７１",
        ] {
            let prefectureKnown =
                s.count == 6 && s.last!.isASCII && s.last!.isNumber
                && LocalGovernmentCode.checkDigit(String(s.prefix(5))) != nil
            #expect(Self.matches(SchemaPattern.localGovernmentCode, s) == prefectureKnown, "\(s)")
            if LocalGovernmentCode.isValid(s) { #expect(Self.matches(SchemaPattern.localGovernmentCode, s), "\(s)") }
        }
    }

    /// The path patterns refuse a path only when `SafePath.relative` does (the
    /// other way round is not asked: `a/../../x` is left to the build).
    @Test func thePathPatternsNeverRefuseWhatSafePathAccepts() {
        let samples = [
            "population.csv", "csv/population.csv", "./population.csv", "a/../b.csv", "a//b.csv", "../site.yaml",
            "./../x",
            "/etc/passwd", "\\server\\x", "a\\b", "c:x", "", ".", "..", "a/../../x", "人口.csv", "a\tb",
            "images/office.jpg",
        ]
        for s in samples {
            let safe = SafePath.relative(s) != nil
            if safe { #expect(Self.matches(SchemaPattern.relativePath, s), "\(s.debugDescription)") }
            let cover =
                s.hasPrefix("http://") || s.hasPrefix("https://")
                || SafePath.relative(s.hasPrefix("/") ? String(s.dropFirst()) : s) != nil
            if cover { #expect(Self.matches(SchemaPattern.coverImage, s), "cover \(s.debugDescription)") }
        }
        for refused in ["../site.yaml", "/etc/passwd", "./../x", "c:x", ""] {
            #expect(!Self.matches(SchemaPattern.relativePath, refused), "\(refused)")
        }
        for s in ["https://example.org/a.jpg", "/images/a.jpg", "images/a.jpg"] {
            #expect(Self.matches(SchemaPattern.coverImage, s), "\(s)")
        }
        for s in ["../../site.yaml", "//x", "javascript:x", "ftp://x"] {
            #expect(!Self.matches(SchemaPattern.coverImage, s), "\(s)")
        }
    }

    @Test func theEmailPatternIsTheLoaders() {
        let log = DiagnosticLog()
        for s in [
            "dx@example.org", "a@b.c", "dx@example", "@example.org", "dx@@example.org", "dx example@x.org",
            "mailto:dx@x.org",
            "dx@x.org?subject=1", "<dx@x.org>", "dx@x.org;y@z.org", "dx@x.org,",
        ] {
            let node = try! YAMLParser.parse("email: \"\(s)\"\n", file: "t.yaml")
            let m = YAMLMapping(node, what: "t", log: log)!
            let accepted = m.email("email") != nil
            #expect(Self.matches(SchemaPattern.email, s) == accepted, "\(s)")
        }
    }
}
