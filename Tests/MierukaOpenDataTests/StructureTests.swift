import Foundation
import Testing
import MierukaCore
@testable import MierukaOpenData

/// Checks the parsed documents, as a consumer reads them, beyond the golden bytes.
@Suite struct StructureTests {
    let d = Fixtures.population
    let catalog = Fixtures.catalog

    @Test func jsonRowsAreTyped() throws {
        let doc = try #require(try parseJSON(OpenData.json(d, catalog: catalog)) as? [String: Any])
        let rows = try #require(doc["rows"] as? [[String: Any]])
        #expect(rows.count == 16)
        #expect(rows[0]["year"] as? Int == 1955)
        #expect(rows[0]["population"] as? Int == 7812)
        #expect(rows[15]["kind"] as? String == "推計")
        let meta = try #require(doc["metadata"] as? [String: Any])
        #expect(meta["updated"] as? String == "2021-06-30")
        #expect((meta["downloads"] as? [String: String])?["csv"] == "https://example.org/dx/data/population.csv")
        #expect((meta["temporalCoverage"] as? [String: String]) == ["start": "1955", "end": "2040"])
        let fields = try #require(doc["fields"] as? [[String: Any]])
        #expect(fields.map { $0["type"] as? String } == ["year", "integer", "string"])
    }

