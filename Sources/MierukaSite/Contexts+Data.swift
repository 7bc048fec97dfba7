// The contexts of the open-data catalogue and the dataset pages.

/// `data.mustache`: `/data/`.
struct DataContext: TemplateContext {
    static var summary: String { "The open-data catalogue page." }

    let datasets: [DatasetItem]
    let strategyDatasets: [DatasetItem]
    let hasDatasets: Bool
    let dataPackageHref: String
    let catalogHref: String
    let licenseName: String
    /// Empty when the site's licence has no URL.
    let licenseURL: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case datasets, strategyDatasets, hasDatasets, dataPackageHref, catalogHref, licenseName, licenseURL
        var variable: TemplateVariable {
            switch self {
            case .datasets: .list(DatasetItem.self, "the datasets of `datasets/`")
            case .strategyDatasets:
                .list(
                    DatasetItem.self,
                    "the datasets made from the strategy files (initiatives, their history, the timeline, the agreements)"
                )
            case .hasDatasets: .flag("whether `datasets/` has datasets")
            case .dataPackageHref: .text("the address of `datapackage.json`")
            case .catalogHref: .text("the address of `catalog.jsonld`")
            case .licenseName: .text("the site's licence")
            case .licenseURL: .text("the site's licence's URL; empty (not absent) when it has none")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .datasets: datasets
        case .strategyDatasets: strategyDatasets
        case .hasDatasets: hasDatasets
        case .dataPackageHref: dataPackageHref
        case .catalogHref: catalogHref
        case .licenseName: licenseName
        case .licenseURL: licenseURL
        }
    }
}

/// A dataset in the catalogue.
struct DatasetItem: TemplateContext {
    static var summary: String { "A dataset in the catalogue (`datasets`, `strategyDatasets`)." }

    let id: String
    let title: String
    let description: String
    let href: String
    let license: String
    let rowCount: String
    let fromStrategy: Bool
    let csvHref: String
    let jsonHref: String
    let illustrative: Bool
    let updated: DateContext?
    /// The `lang` of its texts when they are not in the page's language; absent otherwise.
    var lang: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case id, title, description, href, license, rowCount, fromStrategy, csvHref, jsonHref, illustrative, updated,
            lang
        var variable: TemplateVariable {
            switch self {
            case .id: .text("the dataset's id").forOtherThemes
            case .title: .text("its title")
            case .description: .text("its description")
            case .href: .text("the address of its page")
            case .license: .text("its licence's name")
            case .rowCount: .text("how many rows it has, e.g. `1,234`")
            case .fromStrategy: .flag("whether it is made from the strategy files").forOtherThemes
            case .csvHref: .text("the address of its CSV file")
            case .jsonHref: .text("the address of its JSON file")
            case .illustrative: .flag("whether its values are illustrative")
            case .updated:
                .object(DateContext.self, "when it was last updated (`updated`, else the newest date or year in it)")
                    .optionally
            case .lang:
                .text(
                    "the `lang` of its title and description when the dataset is not translated into the page's language"
                ).optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .id: id
        case .title: title
        case .description: description
        case .href: href
        case .license: license
        case .rowCount: rowCount
        case .fromStrategy: fromStrategy
        case .csvHref: csvHref
        case .jsonHref: jsonHref
        case .illustrative: illustrative
        case .updated: updated
        case .lang: lang
        }
    }
}

/// `dataset.mustache`: one dataset's page.
struct DatasetContext: TemplateContext {
    static var summary: String { "A dataset's page." }

    let id: String
    let description: String
    let charts: [String]
    let fields: [FieldContext]
    let headers: [HeaderContext]
    let rows: [TableRow]
    let rowCount: String
    let isTruncated: Bool
    let shownRows: String
    let licenseName: String
    let illustrative: Bool
    let fromStrategy: Bool
    let downloads: [DownloadContext]
    let citationJapanese: String
    let citationEdited: String
    let citationEnglish: String
    let catalogHref: String
    let columnCount: Int
    let licenseURL: String?
    let sourceName: String?
    let sourceURL: String?
    let updated: DateContext?
    let frequency: String?
    let unit: String?
    let citationSource: String?
    let citationLong: String
    let citationLongJapanese: String
    let version: String?
    let changes: [ChangeContext]
    let conformance: [RuleContext]

