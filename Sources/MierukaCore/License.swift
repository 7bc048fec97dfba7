/// The licence a dataset or the whole catalogue is published under.
///
/// `id` is an SPDX / Open Definition identifier such as `CC-BY-4.0`; harvesters
/// and the Data Package `licenses` list match on it, so set it whenever the
/// licence has one. `url` points at the licence text.
public struct License: Sendable, Hashable {
    /// The name people read: "クリエイティブ・コモンズ 表示 4.0 国際".
    public var name: String
    public var url: String?
    /// SPDX identifier: "CC-BY-4.0".
    public var id: String?

    public init(name: String, url: String? = nil, id: String? = nil) {
        self.name = name
        self.url = url
        self.id = id
    }

    /// CC BY 4.0, which 政府標準利用規約 2.0 is compatible with: the usual
    /// licence of Japanese public-sector open data.
    public static let ccBy40 = License(name: "クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)",
                                       url: "https://creativecommons.org/licenses/by/4.0/deed.ja",
                                       id: "CC-BY-4.0")

    /// The short form for citations: the SPDX id with spaces ("CC BY 4.0"),
    /// or the name when there is no id.
    public var shortName: String {
        guard let id, !id.isEmpty else { return name }
        return String(id.map { $0 == "-" ? " " : $0 })
    }
}
