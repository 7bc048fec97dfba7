import MierukaCore
import MierukaMarkdown
import MierukaCharts

/// Everything in `content/`, loaded and checked: the input of planning and rendering.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Newest first; drafts only when the build asked for them.
    public var notes: [Note]
    public var pages: [Page]
    public var strategy: Strategy?
    /// In their declared order, then by id.
    public var initiatives: [Initiative]
    /// Oldest first.
    public var timeline: [Milestone]
    /// Oldest first.
    public var agreements: [Agreement]
    public var datasets: [Dataset]
    /// Files under `static/`, sorted by path.
    public var staticFiles: [StaticFile]

    public init(
        config: SiteConfig, notes: [Note], pages: [Page] = [], strategy: Strategy? = nil,
        initiatives: [Initiative] = [],
        timeline: [Milestone] = [], agreements: [Agreement] = [], datasets: [Dataset] = [],
        staticFiles: [StaticFile] = []
    ) {
        (self.config, self.notes, self.pages, self.strategy, self.initiatives) = (
            config, notes, pages, strategy, initiatives
        )
        (self.timeline, self.agreements, self.datasets, self.staticFiles) = (
            timeline, agreements, datasets, staticFiles
        )
    }
}

public struct Municipality: Sendable {
    public var name: String
    public var nameEnglish: String?
    public var prefecture: String
    /// The 6-digit local government code (全国地方公共団体コード), check digit included.
    public var code: String
}

public struct NavigationItem: Sendable {
    public var title: String
    public var url: String
}

extension Links {
    /// The links of a site as site.yaml (or --base-url) places it.
    public init(config: SiteConfig) { self.init(baseURL: config.baseURL, basePath: config.basePath) }
}

/// `content/site.yaml`.
public struct SiteConfig: Sendable {
    public var name: String
    public var description: String?
    public var municipality: Municipality
    /// Absolute, ending with `/` (e.g. `https://example.org/dx/`).
    public var baseURL: String
    public var language: String
    /// The languages the site is published in, the default (`language`)
    /// first; one unless site.yaml lists `languages:`.
    public var languages: [SiteLanguage]
    /// Where each of `languages` is written in site.yaml (for diagnostics
    /// found later, such as a language the theme has no strings file for).
    public var languageLocations: [SiteLanguage: SourceLocation]
    public var timeZone: SiteTimeZone
    public var license: License
    public var publisherName: String
    public var publisherURL: String?
    public var contactEmail: String?
    public var contactPhone: String?
    public var contactAddress: String?
    public var navigation: [NavigationItem]
    /// Start CSV files with a UTF-8 byte order mark so Excel reads them as UTF-8.
    public var csvBOM: Bool
    public var notesPerPage: Int
    /// Let raw HTML and any URL scheme through Markdown. Off by default.
    public var allowRawHTML: Bool
    /// The version written into the Data Package.
    public var dataVersion: String
    /// Warn about findings of the machine-readability rules (default true).
    public var machineReadabilityWarnings: Bool

    /// The default language: the root of the site is in it.
    public var defaultLanguage: SiteLanguage { languages.first ?? SiteLanguage(language) }

    /// The path part of `baseURL`, starting and ending with `/` (`/dx/`).
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        var path = String(rest[slash...])
        if !path.hasSuffix("/") { path += "/" }
        return path
    }
}

public struct Note: Sendable {
    /// The most tags a note may have: every tag's page lists the note with
    /// all of its tags, so the pages grow with the square of this number.
    public static let maxTags = 30

    public var slug: String
    public var title: String
    public var date: LocalDate
    public var updated: LocalDate?
    public var author: String?
    public var tags: [String]
    /// Written in front matter, or taken from the first paragraph.
    public var summary: String
    /// A path under `static/`.
    public var cover: String?
    public var draft: Bool
    public var body: MarkdownDocument
    /// The `.md` file, as shown in diagnostics.
    public var file: String
    /// Lines before the body starts in the file (front matter and its fences).
    public var bodyLineOffset: Int
    /// Charts embedded with ```` ```chart ```` blocks, already checked.
    public var charts: [ChartReference]
    /// The title as written, when it has furigana (`{漢字|かんじ}`); `title`
    /// keeps each ruby's base only, for every plain-text use.
    public var rubyTitle: String? = nil
}

