/// The licences mieruka knows by id, as data: the one owner of licence ids,
/// names, text URLs, CC BY compatibility and citation patterns. The loader
/// resolves `license: PDL-1.0` through it and checks a written `url` against
/// it; citations (MierukaOpenData) follow its `citation` pattern.
///
/// Sources: PDL1.0 and its 解説 (Digital Agency, 2024-07-05), 政府標準利用規約
/// （第2.0版） (IT総合戦略室, 2015-12-24), the Creative Commons and Open Data
/// Commons licence pages. docs/content.md has the table.
public struct KnownLicense: Sendable, Hashable {
    /// SPDX id where SPDX lists the licence (`CC-BY-4.0`, `CC0-1.0`,
    /// `ODbL-1.0`), else a project id (`PDL-1.0`, `JP-GOV-STANDARD-2.0`).
    public let id: String
    /// Whether `id` is an SPDX License List identifier.
    public let isSPDX: Bool
    /// "公共データ利用規約（第1.0版）".
    public let nameJapanese: String
    /// "Public Data License (Version 1.0)".
    public let nameEnglish: String
    /// How the licence names itself in a credit line: "PDL1.0", "CC BY 4.0".
    public let abbreviation: String
    /// The licence text: the URL written into the catalogue, the Data Package and
    /// schema.org.
    public let url: String
    /// The text in Japanese when it has its own address (the CC deed in Japanese).
    public let japaneseURL: String?
    /// The text in English when it has its own address (PDL1.0's English page).
    public let englishURL: String?
    /// Other addresses of the same text that content may write as `url`
    /// (legal code, older http addresses). Any page under `url`, a
    /// language variant or `/legalcode` for example, matches too.
    public let otherURLs: [String]
    /// Whether data under this licence may be reused under CC BY 4.0's terms
    /// (PDL1.0 and 政府標準利用規約 2.0 say so themselves; CC0 asks for less).
    public let ccByCompatible: Bool
    /// Whether the licence requires a credit at all (CC0 does not; mieruka
    /// still offers one, as good practice).
    public let requiresAttribution: Bool
    /// Whether a public body applies the licence by pointing to its one text
    /// (PDL1.0's 本文は同一の内容を参照) rather than copying and adapting it.
    public let appliedByReference: Bool
    /// The licence that replaced this one, and when: 政府標準利用規約 2.0 →
    /// PDL-1.0 on 2024-07-05.
    public let supersededBy: String?
    public let supersededOn: LocalDate?
    /// How to credit data under this licence.
    public let citation: CitationPattern

    /// The known licence with this id (ignoring case, as SPDX matches ids), or nil.
    public static func named(_ id: String) -> KnownLicense? {
        let lower = id.lowercased()
        return all.first { $0.id.lowercased() == lower }
    }

    /// The id someone probably meant (`Suggest`): the closest id ('PDL1.0' →
    /// 'PDL-1.0'), else the one licence whose abbreviation or name is close
    /// ('CC BY' → 'CC-BY-4.0', '公共データ利用規約' → 'PDL-1.0'); nil otherwise.
    public static func closestId(to text: String) -> String? {
        if let id = Suggest.closest(to: text, in: all.map(\.id)) { return id }
        let hits = all.filter { k in
            [k.abbreviation, k.nameJapanese, k.nameEnglish].contains { Suggest.closest(to: text, in: [$0]) != nil }
        }
        return hits.count == 1 ? hits[0].id : nil
    }

    /// The known licence whose text is at `url`, or nil.
    public static func at(url: String) -> KnownLicense? { all.first { $0.matches(url: url) } }

    /// Whether `url` is an address of this licence's text: `url`, `japaneseURL`,
    /// `englishURL`, `otherURLs` or a page under one of them, compared without
    /// the scheme, `www.`, a final `/` or case.
    public func matches(url candidate: String) -> Bool {
        let c = Self.normalized(candidate)
        return ([url] + [japaneseURL, englishURL].compactMap { $0 } + otherURLs).contains { known in
            let k = Self.normalized(known)
            return c == k || c.hasPrefix(k + "/")
        }
    }

    static func normalized(_ url: String) -> String {
        var s = Substring(url.lowercased())
        for scheme in ["https://", "http://"] where s.hasPrefix(scheme) { s = s.dropFirst(scheme.count) }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }

    /// PDL1.0, 政府標準利用規約 2.0, CC BY 4.0, CC0 1.0, ODbL 1.0.
    public static let all: [KnownLicense] = [.pdl10, .governmentStandard20, .ccBy40, .cc010, .odbl10]

    /// 公共データ利用規約（第1.0版）: the Digital Agency's terms for public
    /// bodies' content since 2024-07-05, compatible with CC BY 4.0, applied
    /// by reference. Its examples: 「出典：D庁ウェブサイト（当該ページのURL）、
    /// PDL1.0（規約原文ページのURL）」 and 「「○○動向調査」（D庁）（当該ページの
    /// URL）を加工して作成」.
    public static let pdl10 = KnownLicense(
        id: "PDL-1.0", isSPDX: false, nameJapanese: "公共データ利用規約（第1.0版）",
        nameEnglish: "Public Data License (Version 1.0)",
        abbreviation: "PDL1.0", url: "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
        japaneseURL: nil, englishURL: "https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0",
        otherURLs: [],
        ccByCompatible: true, requiresAttribution: true, appliedByReference: true, supersededBy: nil, supersededOn: nil,
        citation: CitationPattern(
            japanese: "出典：{publisher}「{title}」（{url}）、{license}（{licenseURL}）",
            japaneseEdited: "{publisher}「{title}」（{url}）を加工して作成"))

