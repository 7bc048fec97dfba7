import MierukaCore

/// Ready-to-copy citation text for a dataset page, in the forms of
/// 政府標準利用規約 2.0 (compatible with CC BY 4.0), so a researcher never has
/// to work out how to credit the town.
public struct Citation: Sendable, Hashable {
    /// How to credit the data as it is: `出典：磐梯町「人口の推移」（https://…/data/population/）`.
    public var japanese: String
    /// How to credit data the user has edited: `「磐梯町『人口の推移』（https://…/）」を加工して作成`.
    /// The inner title takes 『』 because 「」 cannot nest in Japanese typography.
    public var japaneseEdited: String
    /// APA-style: `磐梯町. (2021). 人口の推移 [Data set]. https://…/data/population/. License: CC BY 4.0.`
    public var english: String
    /// How this dataset credits its own source, when it has one:
    /// `出典：総務省「国勢調査」（https://…）`, or `総務省「国勢調査」（https://…）を加工して作成`
    /// when the town edited the source data (`DatasetInfo.edited`).
    public var source: String?

    public init(japanese: String, japaneseEdited: String, english: String, source: String? = nil) {
        self.japanese = japanese
        self.japaneseEdited = japaneseEdited
        self.english = english
        self.source = source
    }
}

extension OpenData {
    /// The citation block of a dataset page. `pageURL` is the URL cited: the
    /// dataset's page, which links to every download.
    public static func citation(_ d: DatasetInfo, catalog: CatalogInfo, pageURL: String) -> Citation {
        let publisher = catalog.publisherName
        let japanese = "出典：\(publisher)「\(d.title)」（\(pageURL)）"
        let edited = "「\(publisher)『\(d.title)』（\(pageURL)）」を加工して作成"
        let year = d.effectiveUpdated.map { String($0.year) } ?? "n.d."
        let english = "\(publisher). (\(year)). \(d.title) [Data set]. \(pageURL). License: \(d.license.shortName)."
        return Citation(japanese: japanese, japaneseEdited: edited, english: english, source: sourceCredit(d))
    }

    static func sourceCredit(_ d: DatasetInfo) -> String? {
        let name = d.sourceName.flatMap { $0.isEmpty ? nil : $0 }
        let url = d.sourceURL.flatMap { $0.isEmpty ? nil : $0 }
        let text: String
        switch (name, url) {
        case let (name?, url?): text = "\(name)（\(url)）"
        case let (name?, nil): text = name
        case let (nil, url?): text = url
        case (nil, nil): return nil
        }
        return d.edited ? "\(text)を加工して作成" : "出典：\(text)"
    }
}
