import Foundation
import Testing
import MierukaCore
@testable import MierukaOpenData

@Suite struct CitationTests {
    let page = "https://example.org/dx/data/population/"

    /// The fixture under PDL1.0, version 1.2.
    var pdl: DatasetInfo {
        var d = Fixtures.population
        d.license = License(.pdl10)
        d.version = "1.2"
        return d
    }

    @Test func pdlFollowsItsOwnExamples() {
        let c = OpenData.citation(pdl, catalog: Fixtures.catalog, pageURL: page)
        #expect(
            c.japanese
                == "出典：磐梯町「磐梯町の人口の推移」（https://example.org/dx/data/population/）、PDL1.0（https://www.digital.go.jp/resources/open_data/public_data_license_v1.0）"
        )
        #expect(c.japaneseEdited == "磐梯町「磐梯町の人口の推移」（https://example.org/dx/data/population/）を加工して作成")
        #expect(c.japaneseEditedWithSource == c.japanese + "\n" + c.japaneseEdited)
        #expect(
            c.english
                == "磐梯町. (2021). 磐梯町の人口の推移 (Version 1.2) [Data set]. https://example.org/dx/data/population/. License: PDL1.0 (https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0)."
        )
        #expect(
            c.longJapanese
                == "出典：磐梯町「磐梯町の人口の推移」（バージョン 1.2、2021年6月30日更新、https://example.org/dx/data/population/）、PDL1.0（https://www.digital.go.jp/resources/open_data/public_data_license_v1.0）（○年○月○日に利用）"
        )
        #expect(
            c.long
                == "磐梯町. “磐梯町の人口の推移” [Data set], version 1.2, last updated 30 June 2021. Source: 総務省「国勢調査」（https://www.stat.go.jp/data/kokusei/） – processed by 磐梯町. License: PDL1.0 (https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0). Retrieved <date> from https://example.org/dx/data/population/."
        )
        #expect(c.attributionRequired)
    }

    @Test func ccByNamesTheLicenceEvenForEditedData() {
        let c = OpenData.citation(Fixtures.population, catalog: Fixtures.catalog, pageURL: page)
        #expect(
            c.japanese
                == "出典：磐梯町「磐梯町の人口の推移」（https://example.org/dx/data/population/）、CC BY 4.0（https://creativecommons.org/licenses/by/4.0/deed.ja）"
        )
        #expect(
            c.japaneseEdited
                == "磐梯町「磐梯町の人口の推移」（https://example.org/dx/data/population/）を加工して作成、CC BY 4.0（https://creativecommons.org/licenses/by/4.0/deed.ja）"
        )
        #expect(
            c.english
                == "磐梯町. (2021). 磐梯町の人口の推移 [Data set]. https://example.org/dx/data/population/. License: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
        )
    }

    @Test func eachKnownLicenceGivesItsPattern() {
        var d = Fixtures.population
        for known in KnownLicense.all {
            d.license = License(known)
            let c = OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page)
            #expect(c.japanese.hasPrefix("出典：磐梯町「磐梯町の人口の推移」（\(page)）"), "\(known.id)")
            #expect(
                c.japanese.contains(known.abbreviation) == known.citation.japanese.contains("{license}"), "\(known.id)")
            #expect(
                !c.japanese.contains("{") && !c.japaneseEdited.contains("{"), "\(known.id): every placeholder filled")
            #expect(c.attributionRequired == known.requiresAttribution)
        }
    }

    @Test func sourceHasNoLabelSoAPageCanAddOne() {
        var d = Fixtures.population
        let edited = OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page)
        #expect(edited.source == "総務省「国勢調査」（https://www.stat.go.jp/data/kokusei/）を加工して作成")
        #expect(edited.sourceCredit == edited.source)
        d.edited = false
        let plain = OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page)
        #expect(plain.source == "総務省「国勢調査」（https://www.stat.go.jp/data/kokusei/）")
        #expect(plain.sourceCredit == "出典：総務省「国勢調査」（https://www.stat.go.jp/data/kokusei/）")
        // The page writes 「このデータ自体の出典：{source}」: never 「出典：出典：」.
        #expect(!("このデータ自体の出典：" + plain.source!).contains("出典：出典："))
        d.sourceURL = nil
        #expect(OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page).source == "総務省「国勢調査」")
        d.sourceName = nil
        #expect(OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page).source == nil)
        #expect(OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page).sourceCredit == nil)
    }

    @Test func ownTermsWithoutAnyDate() {
        let d = DatasetInfo(
            id: "memo", title: "方針", description: "d", license: License(name: "独自の規約"),
            table: DataTable(fields: [Field(name: "項目", type: .string)], rows: [[.string("a")]]))
        let c = OpenData.citation(d, catalog: Fixtures.catalog, pageURL: "https://example.org/dx/data/memo/")
        #expect(c.english == "磐梯町. (n.d.). 方針 [Data set]. https://example.org/dx/data/memo/. License: 独自の規約.")
        #expect(c.japanese == "出典：磐梯町「方針」（https://example.org/dx/data/memo/）")
        #expect(
            c.long == "磐梯町. “方針” [Data set]. License: 独自の規約. Retrieved <date> from https://example.org/dx/data/memo/.")
    }

    @Test func bibTeXEntry() {
        let text = String(decoding: OpenData.bibTeX(pdl, catalog: Fixtures.catalog, pageURL: page), as: UTF8.self)
        #expect(
            text == """
                @misc{example-org-dx-population,
                  author       = {{磐梯町}},
                  title        = {{磐梯町の人口の推移}},
                  howpublished = {Data set},
                  publisher    = {磐梯町},
                  year         = {2021},
                  date         = {2021-06-30},
                  version      = {1.2},
                  url          = {https://example.org/dx/data/population/},
                  langid       = {japanese},
                  note         = {License: PDL1.0 (https://www.digital.go.jp/en/resources/open\\_data/public\\_data\\_license\\_v1.0)},
                }

                """)
    }

    @Test func bibTeXBracesAlwaysBalance() {
        var d = pdl
        d.title = "50% {増} & \\end_x ^~#$"
        let text = String(decoding: OpenData.bibTeX(d, catalog: Fixtures.catalog, pageURL: page + "{x}"), as: UTF8.self)
        #expect(text.contains("title        = {{50\\% \\{増\\} \\& \\textbackslash{}end\\_x \\^{}\\~{}\\#\\$}},"))
        #expect(text.contains("url          = {https://example.org/dx/data/population/%7Bx%7D},"))
        var depth = 0, escaped = false
        for c in text {
            if escaped { escaped = false; continue }
            if c == "\\" {
                escaped = true
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                depth -= 1; #expect(depth >= 0)
            }
        }
        #expect(depth == 0)
    }

    @Test func cslJSONItem() throws {
        let items = try #require(
            try parseJSON(OpenData.cslJSON(pdl, catalog: Fixtures.catalog, pageURL: page)) as? [[String: Any]])
        #expect(items.count == 1)
        let item = items[0]
        #expect(item["id"] as? String == "example-org-dx-population")
        #expect(item["type"] as? String == "dataset")
        #expect(item["title"] as? String == "磐梯町の人口の推移")
        #expect((item["author"] as? [[String: String]]) == [["literal": "磐梯町"]])
        #expect((item["issued"] as? [String: [[Int]]])?["date-parts"] == [[2021, 6, 30]])
        #expect(item["version"] as? String == "1.2")
        #expect(item["URL"] as? String == page)
        #expect(
            item["license"] as? String
                == "PDL1.0 (https://www.digital.go.jp/resources/open_data/public_data_license_v1.0)")
        #expect(item["note"] as? String == "Source: 総務省「国勢調査」（https://www.stat.go.jp/data/kokusei/） (edited)")
    }

    @Test func distributionListsEveryFileWithItsRoute() {
        let files = Distribution(pdl, catalog: Fixtures.catalog, bom: true)
        #expect(
            files.files.map(\.route) == [
                "data/population.csv", "data/population.json", "data/population.bib", "data/population.csl.json",
            ])
        #expect(files.files[2].bytes == files.bibTeX && files.files[3].bytes == files.cslJSON)
        #expect(
            files.bibTeX
                == OpenData.bibTeX(
                    pdl, catalog: Fixtures.catalog, pageURL: OpenData.pageURL(pdl, catalog: Fixtures.catalog)))
    }
}
