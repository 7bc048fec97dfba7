import Foundation
import Testing
import MierukaCore
@testable import MierukaOpenData

/// Rule L3-08 asks for the encoding and the BOM of a CSV to be stated: the
/// Data Package and the DCAT catalogue say both, from the bytes published.
@Suite struct EncodingDeclarationTests {
    func resource(bom: Bool) throws -> [String: Any] {
        let d = Fixtures.population
        let files = Distribution(d, catalog: Fixtures.catalog, bom: bom)
        let package = try #require(
            try parseJSON(OpenData.dataPackage([(d, files)], catalog: Fixtures.catalog)) as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        return try #require(resources.first)
    }

    @Test func theDataPackageSaysWhetherTheCSVStartsWithABOM() throws {
        let with = try resource(bom: true), without = try resource(bom: false)
        #expect(with["encoding"] as? String == "utf-8")
        #expect(with["byteOrderMark"] as? Bool == true)
        #expect(without["byteOrderMark"] as? Bool == false)
        let dialect = try #require(with["dialect"] as? [String: Any])
        #expect(dialect["delimiter"] as? String == ",")
        #expect(dialect["lineTerminator"] as? String == "\r\n")
        #expect(dialect["header"] as? Bool == true)
        #expect(dialect["doubleQuote"] as? Bool == true)
    }

    @Test func theCatalogueGivesEachFilesEncodingAndTheCSVStandard() throws {
        let d = Fixtures.population
        for bom in [true, false] {
            let files = Distribution(d, catalog: Fixtures.catalog, bom: bom)
            let doc = try #require(
                try parseJSON(OpenData.dcatCatalog([(d, files)], catalog: Fixtures.catalog)) as? [String: Any])
            let context = try #require(doc["@context"] as? [String: Any])
            #expect(context["cnt"] as? String == "http://www.w3.org/2011/content#")
            let text = String(decoding: OpenData.dcatCatalog([(d, files)], catalog: Fixtures.catalog), as: UTF8.self)
            #expect(text.contains("\"cnt:characterEncoding\": \"UTF-8\""))
            #expect(text.contains("https://www.rfc-editor.org/rfc/rfc4180"))
            #expect(text.contains("UTF-8（BOM付き）") == bom)
        }
    }
}
