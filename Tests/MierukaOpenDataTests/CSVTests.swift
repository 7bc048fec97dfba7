import Testing
import MierukaCore
@testable import MierukaOpenData

@Suite struct CSVTests {
    @Test func quotesOnlyWhatRFC4180Requires() {
        #expect(CSV.field("磐梯町") == "磐梯町")
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("line1\nline2") == "\"line1\nline2\"")
        #expect(CSV.field("cr\rhere") == "\"cr\rhere\"")
        #expect(CSV.field("") == "")
        #expect(CSV.field(" spaced ") == " spaced ")
        #expect(CSV.field("会津若松市、磐梯町") == "会津若松市、磐梯町")  // the ideographic comma is not a separator
    }

    @Test func encodesRecordsWithCRLF() {
        let bytes = CSV.encode([["a", "b"], ["1", "x,y"], ["", "\"q\""]])
        #expect(String(decoding: bytes, as: UTF8.self) == "a,b\r\n1,\"x,y\"\r\n,\"\"\"q\"\"\"\r\n")
        #expect(CSV.encode([["a"]], bom: true) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "a"), 13, 10])
    }

    @Test func loneEmptyFieldIsNotABlankLine() {
        #expect(String(decoding: CSV.encode([["name"], [""]]), as: UTF8.self) == "name\r\n\"\"\r\n")
    }

    @Test func writesPlainTypedValues() {
        let table = DataTable(
            fields: [
                Field(name: "日付", type: .date), Field(name: "件数", type: .integer),
                Field(name: "率", type: .number, optional: true), Field(name: "済", type: .boolean),
                Field(name: "メモ", type: .string, optional: true),
            ],
            rows: [
                [
                    .date(LocalDate(iso: "2020-07-01")!), .integer(12345), .number(0.25), .boolean(true),
                    .string("窓口, オンライン"),
                ],
                [
                    .date(LocalDate(iso: "2021-03-31")!), .integer(-7), .missing, .boolean(false),
                    .string("改行\nあり \"引用\""),
                ],
            ])
        let d = DatasetInfo(id: "sample", title: "t", description: "d", license: .ccBy40, table: table)
        let text = String(decoding: OpenData.csv(d, catalog: Fixtures.catalog, bom: false), as: UTF8.self)
        #expect(
            text == "日付,件数,率,済,メモ\r\n"
                + "2020-07-01,12345,0.25,true,\"窓口, オンライン\"\r\n"
                + "2021-03-31,-7,,false,\"改行\nあり \"\"引用\"\"\"\r\n")
    }

    @Test func prependsStandardColumnsWithLeadingZero() {
        var d = Fixtures.population
        d.standardColumns = true
        let text = String(decoding: OpenData.csv(d, catalog: Fixtures.catalog, bom: false), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "全国地方公共団体コード,都道府県名,市区町村名,year,population,kind")
        #expect(lines[1] == "074071,福島県,磐梯町,1955,7812,実績")
        #expect(lines.count == Fixtures.populationRows.count + 2)  // header, rows, and "" after the last CRLF
    }

    @Test func doesNotDuplicateAStandardColumnTheDatasetHas() {
        let table = DataTable(
            fields: [Field(name: "市区町村名", type: .string), Field(name: "件数", type: .integer)],
            rows: [[.string("磐梯町"), .integer(3)]])
        let d = DatasetInfo(
            id: "s", title: "t", description: "d", license: .ccBy40, table: table, standardColumns: true)
        let published = OpenData.publishedTable(d, catalog: Fixtures.catalog)
        #expect(published.fields.map(\.name) == ["全国地方公共団体コード", "都道府県名", "市区町村名", "件数"])
        #expect(published.rows == [[.string("074071"), .string("福島県"), .string("磐梯町"), .integer(3)]])
    }

    @Test func bomOnlyChangesTheFirstThreeBytes() {
        let plain = OpenData.csv(Fixtures.population, catalog: Fixtures.catalog, bom: false)
        let withBOM = OpenData.csv(Fixtures.population, catalog: Fixtures.catalog, bom: true)
        #expect(Array(withBOM.prefix(3)) == CSV.bom)
        #expect(Array(withBOM.dropFirst(3)) == plain)
    }
}
