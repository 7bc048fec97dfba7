import MierukaCore
import MierukaContent

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
    public static let dataPackage = "data/datapackage.json"
    public static let catalog = "data/catalog.jsonld"
    public static func chart(_ dataset: String, _ chart: String) -> String { "charts/\(Dataset.chartName(dataset, chart)).svg" }
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let stylesheet = "assets/style.css"

    /// The file a route is written to: `notes/x/` -> `notes/x/index.html`.
    public static func file(_ route: String) -> String {
        route.isEmpty ? "index.html" : route.hasSuffix("/") ? route + "index.html" : route
    }
}

/// Turns routes into links for one site configuration.
public struct Links: Sendable {
    /// `/` or `/dx/`.
    public let basePath: String
    /// `https://example.org/dx/`.
    public let baseURL: String

    public init(config: SiteConfig) {
        basePath = config.basePath
        baseURL = config.baseURL
    }

    /// A root-relative link that works at the root and under a base path.
    public func href(_ route: String) -> String { basePath + Escape.urlPath(route) }
    /// An absolute URL, for feeds, sitemaps, canonical links and open data.
    public func absolute(_ route: String) -> String {
        let base = baseURL.hasPrefix("http") ? baseURL : "https://example.invalid/"
        return base + Escape.urlPath(route)
    }

    /// `https://example.org`: the base URL without its path, to put before a root-relative link.
    public var origin: String {
        let base = baseURL.hasPrefix("http") ? baseURL : "https://example.invalid/"
        return String(base.dropLast(basePath.count))
    }

    /// Rewrites a link written in Markdown: `/notes/x/` gets the base path;
    /// relative links, fragments and other sites are left alone.
    public func resolve(_ url: String) -> String {
        if url.hasPrefix("/") && !url.hasPrefix("//") { return basePath + String(url.dropFirst()) }
        return url
    }
}
