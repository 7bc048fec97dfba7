import Testing
import MierukaCore

/// The licence registry: ids, text URLs, compatibility and citation patterns as data.
@Suite struct LicenseTests {
    @Test func everyKnownLicenceIsDescribed() {
        #expect(KnownLicense.all.map(\.id) == ["PDL-1.0", "JP-GOV-STANDARD-2.0", "CC-BY-4.0", "CC0-1.0", "ODbL-1.0"])
        #expect(Set(KnownLicense.all.map { $0.id.lowercased() }).count == KnownLicense.all.count)
        for k in KnownLicense.all {
            #expect(k.url.hasPrefix("https://"), "\(k.id)")
            #expect(!k.nameJapanese.isEmpty && !k.nameEnglish.isEmpty && !k.abbreviation.isEmpty, "\(k.id)")
            #expect(k.matches(url: k.url), "\(k.id) matches its own URL")
            #expect(k.citation.japanese.hasPrefix("出典："), "\(k.id): the credit line starts with its label")
            #expect(k.citation.japaneseEdited.contains("を加工して作成"), "\(k.id)")
            // No two licences claim the same text.
            for other in KnownLicense.all where other.id != k.id {
                #expect(!other.matches(url: k.url), "\(other.id) vs \(k.id)")
            }
        }
        #expect(KnownLicense.all.filter(\.isSPDX).map(\.id) == ["CC-BY-4.0", "CC0-1.0", "ODbL-1.0"])
    }

    @Test func pdlAndTheTermsItReplaced() throws {
        let pdl = try #require(KnownLicense.named("PDL-1.0"))
        #expect(pdl.url == "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0")
        #expect(pdl.englishURL == "https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0")
        #expect(pdl.abbreviation == "PDL1.0" && pdl.ccByCompatible && pdl.appliedByReference)
        let old = try #require(KnownLicense.named("JP-GOV-STANDARD-2.0"))
        #expect(old.supersededBy == "PDL-1.0" && old.supersededOn == LocalDate(iso: "2024-07-05"))
        #expect(old.ccByCompatible && old.url.hasSuffix("gl2_betten_1.pdf"))
        #expect(KnownLicense.named("ODbL-1.0")?.ccByCompatible == false)
        #expect(KnownLicense.named("CC0-1.0")?.requiresAttribution == false)
    }

    @Test func idsMatchIgnoringCaseAsSPDXDoes() {
        #expect(KnownLicense.named("cc-by-4.0")?.id == "CC-BY-4.0")
        #expect(KnownLicense.named("odbl-1.0")?.id == "ODbL-1.0")
        #expect(KnownLicense.named("CC-BY-4") == nil)
    }

    @Test func urlsMatchWithoutSchemeSlashOrLanguageVariant() {
        let cc = KnownLicense.ccBy40
        #expect(cc.matches(url: "http://creativecommons.org/licenses/by/4.0"))
        #expect(cc.matches(url: "https://creativecommons.org/licenses/by/4.0/deed.ja"))
        #expect(cc.matches(url: "https://creativecommons.org/licenses/by/4.0/legalcode.ja"))
        #expect(!cc.matches(url: "https://creativecommons.org/licenses/by-sa/4.0/"))
        #expect(!cc.matches(url: "https://creativecommons.org/licenses/by/4.0.evil/"))
        // The Digital Agency's open-data index page is not the text of any licence.
        #expect(KnownLicense.at(url: "https://www.digital.go.jp/resources/open_data/") == nil)
        #expect(
            KnownLicense.at(url: "https://digital.go.jp/en/resources/open_data/public_data_license_v1.0/")?.id
                == "PDL-1.0")
        #expect(KnownLicense.odbl10.matches(url: "http://opendatacommons.org/licenses/odbl/1.0/"))
    }

    @Test func closestIdForWhatPeopleWrite() {
        #expect(KnownLicense.closestId(to: "PDL1.0") == "PDL-1.0")
        #expect(KnownLicense.closestId(to: "CC-BY-4") == "CC-BY-4.0")
        #expect(KnownLicense.closestId(to: "CC BY") == "CC-BY-4.0")
        #expect(KnownLicense.closestId(to: "公共データ利用規約") == "PDL-1.0")
        #expect(KnownLicense.closestId(to: "政府標準利用規約") == "JP-GOV-STANDARD-2.0")
        #expect(KnownLicense.closestId(to: "MIT") == nil)
    }

    @Test func licenceValuesFromTheRegistry() {
        let l = License(KnownLicense.pdl10)
        #expect(l.name == "公共データ利用規約（第1.0版）" && l.id == "PDL-1.0" && l.url == KnownLicense.pdl10.url)
        #expect(l.shortName == "PDL1.0" && l.englishURL == KnownLicense.pdl10.englishURL && l.ccByCompatible == true)
        #expect(License.ccBy40.japaneseURL == "https://creativecommons.org/licenses/by/4.0/deed.ja")
        let own = License(name: "磐梯町オープンデータ利用規約", url: "https://example.org/terms/")
        #expect(
            own.known == nil && own.shortName == own.name && own.ccByCompatible == nil && own.japaneseURL == own.url)
        #expect(License(name: "x", id: "MIT").shortName == "MIT")
    }

    @Test func templatesFillOnlyTheirOwnPlaceholders() {
        let text = CitationPattern.fill(
            "出典：{publisher}「{title}」（{url}）{unknown}{", ["publisher": "町{url}", "title": "t", "url": "u"])
        #expect(text == "出典：町{url}「t」（u）{unknown}{")
    }
}
