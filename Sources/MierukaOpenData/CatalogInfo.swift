import MierukaCore

/// What the open-data files say about the site and the town that publishes
/// them: the catalogue in DCAT, the package in datapackage.json, the publisher
/// and place in schema.org. Every value comes from content (`site.yaml`),
/// never from the clock or the machine.
public struct CatalogInfo: Sendable {
    public var title: String
    public var description: String
    /// The site's absolute base URL ending in "/": "https://example.org/dx/".
    /// Every URL in the open-data files is built from it, so files can be
    /// harvested on their own.
    public var baseURL: String
    /// BCP 47 language of titles and descriptions: "ja".
    public var language: String
    public var publisherName: String
    public var publisherURL: String?
    /// 市区町村名: "磐梯町".
    public var municipalityName: String
    /// The municipality's English name, when site.yaml gives one: "Bandai Town".
    public var municipalityNameEnglish: String?
    /// 都道府県名: "福島県".
    public var prefecture: String
    /// 6-digit 全国地方公共団体コード with check digit: "074071".
    public var localGovernmentCode: String
    /// The licence of the catalogue as a whole (each dataset has its own too).
    public var license: License
    /// The Data Package version, from content: "1.0.0".
    public var version: String
    /// When the catalogue was first published, from content.
    public var created: LocalDate?
    public var contactEmail: String?
    /// The site's UTC offset, for the few fields that need a timestamp
    /// (Data Package `created`): "+09:00" for Asia/Tokyo.
    public var utcOffset: String

    public init(
        title: String, description: String, baseURL: String, language: String = "ja",
        publisherName: String, publisherURL: String? = nil, municipalityName: String, prefecture: String,
        localGovernmentCode: String, license: License, version: String, created: LocalDate? = nil,
        contactEmail: String? = nil, utcOffset: String = "+09:00", municipalityNameEnglish: String? = nil
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.publisherName = publisherName
        self.publisherURL = publisherURL
        self.municipalityName = municipalityName
        self.prefecture = prefecture
        self.localGovernmentCode = localGovernmentCode
        self.license = license
        self.version = version
        self.created = created
        self.contactEmail = contactEmail
        self.utcOffset = utcOffset
        self.municipalityNameEnglish = municipalityNameEnglish
    }

    /// The place as people write it: "福島県磐梯町".
    public var placeName: String { prefecture + municipalityName }

    /// A Data Package name derived from the base URL, so two sites never
    /// share one: "https://example.org/dx/" -> "example-org-dx".
    public var packageName: String {
        var rest = Substring(baseURL)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        var out = ""
        for scalar in rest.lowercased().unicodeScalars {
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if keep { out.unicodeScalars.append(scalar) } else if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "open-data" : out
    }
}
