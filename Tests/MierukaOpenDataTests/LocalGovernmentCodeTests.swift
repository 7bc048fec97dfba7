import Testing
import MierukaCore

@Suite struct LocalGovernmentCodeTests {
    /// Real codes, including remainders 0 (札幌市中央区) and 1 (相模原市, 神戸市),
    /// where "11 − r" has two digits.
    @Test(arguments: ["074071", "011002", "131016", "011011", "141500", "281000", "271004", "401307"])
    func acceptsRealCodes(code: String) {
        #expect(LocalGovernmentCode.isValid(code))
    }

    @Test func computesCheckDigits() {
        #expect(LocalGovernmentCode.checkDigit("07407") == 1)
        #expect(LocalGovernmentCode.checkDigit("01100") == 2)
        #expect(LocalGovernmentCode.checkDigit("13101") == 6)
        #expect(LocalGovernmentCode.checkDigit("01101") == 1)  // remainder 0
        #expect(LocalGovernmentCode.checkDigit("14150") == 0)  // remainder 1
        #expect(LocalGovernmentCode.withCheckDigit("07407") == "074071")
    }

    @Test(arguments: [
        "074072", "074070", "070471", "07407", "0740711", "", "abcdef", "07407a",
        "０７４０７１", " 74071", "000001", "480002", "-74071",
    ])
    func rejectsWrongCodes(code: String) {
        #expect(!LocalGovernmentCode.isValid(code))
    }

    @Test func rejectsMalformedFiveDigitInput() {
        #expect(LocalGovernmentCode.checkDigit("0740") == nil)
        #expect(LocalGovernmentCode.checkDigit("00000") == nil)
        #expect(LocalGovernmentCode.checkDigit("48001") == nil)
        #expect(LocalGovernmentCode.checkDigit("4700a") == nil)
        #expect(LocalGovernmentCode.withCheckDigit("9") == nil)
    }
}