    /// 政府標準利用規約（第2.0版）: the government's model terms of 2015-12-24,
    /// compatible with CC BY 4.0, replaced by PDL1.0 on 2024-07-05. Its text
    /// is the IT総合戦略室 PDF (別添1 of the 二次利用 guideline). The id is
    /// mieruka's own: SPDX lists neither Japanese term.
    public static let governmentStandard20 = KnownLicense(
        id: "JP-GOV-STANDARD-2.0", isSPDX: false, nameJapanese: "政府標準利用規約（第2.0版）",
        nameEnglish: "Government of Japan Standard Terms of Use (Version 2.0)", abbreviation: "政府標準利用規約（第2.0版）",
        url: "https://www.kantei.go.jp/jp/singi/it2/densi/kettei/gl2_betten_1.pdf",
        japaneseURL: nil, englishURL: nil, otherURLs: [],
        ccByCompatible: true, requiresAttribution: true, appliedByReference: false, supersededBy: "PDL-1.0",
        supersededOn: LocalDate(year: 2024, month: 7, day: 5),
        citation: CitationPattern(
            japanese: "出典：{publisher}「{title}」（{url}）",
            japaneseEdited: "{publisher}「{title}」（{url}）を加工して作成"))

    /// CC BY 4.0. §3(a)(1) asks for the creator, a link to the material, the
    /// licence's name with a link to it, and a note when the material was modified.
    public static let ccBy40 = KnownLicense(
        id: "CC-BY-4.0", isSPDX: true, nameJapanese: "クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)",
        nameEnglish: "Creative Commons Attribution 4.0 International", abbreviation: "CC BY 4.0",
        url: "https://creativecommons.org/licenses/by/4.0/",
        japaneseURL: "https://creativecommons.org/licenses/by/4.0/deed.ja",
        englishURL: nil, otherURLs: [],
        ccByCompatible: true, requiresAttribution: true, appliedByReference: true, supersededBy: nil, supersededOn: nil,
        citation: CitationPattern(
            japanese: "出典：{publisher}「{title}」（{url}）、{license}（{licenseURL}）",
            japaneseEdited: "{publisher}「{title}」（{url}）を加工して作成、{license}（{licenseURL}）"))

    /// CC0 1.0: a dedication to the public domain; no credit is required.
    public static let cc010 = KnownLicense(
        id: "CC0-1.0", isSPDX: true, nameJapanese: "CC0 1.0 全世界 パブリック・ドメイン提供",
        nameEnglish: "Creative Commons Zero v1.0 Universal", abbreviation: "CC0 1.0",
        url: "https://creativecommons.org/publicdomain/zero/1.0/",
        japaneseURL: "https://creativecommons.org/publicdomain/zero/1.0/deed.ja",
        englishURL: nil, otherURLs: [],
        ccByCompatible: true, requiresAttribution: false, appliedByReference: true, supersededBy: nil,
        supersededOn: nil,
        citation: CitationPattern(
            japanese: "出典：{publisher}「{title}」（{url}）",
            japaneseEdited: "{publisher}「{title}」（{url}）を加工して作成"))

    /// ODbL 1.0: §4.3 asks for a notice naming the database and the licence;
    /// derived databases must stay under ODbL (share-alike), so it is not CC BY compatible.
    public static let odbl10 = KnownLicense(
        id: "ODbL-1.0", isSPDX: true, nameJapanese: "オープンデータベースライセンス 1.0 (ODbL 1.0)",
        nameEnglish: "Open Data Commons Open Database License v1.0", abbreviation: "ODbL 1.0",
        url: "https://opendatacommons.org/licenses/odbl/1-0/", japaneseURL: nil, englishURL: nil,
        otherURLs: ["https://opendatacommons.org/licenses/odbl/1.0/", "https://opendatacommons.org/licenses/odbl/"],
        ccByCompatible: false, requiresAttribution: true, appliedByReference: true, supersededBy: nil,
        supersededOn: nil,
        citation: CitationPattern(
            japanese: "出典：{publisher}「{title}」（{url}）、{license}（{licenseURL}）",
            japaneseEdited: "{publisher}「{title}」（{url}）を加工して作成、{license}（{licenseURL}）"))
}

/// How a licence wants its data credited, as templates with the placeholders
/// `{publisher}`, `{title}`, `{url}` (the dataset page), `{license}` (the
/// licence's abbreviation) and `{licenseURL}` (its Japanese text). Filled by
/// `OpenData.citation`, which replaces placeholders of the template only, never
/// text that came from content.
public struct CitationPattern: Sendable, Hashable {
    /// Credit for the data used as it is: 「出典：…」.
    public let japanese: String
    /// The note for data the user edited: 「…を加工して作成」.
    public let japaneseEdited: String

    public init(japanese: String, japaneseEdited: String) {
        self.japanese = japanese
        self.japaneseEdited = japaneseEdited
    }

    /// For terms mieruka does not know (a licence without an id): the
    /// 政府標準利用規約 form, which names no licence.
    public static let plain = CitationPattern(
        japanese: "出典：{publisher}「{title}」（{url}）",
        japaneseEdited: "{publisher}「{title}」（{url}）を加工して作成")

    /// `template` with each `{name}` replaced by `values[name]`; unknown
    /// placeholders stay as written. Text from `values` is never scanned again.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