    enum Key: String, TemplateKey {

        static let byName = index()
        case id, description, charts, hasCharts, fields, headers, rows, rowCount, isTruncated, shownRows, licenseName,
            illustrative,
            fromStrategy, downloads, citationJapanese, citationEdited, citationEnglish, catalogHref, columnCount,
            licenseURL,
            sourceName, sourceURL, updated, frequency, unit, citationSource, citationLong, citationLongJapanese,
            version,
            changes, hasChanges, conformance, hasConformance
        var variable: TemplateVariable {
            switch self {
            case .id: .text("the dataset's id").forOtherThemes
            case .description: .text("its description")
            case .charts: .htmlList("its charts, each the `chart` template rendered (without the link to this page)")
            case .hasCharts: .flag("whether it has charts")
            case .fields: .list(FieldContext.self, "its fields (columns), as published")
            case .headers: .list(HeaderContext.self, "the data table's column headers")
            case .rows: .list(TableRow.self, "the first 500 rows, as text")
            case .rowCount: .text("how many rows it has, e.g. `1,234`")
            case .isTruncated: .flag("whether it has more than 500 rows")
            case .shownRows: .text("how many rows `rows` holds, e.g. `500`")
            case .licenseName: .text("its licence")
            case .illustrative: .flag("whether its values are illustrative")
            case .fromStrategy: .flag("whether it is made from the strategy files").forOtherThemes
            case .downloads: .list(DownloadContext.self, "its CSV and JSON files")
            case .citationJapanese: .text("how to cite it as it is (from the open-data files, in Japanese)")
            case .citationEdited: .text("how to cite it when edited (in Japanese)")
            case .citationEnglish: .text("how to cite it, in English")
            case .catalogHref: .text("the address of the catalogue page")
            case .columnCount: .number("how many columns the published CSV has").forOtherThemes
            case .licenseURL: .text("its licence's URL").optionally
            case .sourceName: .text("its `source.name`").optionally
            case .sourceURL: .text("its `source.url`").optionally
            case .updated: .object(DateContext.self, "when it was last updated").optionally
            case .frequency: .text("how often it is updated, from the strings file (`frequency.…`)").optionally
            case .unit: .text("its `unit`").optionally
            case .citationSource: .text("the source to cite for the data itself").optionally
            case .citationLong:
                .text(
                    "a long citation for papers, in English (producer, title, version, URL, a 'Retrieved' placeholder)")
            case .citationLongJapanese: .text("a long citation for papers, in Japanese")
            case .version: .text("its `version`, or the newest change's").optionally
            case .changes: .list(ChangeContext.self, "its `changes:` (更新履歴), oldest first")
            case .hasChanges: .flag("whether it has `changes:`")
            case .conformance:
                .list(
                    RuleContext.self,
                    "the 30 machine-readability rules and what the check found (empty for the strategy datasets)")
            case .hasConformance: .flag("whether `conformance` has rules")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .id: id
        case .description: description
        case .charts: charts
        case .hasCharts: !charts.isEmpty
        case .fields: fields
        case .headers: headers
        case .rows: rows
        case .rowCount: rowCount
        case .isTruncated: isTruncated
        case .shownRows: shownRows
        case .licenseName: licenseName
        case .illustrative: illustrative
        case .fromStrategy: fromStrategy
        case .downloads: downloads
        case .citationJapanese: citationJapanese
        case .citationEdited: citationEdited
        case .citationEnglish: citationEnglish
        case .catalogHref: catalogHref
        case .columnCount: columnCount
        case .licenseURL: licenseURL
        case .sourceName: sourceName
        case .sourceURL: sourceURL
        case .updated: updated
        case .frequency: frequency
        case .unit: unit
        case .citationSource: citationSource
        case .citationLong: citationLong
        case .citationLongJapanese: citationLongJapanese
        case .version: version
        case .changes: changes
        case .hasChanges: !changes.isEmpty
        case .conformance: conformance
        case .hasConformance: !conformance.isEmpty
        }
    }
}

/// One entry of a dataset's change history.
struct ChangeContext: TemplateContext {
    static var summary: String { "One change of a dataset (`changes`)." }

