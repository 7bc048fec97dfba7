import MierukaCore

/// Ready-to-copy citation text for a dataset, in the form its licence asks
/// for (`KnownLicense.citation`), so a researcher never has to work out how
/// to credit the town. Examples are for 磐梯町「人口の推移」 under PDL1.0.
///
/// Which values carry a label: `japanese`, `japaneseEditedWithSource`,
/// `longJapanese` and `sourceCredit` are whole credit lines and start with
/// 「出典：」 themselves; `source` has **no** label, so a page can write its
/// own before it (「このデータ自体の出典：{source}」) without doubling it.
public struct Citation: Sendable, Hashable {
    /// The credit for the data used as it is, with the licence's name and
    /// link where the licence asks for them (PDL1.0, CC BY 4.0 §3(a)(1), ODbL §4.3):
    /// `出典：磐梯町「人口の推移」（https://…/data/population/）、PDL1.0（https://www.digital.go.jp/…）`.
    public var japanese: String
    /// The note for data the user edited, as the licence's example writes it:
    /// `磐梯町「人口の推移」（https://…/data/population/）を加工して作成`
    /// (CC BY 4.0 and ODbL add the licence, which still applies to the edited data).
    public var japaneseEdited: String
    /// What to write for edited data in full: `japanese` and, on the next
    /// line, `japaneseEdited` — PDL1.0 asks for the edit note 「上記出典とは別に」,
    /// in addition to the credit.
    public var japaneseEditedWithSource: String
    /// APA style with the licence's name and link:
    /// `磐梯町. (2021). 人口の推移 (Version 1.2) [Data set]. https://…/data/population/. License: PDL1.0 (https://www.digital.go.jp/en/…).`
    public var english: String
    /// The long form for papers (after Our World in Data's full citation):
    /// producer, title, version and update date, source, licence, and
    /// `Retrieved <date> from <URL>` with `<date>` left for the reader to fill.
    public var long: String
    /// The long form in Japanese, PDL1.0's second example:
    /// `出典：磐梯町「人口の推移」（バージョン 1.2、2021年6月30日更新、https://…）、PDL1.0（https://…）（○年○月○日に利用）`.
    public var longJapanese: String
    /// How the dataset credits its own source, **without** a label, for use
    /// after one: `総務省「国勢調査」（https://…）`, or
    /// `総務省「国勢調査」（https://…）を加工して作成` when the town edited it.
    public var source: String?
    /// The same as a line of its own: `出典：総務省「国勢調査」（https://…）`, or the
    /// 「…を加工して作成」 form (which needs no label).
    public var sourceCredit: String?
    /// Whether the licence requires a credit (CC0 does not; the text is still offered).
    public var attributionRequired: Bool

    public init(
        japanese: String, japaneseEdited: String, japaneseEditedWithSource: String? = nil, english: String,
        long: String = "", longJapanese: String = "", source: String? = nil, sourceCredit: String? = nil,
        attributionRequired: Bool = true
    ) {
        self.japanese = japanese
        self.japaneseEdited = japaneseEdited
        self.japaneseEditedWithSource = japaneseEditedWithSource ?? japanese + "\n" + japaneseEdited
        self.english = english
        self.long = long
        self.longJapanese = longJapanese
        self.source = source
        self.sourceCredit = sourceCredit
        self.attributionRequired = attributionRequired
    }
}

extension OpenData {
    /// The citations of a dataset. `pageURL` is the URL cited: the dataset's
    /// page, which links to every download.
    public static func citation(_ d: DatasetInfo, catalog: CatalogInfo, pageURL: String) -> Citation {
        let publisher = catalog.publisherName
        let license = d.license
        let pattern = license.known?.citation ?? .plain
        var values = [
            "publisher": publisher, "title": d.title, "url": pageURL, "license": license.shortName,
            "licenseURL": license.japaneseURL ?? "",
        ]
        let japanese = CitationPattern.fill(pattern.japanese, values)
        let edited = CitationPattern.fill(pattern.japaneseEdited, values)
        let updated = d.effectiveUpdated

        var english = "\(publisher). (\(updated.map { String($0.year) } ?? "n.d.")). \(d.title)"
        if let version = d.version { english += " (Version \(version))" }
        english += " [Data set]. \(pageURL). License: \(englishLicense(license))."

        var long = "\(publisher). “\(d.title)” [Data set]"
        if let version = d.version { long += ", version \(version)" }
        if let updated { long += ", last updated \(updated.english)" }
        long += "."
        if let source = sourceText(d) {
            long += " Source: \(source)" + (d.edited ? " – processed by \(publisher)." : ".")
        }
        long += " License: \(englishLicense(license)). Retrieved <date> from \(pageURL)."

        values["url"] =
            ([d.version.map { "バージョン \($0)" }, updated.map { "\($0.japanese)更新" }].compactMap { $0 } + [pageURL])
            .joined(separator: "、")
        let longJapanese = CitationPattern.fill(pattern.japanese, values) + "（○年○月○日に利用）"

        let source = sourceText(d).map { d.edited ? "\($0)を加工して作成" : $0 }
        return Citation(
            japanese: japanese, japaneseEdited: edited, english: english, long: long, longJapanese: longJapanese,
            source: source, sourceCredit: source.map { d.edited ? $0 : "出典：" + $0 },
            attributionRequired: license.known?.requiresAttribution ?? true)
    }