    @Test func jsonWritesMissingAsNull() throws {
        let table = DataTable(
            fields: [Field(name: "a", type: .integer, optional: true), Field(name: "b", type: .number)],
            rows: [[.missing, .number(1.5)]])
        let doc = try #require(
            try parseJSON(
                OpenData.json(
                    DatasetInfo(
                        id: "m", title: "t", description: "d", license: .ccBy40,
                        table: table), catalog: catalog)) as? [String: Any])
        let row = try #require((doc["rows"] as? [[String: Any]])?.first)
        #expect(row["a"] is NSNull)
        #expect(row["b"] as? Double == 1.5)
    }

    @Test func dataPackageResourceMatchesItsFile() throws {
        let csv = OpenData.csv(d, catalog: catalog, bom: true)
        let package = try #require(
            try parseJSON(OpenData.dataPackage([(d, csv: csv)], catalog: catalog)) as? [String: Any])
        #expect(package["name"] as? String == "example-org-dx")
        #expect(package["created"] as? String == "2020-07-01T00:00:00+09:00")
        let resource = try #require((package["resources"] as? [[String: Any]])?.first)
        #expect(resource["path"] as? String == "population.csv")
        #expect(resource["bytes"] as? Int == csv.count)
        #expect(resource["hash"] as? String == "sha256:" + SHA256.hex(csv))
        let schema = try #require(resource["schema"] as? [String: Any])
        #expect(schema["primaryKey"] as? [String] == ["year"])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields[1]["unit"] as? String == "人")
        #expect((resource["licenses"] as? [[String: String]])?.first?["name"] == "CC-BY-4.0")
        #expect((resource["sources"] as? [[String: String]])?.first?["path"] == "https://www.stat.go.jp/data/kokusei/")
    }

    @Test func dataPackageLeavesOutUnknownCreatedDate() throws {
        var c = catalog
        c.created = nil
        let package = try #require(
            try parseJSON(OpenData.dataPackage([(DatasetInfo, csv: [UInt8])](), catalog: c)) as? [String: Any])
        #expect(package["created"] == nil)
        #expect((package["resources"] as? [Any])?.isEmpty == true)
    }

    @Test func licenceWithoutIdOrURLIsLeftOut() {
        let resource = OpenData.dataPackageResource(
            DatasetInfo(id: "x", title: "t", description: "d", license: License(name: "独自の規約"), table: d.table),
            csv: [], catalog: catalog)
        #expect(!resource.serialized().contains("\"licenses\""))
    }

    @Test func dcatHasDistributionsAndTypedDates() throws {
        let doc = try #require(try parseJSON(OpenData.dcatCatalog([d], catalog: catalog)) as? [String: Any])
        #expect(doc["@type"] as? String == "dcat:Catalog")
        let dataset = try #require((doc["dcat:dataset"] as? [[String: Any]])?.first)
        #expect(dataset["@id"] as? String == "https://example.org/dx/data/population/#dataset")
        let distributions = try #require(dataset["dcat:distribution"] as? [[String: Any]])
        #expect(
            distributions.map { ($0["dcat:downloadURL"] as? [String: String])?["@id"] }
                == ["https://example.org/dx/data/population.csv", "https://example.org/dx/data/population.json"])
        let temporal = try #require(dataset["dct:temporal"] as? [String: Any])
        #expect((temporal["dcat:startDate"] as? [String: String]) == ["@value": "1955", "@type": "xsd:gYear"])
        #expect(
            (dataset["dct:accrualPeriodicity"] as? [String: String])?["@id"]
                == "http://publications.europa.eu/resource/authority/frequency/ANNUAL")
        #expect((doc["dct:modified"] as? [String: String])?["@value"] == "2021-06-30")
    }

    @Test func versionAndChangesInEveryFormat() throws {
        var v = d
        v.version = "1.1"
        v.changes = [
            .init(date: LocalDate(iso: "2020-07-01")!, description: "公開", version: "1.0"),
            .init(date: LocalDate(iso: "2021-06-30")!, description: "2020年の値を追加", version: "1.1"),
        ]
        let meta = try #require(
            (try parseJSON(OpenData.json(v, catalog: catalog)) as? [String: Any])?["metadata"] as? [String: Any])
        #expect(meta["version"] as? String == "1.1")
        #expect(
            (meta["changes"] as? [[String: String]]) == [
                ["date": "2020-07-01", "description": "公開", "version": "1.0"],
                ["date": "2021-06-30", "description": "2020年の値を追加", "version": "1.1"],
            ])
        let page = OpenData.pageURL(v, catalog: catalog)
        let schema = try #require(
            try parseJSON(Array(OpenData.schemaOrgDataset(v, catalog: catalog, pageURL: page).utf8)) as? [String: Any])
        #expect(schema["version"] as? String == "1.1")
        #expect(schema["dateModified"] as? String == "2021-06-30")
        // Without a version, none is written.
        let plain = try #require(
            (try parseJSON(OpenData.json(d, catalog: catalog)) as? [String: Any])?["metadata"] as? [String: Any])
        #expect(plain["version"] == nil && plain["changes"] == nil)
    }

    @Test func knownLicenceIsDescribedInTheJSON() throws {
        var p = d
        p.license = License(.pdl10)
        let meta = try #require(
            (try parseJSON(OpenData.json(p, catalog: catalog)) as? [String: Any])?["metadata"] as? [String: Any])
        let license = try #require(meta["license"] as? [String: Any])
        #expect(license["id"] as? String == "PDL-1.0" && license["abbreviation"] as? String == "PDL1.0")
        #expect(license["ccByCompatible"] as? Bool == true)
        let citation = try #require(meta["citation"] as? [String: String])
        #expect(citation["source"] == "総務省「国勢調査」（https://www.stat.go.jp/data/kokusei/）を加工して作成")
        #expect(citation["longJa"]?.hasSuffix("（○年○月○日に利用）") == true)
    }

    @Test func frequencyVocabulary() {
        #expect(Set(UpdateFrequency.allCases.map(\.euCode)).count == UpdateFrequency.allCases.count)
        #expect(OpenData.frequencyURI(.never) == "http://publications.europa.eu/resource/authority/frequency/NEVER")
        #expect(OpenData.frequencyURI(.yearly).hasSuffix("/ANNUAL"))
    }

    @Test func schemaOrgDescribesTheDataset() throws {
        let page = OpenData.pageURL(d, catalog: catalog)
        let doc = try #require(
            try parseJSON(Array(OpenData.schemaOrgDataset(d, catalog: catalog, pageURL: page).utf8)) as? [String: Any])
        #expect(doc["@type"] as? String == "Dataset")
        #expect(doc["temporalCoverage"] as? String == "1955/2040")
        #expect(doc["license"] as? String == "https://creativecommons.org/licenses/by/4.0/")
        #expect(doc["identifier"] as? String == "https://example.org/dx/data/population/#dataset")
        #expect(((doc["spatialCoverage"] as? [String: Any])?["identifier"] as? [String: String])?["value"] == "074071")
        #expect((doc["spatialCoverage"] as? [String: Any])?["name"] as? String == "福島県磐梯町")
        let downloads = try #require(doc["distribution"] as? [[String: String]])
        #expect(downloads.map { $0["@type"] } == ["DataDownload", "DataDownload"])
        #expect(downloads.map { $0["encodingFormat"] } == ["text/csv", "application/json"])
    }

    @Test func urlsFollowTheBaseURL() {
        var c = catalog
        c.baseURL = "https://example.org"  // no trailing slash is tolerated
        #expect(OpenData.csvURL(d, catalog: c) == "https://example.org/data/population.csv")
        #expect(OpenData.pageURL(d, catalog: catalog) == "https://example.org/dx/data/population/")
        #expect(OpenData.dcatURL(catalog) == "https://example.org/dx/data/catalog.jsonld")
        c.baseURL = "http://localhost:8080/"
        #expect(c.packageName == "localhost-8080")
    }
}
