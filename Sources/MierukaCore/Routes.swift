/// Where every page lives. Paths are relative to the site root, end in `/`
/// for pages, and are the single place URLs are decided.
public enum Routes {
    public static let home = ""
    public static let notes = "notes/"
    public static func notesPage(_ n: Int) -> String { n <= 1 ? notes : "notes/page/\(n)/" }
    public static func note(_ slug: String) -> String { "notes/\(slug)/" }
    public static let tags = "tags/"
    public static func tag(_ slug: String) -> String { "tags/\(slug)/" }
    public static func page(_ slug: String) -> String { "\(slug)/" }
    public static let strategy = "strategy/"
    public static let initiatives = "initiatives/"
    public static func initiative(_ id: String) -> String { "initiatives/\(id)/" }
    public static let timeline = "timeline/"
    public static let agreements = "agreements/"
    public static let data = "data/"
    public static func dataset(_ id: String) -> String { "data/\(id)/" }
    public static func csv(_ id: String) -> String { "data/\(id).csv" }
    public static func json(_ id: String) -> String { "data/\(id).json" }
    /// The dataset's BibTeX entry, for reference managers and LaTeX.
    public static func bibTeX(_ id: String) -> String { "data/\(id).bib" }
    /// The dataset's CSL-JSON item, for Zotero, Pandoc and citeproc.
    public static func cslJSON(_ id: String) -> String { "data/\(id).csl.json" }
    public static let dataPackage = "data/datapackage.json"
    public static let catalog = "data/catalog.jsonld"
    public static func chart(_ dataset: String, _ chart: String) -> String { "charts/\(chartName(dataset, chart)).svg" }
    /// The name a chart's files and element ids are made from: `population-trend`.
    /// Two charts of different datasets can share it (`a` + `b-c`, `a-b` + `c`),
    /// which the validator refuses.
    public static func chartName(_ dataset: String, _ chart: String) -> String { "\(dataset)-\(chart)" }
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let stylesheet = "assets/style.css"
    public static let assets = "assets/"

    /// The first path segment of every route mieruka makes itself: a page
    /// (`pages/<slug>.md` at `/<slug>/`) cannot take one of these.
    public static let sections: [String] = [
        notes, tags, strategy, initiatives, timeline, agreements, data, "charts/", assets,
    ]
    .map { String($0.dropLast()) }

    /// The datasets mieruka publishes from the strategy files.
    public enum BuiltInDataset: String, CaseIterable, Sendable {
        case initiatives
        case initiativeStatusHistory = "initiative-status-history"
        case timeline
        case agreements
    }

    /// Names under `data/` that a dataset id cannot take: the built-in
    /// datasets and the catalogue files (`datapackage.json`, `catalog.jsonld`).
    public static let reservedDatasetIds: [String] =
        BuiltInDataset.allCases.map(\.rawValue)
        + [dataPackage, catalog].map { String($0.dropFirst(data.count).prefix { $0 != "." }) }

    /// The file a route is written to: `notes/x/` -> `notes/x/index.html`.
    public static func file(_ route: String) -> String {
        route.isEmpty ? "index.html" : route.hasSuffix("/") ? route + "index.html" : route
    }
}
