/// The licence a dataset or the whole catalogue is published under.
///
/// `id` is an SPDX identifier such as `CC-BY-4.0` (or, for the Japanese
/// public terms that SPDX does not list, a project id: `PDL-1.0`); harvesters
/// and the Data Package `licenses` list match on it. When `id` names a licence
/// of `KnownLicense.all`, the loader fills `name` and `url` from it and checks a
/// written `url` against it, so `known` describes the licence fully. A licence
/// without an id is the site's own terms, described only by `name` and `url`.
public struct License: Sendable, Hashable {
    /// The name people read: "公共データ利用規約（第1.0版）".
    public var name: String
    /// The licence text (for a known licence, its `KnownLicense.url`).
    public var url: String?
    /// SPDX or project identifier: "CC-BY-4.0", "PDL-1.0".
    public var id: String?

    public init(name: String, url: String? = nil, id: String? = nil) {
        self.name = name
        self.url = url
        self.id = id
    }

    /// A known licence as content names it (`license: PDL-1.0`): its Japanese
    /// name, its text's URL and its id.
    public init(_ known: KnownLicense) {
        self.init(name: known.nameJapanese, url: known.url, id: known.id)
    }

    /// CC BY 4.0, the licence the Japanese public terms (PDL1.0, and
    /// 政府標準利用規約 2.0 before it) are compatible with; the default of a
    /// site whose site.yaml names no licence.
    public static let ccBy40 = License(.ccBy40)

    /// The registry entry of `id`, when the id is one mieruka knows.
    public var known: KnownLicense? { id.flatMap(KnownLicense.named) }

    /// The short form for citations: the licence's own abbreviation
    /// ("PDL1.0", "CC BY 4.0"), else the id with spaces, else the name.
    public var shortName: String {
        if let known { return known.abbreviation }
        guard let id, !id.isEmpty else { return name }
        return String(id.map { $0 == "-" ? " " : $0 })
    }

    /// The URL to cite in Japanese text: a known licence's Japanese text
    /// (the CC deed in Japanese), else `url`.
    public var japaneseURL: String? { known?.japaneseURL ?? url }

    /// The URL to cite in English text: a known licence's English text
    /// (PDL1.0's English page), else `url`.
    public var englishURL: String? { known?.englishURL ?? url }

    /// The name for English text: a known licence's English name, else `name`.
    public var englishName: String { known?.nameEnglish ?? name }

    /// Whether data under this licence may be reused under CC BY 4.0's terms;
    /// nil for the site's own terms, which mieruka cannot judge.
    public var ccByCompatible: Bool? { known?.ccByCompatible }
}