public struct Page: Sendable {
    public var slug: String
    public var title: String
    public var summary: String?
    public var body: MarkdownDocument
    public var file: String
    public var bodyLineOffset: Int
    public var charts: [ChartReference]
    /// The title as written, when it has furigana; `title` keeps the base only.
    public var rubyTitle: String? = nil
}

/// A use of a chart declared in a dataset: `dataset: population`, `chart: trend`.
public struct ChartReference: Sendable, Hashable {
    public var dataset: String
    public var chart: String
    /// Where the dataset's id is written.
    public var location: SourceLocation
    /// Where the chart's id is written, so a missing chart is shown on its own line.
    public var chartLocation: SourceLocation
    /// For a ```chart block: the fence's line in the Markdown text (as the
    /// Markdown parser counts it), so the renderer finds the block's chart
    /// without reading the block again. Nil for a KPI.
    public var blockLine: Int?
    public init(
        dataset: String, chart: String, location: SourceLocation, chartLocation: SourceLocation? = nil,
        blockLine: Int? = nil
    ) {
        self.dataset = dataset; self.chart = chart; self.location = location
        self.chartLocation = chartLocation ?? location
        self.blockLine = blockLine
    }
}

public struct StaticFile: Sendable {
    /// Relative to `static/` and to the output root.
    public var path: String
    /// Where to read it from.
    public var source: String
}

/// `content/strategy.yaml`.
public struct Strategy: Sendable {
    public struct Period: Sendable { public var name: String; public var start: LocalDate?; public var end: LocalDate? }
    public struct Section: Sendable {
        /// An anchor on the strategy page; where it is written, for messages.
        public var id: String?
        public var idLocation: SourceLocation?
        public var title: String
        public var body: String
    }
    public var title: String
    public var summary: String?
    public var periods: [Period]
    public var definitionTerm: String?
    public var definitionText: String?
    public var definitionNote: String?
    public var mission: String?
    public var vision: String?
    public var reasons: [Section]
    public var principles: [Section]
    public var guidelinesIntro: String?
    public var guidelines: [Section]
    /// `datasets:` — descriptions of the datasets mieruka builds from the
    /// strategy files, keyed by built-in id (`initiatives`, `timeline`, …),
    /// replacing mieruka's own descriptions.
    public var datasetDescriptions: [String: String] = [:]
}

public enum InitiativeStatus: String, Sendable, CaseIterable, Hashable {
    case planned
    case inProgress = "in-progress"
    case done
    case paused

    /// Words people write for a status, in English and Japanese, mapped to
    /// the status mieruka knows, for the hint of a diagnostic.
    public static let synonyms: [String: String] = [
        "finished": "done", "complete": "done", "completed": "done", "完了": "done", "済": "done", "実施済み": "done",
        "ongoing": "in-progress", "started": "in-progress", "active": "in-progress", "進行中": "in-progress",
        "実施中": "in-progress",
        "推進中": "in-progress", "planning": "planned", "計画中": "planned", "予定": "planned", "検討中": "planned",
        "stopped": "paused", "on-hold": "paused", "休止中": "paused", "中断": "paused",
    ]

    public var japanese: String {
        switch self {
        case .planned: return "計画中"
        case .inProgress: return "進行中"
        case .done: return "完了"
        case .paused: return "休止中"
        }
    }
}

/// `content/initiatives/<id>.yaml`.
public struct Initiative: Sendable {
    public struct HistoryEntry: Sendable {
        public var date: LocalDate; public var status: InitiativeStatus; public var note: String?
    }
    public struct KPI: Sendable { public var chart: ChartReference; public var label: String? }

