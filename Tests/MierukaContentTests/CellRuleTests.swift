import Testing
import MierukaCore
@testable import MierukaContent

/// The per-cell tests of the machine-readability rules, on their edges.
@Suite struct CellRuleTests {
    @Test func layoutSpaces() {
        #expect(CellFindings.isPadded(" 役場") && CellFindings.isPadded("役場 ") && CellFindings.isPadded("役場\t"))
        #expect(CellFindings.isPadded("磐 梯町") && CellFindings.isPadded("磐\u{3000}梯"))
        #expect(CellFindings.isPadded(" "))
        #expect(
            !CellFindings.isPadded("Open Data") && !CellFindings.isPadded("DX 推進") && !CellFindings.isPadded("役場")
                && !CellFindings.isPadded(""))
    }

    @Test func eraYears() {
        for t in ["令和2年", "平成31年度", "昭和元年", "R2", "H30年", "R2.4", "H30/4", " R3 "] {
            #expect(MachineReadability.isEraYear(t), "\(t)")
        }
        for t in ["2020", "R", "R123", "Rx", "令和", "庁舎", "H30x"] { #expect(!MachineReadability.isEraYear(t), "\(t)") }
    }

    @Test func decoratedNumbers() {
        for t in ["1,200人", "800人※1", "12%", "▲5", "3世帯"] { #expect(MachineReadability.isDecoratedNumber(t), "\(t)") }
        for t in ["1200", "-5", "役場", "第2庁舎", ""] { #expect(!MachineReadability.isDecoratedNumber(t), "\(t)") }
    }

    @Test func formulaStarts() {
        #expect(SpreadsheetFormula.start(of: "=1+1") == "'='")
        #expect(SpreadsheetFormula.start(of: "\tx") == "a tab")
        #expect(SpreadsheetFormula.start(of: "\rx") == "a carriage return")
    }
}
