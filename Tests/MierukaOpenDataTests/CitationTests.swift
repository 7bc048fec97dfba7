import Testing
import MierukaCore
@testable import MierukaOpenData

@Suite struct CitationTests {
    let page = "https://example.org/dx/data/population/"

    @Test func allFormsInFull() {
        let c = OpenData.citation(Fixtures.population, catalog: Fixtures.catalog, pageURL: page)
        #expect(c.japanese == "出典：磐梯町「磐梯町の人口の推移」（https://example.org/dx/data/population/）")
        #expect(c.japaneseEdited == "「磐梯町『磐梯町の人口の推移』（https://example.org/dx/data/population/）」を加工して作成")
        #expect(c.english == "磐梯町. (2021). 磐梯町の人口の推移 [Data set]. https://example.org/dx/data/population/. License: CC BY 4.0.")
        #expect(c.source == "総務省「国勢調査」（https://www.stat.go.jp/data/kokusei/）を加工して作成")
    }

    @Test func sourceCreditFollowsTheEditedFlag() {
        var d = Fixtures.population
        d.edited = false
        #expect(OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page).source
                == "出典：総務省「国勢調査」（https://www.stat.go.jp/data/kokusei/）")
        d.sourceURL = nil
        #expect(OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page).source == "出典：総務省「国勢調査」")
        d.sourceName = nil
        #expect(OpenData.citation(d, catalog: Fixtures.catalog, pageURL: page).source == nil)
    }

    @Test func englishWithoutAnyDateSaysNoDate() {
        let d = DatasetInfo(id: "memo", title: "方針", description: "d", license: License(name: "独自の規約"),
                            table: DataTable(fields: [Field(name: "項目", type: .string)], rows: [[.string("a")]]))
        #expect(OpenData.citation(d, catalog: Fixtures.catalog, pageURL: "https://example.org/dx/data/memo/").english
                == "磐梯町. (n.d.). 方針 [Data set]. https://example.org/dx/data/memo/. License: 独自の規約.")
    }
}