    public var id: String
    public var title: String
    public var summary: String
    public var body: MarkdownDocument?
    /// The ```chart blocks of `body`, in order.
    public var bodyCharts: [ChartReference] = []
    public var status: InitiativeStatus
    public var progress: Int?
    public var owner: String?
    public var partners: [String]
    public var start: LocalDate?
    public var end: LocalDate?
    public var priority: Bool
    public var order: Int
    /// Statuses and dates not taken from a published source.
    public var illustrative: Bool
    public var history: [HistoryEntry]
    public var kpis: [KPI]
    public var relatedTags: [String]
    public var relatedNotes: [String]
    public var file: String
}

/// One entry of `content/timeline.yaml`.
public struct Milestone: Sendable {
    public enum Link: Sendable {
        case note(String)
        case initiative(String)
        case url(String, title: String?)
    }
    public var date: PartialDate
    public var title: String
    public var body: String?
    public var category: String?
    public var links: [Link]
}

/// One entry of `content/agreements.yaml`.
public struct Agreement: Sendable {
    /// An anchor on the agreements page.
    public var id: String
    public var idLocation: SourceLocation
    public var date: PartialDate
    public var partner: String
    public var theme: String
    public var body: String?
    public var url: String?
}

/// `content/datasets/<id>.yaml` with its rows.
public struct Dataset: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var sourceName: String?
    public var sourceURL: String?
    public var license: License
    public var unit: String?
    /// daily, weekly, monthly, quarterly, yearly, irregular or never.
    public var frequency: UpdateFrequency?
    public var updated: LocalDate?
    public var illustrative: Bool
    public var keywords: [String]
    public var primaryKey: [String]
    /// Add the 自治体標準オープンデータセット columns (code, prefecture, municipality) to the CSV.
    public var standardColumns: Bool
    /// The data was edited from its source (changes the citation wording).
    public var edited: Bool
    /// `version:`, else the `version` of the newest change: "1.2", "2021年度版".
    public var version: String?
    /// `changes:`, the history of the data (更新履歴), oldest first; each
    /// date exists, none is before the one above it, none is after today.
    public var changes: [DatasetChange] = []
    public var table: DataTable
    public var charts: [ChartSpec]
    /// Where each chart's id is written, in the order of `charts`.
    public var chartLocations: [SourceLocation]
    /// The machine-readability rules and what the check of this dataset found.
    public var conformance: [MachineReadability.Result]
    public var file: String

    public func chart(_ id: String) -> ChartSpec? { charts.first { $0.id == id } }

    /// The "last updated" date the author declared: `updated:`, else the
    /// date of the newest change. `DataTable.lastUpdated(declared:)` falls
    /// back to the rows when neither is written; the overdue warning and the
    /// published metadata both start from this value.
    public var declaredUpdated: LocalDate? { updated ?? changes.last?.date }
}

/// One entry of a dataset's `changes:` (its 更新履歴).
public struct DatasetChange: Sendable, Hashable {
    /// When the change was published.
    public var date: LocalDate
    /// What changed, in plain text: 「2020年の値を追加」.
    public var description: String
    /// The dataset's version after the change, when written.
    public var version: String?
    /// Where `date` is written, for messages.
    public var location: SourceLocation

    public init(date: LocalDate, description: String, version: String? = nil, location: SourceLocation) {
        self.date = date
        self.description = description
        self.version = version
        self.location = location
    }
}

/// One language's version of the site, as the renderer gets it: the site
/// with its texts in that language where they are translated, and which of
/// its content is translated. The default language's edition is the site
/// itself, every part translated.
public struct SiteEdition: Sendable {
    public var language: SiteLanguage
    public var site: Site
    /// The content this edition shows in its own language: the files of
    /// translated notes, pages, initiatives and datasets (`Note.file`, …)
    /// and `SiteEdition.strategy`, `.timeline`, `.agreements` for those
    /// pages. Everything else is shown in the default language, with a notice.
    public var translated: Set<String>

    public init(language: SiteLanguage, site: Site, translated: Set<String>) {
        self.language = language
        self.site = site
        self.translated = translated
    }

    /// The names of the strategy's pages in `translated`.
    public static let strategy = "strategy", timeline = "timeline", agreements = "agreements"
    /// The name of a dataset's page in `translated`.
    public static func dataset(_ id: String) -> String { "dataset:" + id }
}
