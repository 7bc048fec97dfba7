import Foundation
import Testing
import MierukaCore
@testable import MierukaOpenData

/// Text from content must not break out of the JSON or the `<script>` block
/// that holds it, and must come back unchanged when parsed.
@Suite struct HostileTextTests {
    static let hostile = "</script><script>alert(\"x\")</script> ]]> <!-- & 'q' \\ \u{2028}改行\n終"

    var dataset: DatasetInfo {
        var d = Fixtures.population
        d.title = Self.hostile
        d.description = Self.hostile
        d.keywords = [Self.hostile]
        d.table.rows[0][2] = .string(Self.hostile)
        return d
    }

    @Test func schemaOrgIsSafeInsideAScriptElement() throws {
        let text = OpenData.schemaOrgDataset(
            dataset, catalog: Fixtures.catalog, pageURL: "https://example.org/dx/data/population/")
        #expect(!text.contains("<"))
        #expect(!text.contains(">"))
        #expect(!text.contains("\u{2028}"))
        let doc = try #require(try parseJSON(Array(text.utf8)) as? [String: Any])
        #expect(doc["name"] as? String == Self.hostile)
        #expect(doc["description"] as? String == Self.hostile)
    }

    @Test func everyJSONFormatParsesBack() throws {
        let d = dataset
        let csv = OpenData.csv(d, catalog: Fixtures.catalog, bom: true)
        for bytes in [
            OpenData.json(d, catalog: Fixtures.catalog),
            OpenData.dataPackage([(d, csv: csv)], catalog: Fixtures.catalog),
            OpenData.dcatCatalog([d], catalog: Fixtures.catalog),
        ] {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("</script"))
            #expect(!text.contains("]]>"))
            _ = try parseJSON(bytes)
        }
        let doc = try #require(try parseJSON(OpenData.json(d, catalog: Fixtures.catalog)) as? [String: Any])
        #expect((doc["rows"] as? [[String: Any]])?.first?["kind"] as? String == Self.hostile)
    }

    @Test func csvKeepsHostileTextAsOneField() {
        let text = String(decoding: OpenData.csv(dataset, catalog: Fixtures.catalog, bom: false), as: UTF8.self)
        let quoted = "\"" + Self.hostile.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(text.contains("\r\n1955,7812," + quoted + "\r\n"))
    }
}