    /// "PDL1.0 (https://www.digital.go.jp/en/…)", or the name alone without a URL.
    static func englishLicense(_ license: License) -> String {
        license.englishURL.map { "\(license.shortName) (\($0))" } ?? license.shortName
    }

    /// `総務省「国勢調査」（https://…）`, the source's name and URL as written; nil without either.
    static func sourceText(_ d: DatasetInfo) -> String? {
        let name = d.sourceName.flatMap { $0.isEmpty ? nil : $0 }
        let url = d.sourceURL.flatMap { $0.isEmpty ? nil : $0 }
        switch (name, url) {
        case let (name?, url?): return "\(name)（\(url)）"
        case let (name?, nil): return name
        case let (nil, url?): return url
        case (nil, nil): return nil
        }
    }

    /// The key both reference files give the dataset: `<package name>-<id>`
    /// ("example-org-population"), ASCII, unique across sites.
    public static func citationKey(_ d: DatasetInfo, catalog: CatalogInfo) -> String {
        "\(catalog.packageName)-\(d.id)"
    }

    /// `data/<id>.bib`: one BibTeX `@misc` entry (the type every style knows;
    /// biblatex reads `version`, `date`, `urldate` and `langid` too). The
    /// publisher is a corporate author in double braces, so no style splits it
    /// into given and family names; the title keeps its case.
    public static func bibTeX(_ d: DatasetInfo, catalog: CatalogInfo, pageURL: String) -> [UInt8] {
        var fields: [(String, String)] = [
            ("author", "{\(bibText(catalog.publisherName))}"),
            ("title", "{\(bibText(d.title))}"),
            ("howpublished", "Data set"),
            ("publisher", bibText(catalog.publisherName)),
        ]
        if let updated = d.effectiveUpdated {
            fields.append(("year", String(updated.year)))
            fields.append(("date", updated.iso))
        }
        if let version = d.version { fields.append(("version", bibText(version))) }
        fields.append(("url", bibURL(pageURL)))
        fields.append(
            ("langid", catalog.language.lowercased().hasPrefix("ja") ? "japanese" : bibText(catalog.language)))
        fields.append(("note", bibText("License: " + englishLicense(d.license))))
        let width = fields.map(\.0.count).max() ?? 0
        var out = "@misc{\(citationKey(d, catalog: catalog)),\n"
        for (name, value) in fields {
            out += "  " + name + String(repeating: " ", count: width - name.count) + " = {\(value)},\n"
        }
        out += "}\n"
        return Array(out.utf8)
    }

    /// Text safe inside a BibTeX brace group: the characters TeX treats as
    /// commands written as commands, so braces always balance.
    static func bibText(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "%", "&", "#", "$", "_": out += "\\" + String(c)
            case "^": out += "\\^{}"
            case "~": out += "\\~{}"
            case "\n", "\r", "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// A URL for BibTeX's verbatim `url` field: characters that would end
    /// the field or a line percent-encoded.
    static func bibURL(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "{": out += "%7B"
            case "}": out += "%7D"
            case "\\": out += "%5C"
            case " ": out += "%20"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `data/<id>.csl.json`: the dataset as CSL-JSON (Citation Style Language
    /// 1.0.2), an array of one item of type `dataset`, for Zotero, Pandoc and
    /// citeproc. The publisher is a literal name (an institution, not a person).
    public static func cslJSON(_ d: DatasetInfo, catalog: CatalogInfo, pageURL: String) -> [UInt8] {
        let issued: JSON? = d.effectiveUpdated.map { date in
            .object([("date-parts", .array([.array([.int(date.year), .int(date.month), .int(date.day)])]))])
        }
        let item = JSON.object([
            ("id", .string(citationKey(d, catalog: catalog))),
            ("type", .string("dataset")),
            ("title", .string(d.title)),
            ("abstract", .string(d.description)),
            ("author", .array([.object([("literal", .string(catalog.publisherName))])])),
            ("publisher", .string(catalog.publisherName)),
            ("publisher-place", .string(catalog.placeName)),
            ("issued", issued),
            ("version", d.version.map(JSON.string)),
            ("URL", .string(pageURL)),
            ("language", .string(catalog.language)),
            ("keyword", d.keywords.isEmpty ? nil : .string(d.keywords.joined(separator: ", "))),
            ("license", .string(d.license.url.map { "\(d.license.shortName) (\($0))" } ?? d.license.shortName)),
            ("note", sourceText(d).map { .string("Source: " + $0 + (d.edited ? " (edited)" : "")) }),
        ])
        return JSON.array([item]).bytes()
    }
}
