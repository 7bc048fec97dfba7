import Foundation
import Testing
import MierukaCore
import MierukaContent
import MierukaPublish
import MierukaTestSupport

/// The publication step: what is published is made once, before rendering,
/// and the pages and catalogue files show exactly those bytes.
@Suite struct PublicationTests {
    @Test func filesAreMadeOnceAndEveryCopyAgrees() throws {
        let f = Fixture(
            notesSite + """

                -- content/datasets/population.yaml --
                title: 人口の推移
                description: 国勢調査による磐梯町の人口（例示値）
                frequency: irregular
                standard_columns: true
                fields:
                  - {name: year, type: year}
                  - {name: population, type: integer, unit: 人}
                rows:
                  - [2015, 3600]
                  - [2020, 3400]
                """)
        let loaded = ContentLoader.load(contentDirectory: f.root + "/content")
        let site = try #require(loaded.site, "\(loaded.diagnostics.all)")
        let publication = Publication(site)
        let population = try #require(publication.dataset("population")?.files)
        // The standard columns are in the published table, once.
        #expect(population.table.fields.map(\.name).prefix(3) == ["全国地方公共団体コード", "都道府県名", "市区町村名"])
        #expect(population.csvSHA256 == SHA256Hex.of(population.csv))

        // The built files are the publication's bytes, and the page and the Data Package cite their hashes.
        #expect(f.build().wrote)
        let csv = try #require(FileManager.default.contents(atPath: f.root + "/output/data/population.csv"))
        #expect(Array(csv) == population.csv)
        let package = try #require(f.file("data/datapackage.json"))
        #expect(package.contains("\"hash\": \"sha256:\(population.csvSHA256)\""))
        #expect(
            Array(try #require(FileManager.default.contents(atPath: f.root + "/output/data/datapackage.json")))
                == publication.dataPackage)
        let page = try #require(f.file("data/population/index.html"))
        #expect(page.contains(population.csvSHA256) && page.contains(population.jsonSHA256))
        // The strategy datasets are published too (the sample has notes, no initiatives: none here).
        #expect(publication.datasets.map(\.info.id) == ["population"])
    }

    @Test func aPublicationWithoutFilesMakesNoBytes() throws {
        let f = Fixture(notesSite)
        let site = try #require(ContentLoader.load(contentDirectory: f.root + "/content").site)
        let publication = Publication(site, files: false)
        #expect(publication.dataPackage.isEmpty && publication.dcatCatalog.isEmpty)
        #expect(publication.datasets.allSatisfy { $0.files == nil })
    }
}

/// The machine-readability results and the citation files reach the page,
/// the dataset's JSON and the Data Package.
@Suite struct ConformanceOnPagesTests {
    @Test func theConformanceTableIsPublishedEverywhere() throws {
        let f = Fixture(
            """
            -- content/datasets/visits.yaml --
            title: 来館者数
            description: 図書館の来館者数（例示値）
            frequency: irregular
            fields:
              - {name: year, title: 年度, type: year, description: 年度}
              - {name: visitors, title: 来館者数, type: integer}
            rows:
              - [2020, 1200]
            """)
        #expect(f.build().wrote)
        let page = try #require(f.file("data/visits/index.html"))
        #expect(
            page.contains("<tr><th scope=\"row\" class=\"nowrap\">L3-04</th><td>データの単位を書いている</td><td>要確認（1件）</td></tr>")
        )
        #expect(
            page.contains(
                "<tr><th scope=\"row\" class=\"nowrap\">L1-05</th><td>すべての列に意味が分かる項目名</td><td>確認済み：問題なし</td></tr>"))
        #expect(page.contains("<td>mieruka が常に満たす（CSV と JSON で公開する）</td>"))
        #expect(page.contains("href=\"/data/visits.bib\"") && page.contains("href=\"/data/visits.csl.json\""))
        for path in ["data/visits.json", "data/datapackage.json"] {
            let text = try #require(f.file(path))
            #expect(text.contains("\"rule\": \"L3-04\",\n"), "\(path)")
            #expect(text.contains("\"status\": \"warning\",\n"), "\(path)")
        }
        #expect(f.exists("data/visits.bib") && f.exists("data/visits.csl.json"))
    }
}

/// SHA-256 through the published helper, for comparing hashes in tests.
enum SHA256Hex {
    static func of(_ bytes: [UInt8]) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try? p.run()
        input.fileHandleForWriting.write(Data(bytes))
        try? input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(String(decoding: out, as: UTF8.self).prefix(64))
    }
}
