import Foundation
import Testing
import MierukaCore
import MierukaContent
import MierukaPublish
import MierukaOpenData
import MierukaTestSupport

/// Issue #16's data side through the loader and the publication: licences by
/// id, versions and change history, the built-in datasets' descriptions, and
/// the sample and starter sites on PDL1.0.
@Suite struct OpenDataStandardsTests {
    func load(_ files: String, withSite: Bool = true) throws -> (Site, Publication) {
        let f = Fixture(files, withSite: withSite)
        let loaded = ContentLoader.load(
            contentDirectory: f.root + "/content", options: LoadOptions(today: LocalDate(iso: "2021-04-01")))
        let site = try #require(loaded.site, "\(loaded.diagnostics.all)")
        return (site, Publication(site))
    }

    @Test func licenceByIdGetsItsNameAndURL() throws {
        let (site, publication) = try load(
            """
            -- content/site.yaml --
            name: 磐梯町
            municipality: {name: 磐梯町, prefecture: 福島県, code: "074071"}
            base_url: https://example.org/
            license: PDL-1.0
            -- content/datasets/a.yaml --
            title: A
            description: d
            license: {id: cc-by-4.0, url: "http://creativecommons.org/licenses/by/4.0/legalcode.ja"}
            fields: [{name: v, type: integer}]
            rows: [[1]]
            -- content/datasets/b.yaml --
            title: B
            description: d
            fields: [{name: v, type: integer}]
            rows: [[1]]
            -- content/datasets/c.yaml --
            title: C
            description: d
            license: {name: 町の規約, url: "https://example.org/terms/"}
            fields: [{name: v, type: integer}]
            rows: [[1]]
            """, withSite: false)
        #expect(site.config.license == License(.pdl10))
        #expect(site.config.license.url == "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0")
        // A matching URL is accepted; the canonical one is published.
        #expect(publication.dataset("a")?.info.license == License(.ccBy40))
        // A dataset without a licence has the site's.
        #expect(publication.dataset("b")?.info.license.id == "PDL-1.0")
        #expect(publication.dataset("c")?.info.license == License(name: "町の規約", url: "https://example.org/terms/"))
    }

    @Test func aSiteWithoutALicenceIsOnCCBY() throws {
        let (site, _) = try load(notesSite)
        #expect(site.config.license == .ccBy40)
    }

    @Test func versionAndChangesArePublished() throws {
        let (site, publication) = try load(
            """
            -- content/datasets/population.yaml --
            title: 人口
            description: d
            frequency: yearly
            changes:
              - {date: 2020-07-01, version: "1.0", description: 公開}
              - {date: 2021-03-31, version: "1.1", description: 2020年の値を追加}
            fields: [{name: year, type: year}, {name: n, type: integer}]
            rows: [[2015, 3], [2020, 4]]
            """)
        let d = try #require(site.datasets.first)
        #expect(d.version == "1.1")
        #expect(d.changes.map(\.description) == ["公開", "2020年の値を追加"])
        #expect(d.declaredUpdated == LocalDate(iso: "2021-03-31"))
        let info = try #require(publication.dataset("population")?.info)
        #expect(info.version == "1.1" && info.changes.count == 2)
        // The newest change is "last updated", before the rows' 2020-12-31.
        #expect(info.effectiveUpdated == LocalDate(iso: "2021-03-31"))
        let catalog = try #require(
            try JSONSerialization.jsonObject(with: Data(publication.dcatCatalog)) as? [String: Any])
        let dataset = try #require((catalog["dcat:dataset"] as? [[String: Any]])?.first)
        #expect(dataset["dcat:version"] as? String == "1.1")
        #expect((dataset["adms:versionNotes"] as? [String: String])?["@value"] == "2020年の値を追加")
    }

    @Test func theOverdueWarningCountsTheNewestChange() throws {
        let f = Fixture(
            """
            -- content/datasets/population.yaml --
            title: 人口
            description: d
            frequency: monthly
            changes:
              - {date: 2021-03-20, description: 3月分を追加}
            fields: [{name: year, type: year}, {name: n, type: integer}]
            rows: [[2015, 3]]
            """)
        #expect(f.diagnostics(f.check()) == "")
    }

    @Test func builtInDatasetsHaveLongDescriptionsThatStrategyYAMLReplaces() throws {
        let sample = ContentLoader.load(
            contentDirectory: repoRoot + "/content", options: LoadOptions(today: LocalDate(iso: "2021-04-01")))
        let site = try #require(sample.site)
        let strategy = Publication(site, files: false).datasets.filter(\.fromStrategy)
        #expect(strategy.map(\.info.id) == Routes.BuiltInDataset.allCases.map(\.rawValue))
        for d in strategy {
            // Google's Dataset guidelines: a description of 50 to 5,000 characters.
            #expect((50...5000).contains(d.info.description.count), "\(d.info.id): \(d.info.description.count)")
        }
        let (_, publication) = try load(
            notesSite + """

                -- content/strategy.yaml --
                title: 戦略
                datasets:
                  timeline: 町のDXの出来事を古い順に並べた年表です。
                -- content/timeline.yaml --
                milestones:
                  - {date: 2020-07, title: 開設}
                """)
        #expect(publication.dataset("timeline")?.info.description == "町のDXの出来事を古い順に並べた年表です。")
    }

    @Test func sampleAndStarterAreOnPDL() throws {
        let sample = try #require(ContentLoader.load(contentDirectory: repoRoot + "/content").site)
        #expect(sample.config.license.id == "PDL-1.0")
        #expect(sample.datasets.allSatisfy { $0.license.name.isEmpty || $0.license.id == "PDL-1.0" })
        let starter = try String(contentsOfFile: repoRoot + "/starter/content/site.yaml", encoding: .utf8)
        #expect(starter.contains("license: PDL-1.0"))
    }

    @Test func everyDatasetHasItsCitationFiles() throws {
        let (_, publication) = try load(
            notesSite + """

                -- content/datasets/population.yaml --
                title: 人口
                description: d
                fields: [{name: year, type: year}, {name: n, type: integer}]
                rows: [[2015, 3]]
                """)
        let files = try #require(publication.dataset("population")?.files)
        #expect(
            files.files.map(\.route) == [
                Routes.csv("population"), Routes.json("population"),
                Routes.bibTeX("population"), Routes.cslJSON("population"),
            ])
        #expect(String(decoding: files.bibTeX, as: UTF8.self).hasPrefix("@misc{example-org-population,\n"))
    }
}