    let date: DateContext
    let description: String
    let version: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case date, description, version
        var variable: TemplateVariable {
            switch self {
            case .date: .object(DateContext.self, "when")
            case .description: .text("what changed")
            case .version: .text("the version it made").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .date: date
        case .description: description
        case .version: version
        }
    }
}

/// One machine-readability rule and what the check of a dataset found.
struct RuleContext: TemplateContext {
    static var summary: String { "One rule of 行政データにおける機械可読性に関するルール, for a dataset (`conformance`)." }

    let id: String
    let name: String
    let status: String
    let findings: String
    let note: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case id, name, status, passed, warning, guaranteed, notApplicable, findings, note
        var variable: TemplateVariable {
            switch self {
            case .id: .text("the rule's id, e.g. `L1-05`")
            case .name: .text("its name")
            case .status: .text("`passed`, `warning`, `guaranteed` or `not-applicable`").forOtherThemes
            case .passed: .flag("checked, nothing found")
            case .warning: .flag("checked, something found (a warning in the build)")
            case .guaranteed: .flag("true of every file mieruka writes")
            case .notApplicable: .flag("not applicable to mieruka's files")
            case .findings: .text("how many places were found, e.g. `2`")
            case .note: .text("why it holds or does not apply; empty (not absent) otherwise")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .id: id
        case .name: name
        case .status: status
        case .passed: status == "passed"
        case .warning: status == "warning"
        case .guaranteed: status == "guaranteed"
        case .notApplicable: status == "not-applicable"
        case .findings: findings
        case .note: note
        }
    }
}

/// One field (column) of a dataset. `unit` and `description` are always
/// given, empty when the field has none, so that Mustache never finds the
/// dataset's own `unit` and `description` further out.
struct FieldContext: TemplateContext {
    static var summary: String { "A field (column) of a dataset, in the dataset page's `fields`." }

    let name: String
    let title: String
    let type: String
    let typeName: String
    let unit: String
    let description: String
    let optional: Bool

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, title, type, typeName, unit, description, optional
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the column's name in the CSV")
            case .title: .text("the field's `title`")
            case .type: .text("its type's name from the strings file (`field_type.…`)")
            case .typeName:
                .text("its type's id: `integer`, `number`, `string`, `date`, `year` or `boolean`").forOtherThemes
            case .unit: .text("its `unit`; empty (not absent) when it has none")
            case .description: .text("its `description`; empty (not absent) when it has none")
            case .optional: .flag("true when it may be empty (`optional: true`)").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .name: name
        case .title: title
        case .type: type
        case .typeName: typeName
        case .unit: unit
        case .description: description
        case .optional: optional ? true : nil
        }
    }
}

/// A column header of a dataset's table.
struct HeaderContext: TemplateContext {
    static var summary: String { "A column header of the dataset page's table (`headers`)." }

    let title: String
    let unit: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case title, unit
        var variable: TemplateVariable {
            switch self {
            case .title: .text("the field's title")
            case .unit: .text("its unit; empty (not absent) when it has none")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: title
        case .unit: unit
        }
    }
}

/// A file of a dataset to download.
struct DownloadContext: TemplateContext {
    static var summary: String { "A file of a dataset to download (`downloads`)." }

    let format: String
    let href: String
    let size: String
    let bytes: String
    let sha256: String
    let mediaType: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case format, href, size, bytes, sha256, mediaType
        var variable: TemplateVariable {
            switch self {
            case .format: .text("`CSV` or `JSON`")
            case .href: .text("the file's address")
            case .size: .text("its size, from the strings file's `file_size.…`: `12.3 KB`")
            case .bytes: .text("its size in bytes, e.g. `12,345`").forOtherThemes
            case .sha256: .text("its SHA-256, in hexadecimal")
            case .mediaType: .text("`text/csv` or `application/json`")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .format: format
        case .href: href
        case .size: size
        case .bytes: bytes
        case .sha256: sha256
        case .mediaType: mediaType
        }
    }
}
