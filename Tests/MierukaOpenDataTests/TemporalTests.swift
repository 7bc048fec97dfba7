import Testing
import MierukaCore
@testable import MierukaOpenData

@Suite struct TemporalTests {
    @Test func coverageFromYears() {
        let coverage = OpenData.temporalCoverage(Fixtures.population)
        #expect(coverage?.start == "1955")
        #expect(coverage?.end == "2040")
    }

    @Test func datesWinOverYears() {
        let table = DataTable(
            fields: [Field(name: "年度", type: .year), Field(name: "日", type: .date, optional: true)],
            rows: [
                [.year(2019), .date(LocalDate(iso: "2019-11-01")!)],
                [.year(2020), .missing],
                [.year(2021), .date(LocalDate(iso: "2020-07-01")!)],
            ])
        let d = DatasetInfo(id: "m", title: "t", description: "d", license: .ccBy40, table: table)
        #expect(OpenData.temporalCoverage(d)?.start == "2019-11-01")
        #expect(OpenData.temporalCoverage(d)?.end == "2020-07-01")
        #expect(d.effectiveUpdated == LocalDate(iso: "2020-07-01"))
    }

    @Test func updatedIsDeclaredElseFromRows() {
        var d = Fixtures.population
        #expect(d.effectiveUpdated == LocalDate(iso: "2021-06-30"))
        d.updated = nil
        #expect(d.effectiveUpdated == LocalDate(iso: "2040-12-31"))  // newest year, last day
        d.table.rows = []
        #expect(d.effectiveUpdated == nil)
        #expect(OpenData.temporalCoverage(d) == nil)
    }
}
