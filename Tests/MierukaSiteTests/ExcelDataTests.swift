import Foundation
import Testing
import MierukaCore
import MierukaBuild
import MierukaTestSupport

/// Data as Excel in Japan saves it: Shift_JIS (code page 932), Japanese
/// column headings in the sheet's order, dates as 2020/7/1, CRLF line ends.
/// The fixture is made here with Foundation's encoder, not checked in.
@Suite struct ExcelDataTests {
    static let dataset = """
        -- content/datasets/aed.yaml --
        title: AEDの設置数
        description: 町内の公共施設に置いたAEDの数（例示値）
        frequency: irregular
        fields:
          - {name: day, title: 設置日, type: date, description: AEDを置いた日}
          - {name: place, title: 施設名, type: string, description: 置いた施設}
          - {name: count, title: 台数, type: integer, unit: 台, description: 置いた台数}
        csv: aed.csv
        """

    @Test func shiftJISWithJapaneseHeadingsBuilds() throws {
        let f = Fixture(Self.dataset)
        let csv = "台数,施設名,設置日\r\n2,磐梯町役場,2020/7/1\r\n1,図書館①,2021/4/15\r\n"
        let sjis = try #require(csv.data(using: .shiftJIS))
        #expect(String(data: sjis, encoding: .utf8) == nil, "the fixture really is not UTF-8")
        f.writeBytes("content/datasets/aed.csv", Array(sjis))
        let report = f.build()
        #expect(report.wrote, "\(f.diagnostics(report))")
        #expect(
            f.diagnostics(report) == """
                content/datasets/aed.csv:1:1: warning: the CSV file is saved as Shift_JIS (what Excel writes for "CSV (comma delimited)"); mieruka read it, but UTF-8 is safer
                   1 | 台数,施設名,設置日
                     | ^
                  hint: in Excel, use File → Save As → "CSV UTF-8 (comma delimited)"; mieruka always publishes UTF-8
                content/datasets/aed.csv:2:9: warning: 'day' has dates written as 2020/7/1, as Excel writes them; they are read as 2020-07-01 (and 1 more cell of 'day')
                   2 | 2,磐梯町役場,2020/7/1
                     |              ^
                  hint: write dates as YYYY-MM-DD (2020-07-01): in Excel, format the column as yyyy-mm-dd before saving

                """)
        // Published as UTF-8 (with the BOM, the site's default), in the fields' order.
        let out = try #require(FileManager.default.contents(atPath: f.root + "/output/data/aed.csv"))
        #expect(Array(out.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: out.dropFirst(3), as: UTF8.self)
                == "day,place,count\r\n2020-07-01,磐梯町役場,2\r\n2021-04-15,図書館①,1\r\n")
        #expect(try #require(f.file("data/aed/index.html")).contains("磐梯町役場"))
    }

    @Test func positionsInAShiftJISFileCountCharacters() throws {
        let f = Fixture(Self.dataset)
        let csv = "台数,施設名,設置日\r\n2,磐梯町役場,2020/13/1\r\n"
        f.writeBytes("content/datasets/aed.csv", Array(try #require(csv.data(using: .shiftJIS))))
        let report = f.check()
        #expect(!report.succeeded)
        #expect(
            f.diagnostics(report).hasSuffix(
                """
                content/datasets/aed.csv:2:9: error: 'day' is a date field, but this row has "2020/13/1"; expected a date written as YYYY-MM-DD
                   2 | 2,磐梯町役場,2020/13/1
                     |              ^

                """), "\(f.diagnostics(report))")
    }
}
