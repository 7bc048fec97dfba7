import Testing
@testable import MierukaContent

/// The CSV reader keeps each cell's line and column so a bad value is shown
/// exactly where it was written.
@Suite struct CSVReaderTests {
    @Test func cellPositionsCountCharacters() throws {
        let rows = try CSVReader.parse("year,地域\n2020,\"磐梯, 町\"\n")
        #expect(rows.count == 2)
        #expect(rows[1].cells[1].text == "磐梯, 町")
        #expect(rows[1].cells[1].line == 2)
        #expect(rows[1].cells[1].column == 6)
    }

    @Test func unclosedQuoteIsReportedAtItsStart() {
        #expect(throws: CSVReader.Problem.self) { try CSVReader.parse("a,b\n1,\"x\n2,3\n") }
    }
}
