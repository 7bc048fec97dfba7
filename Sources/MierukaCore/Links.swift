/// Turns routes into links for one site configuration and one language.
///
/// Pages (routes ending in `/`, the home page) and the feed exist once per
/// language: in a language other than the default they live under its
/// folder (`en/notes/x/`). Every other file — data, charts, the theme's
/// assets, static files — exists once, at the root, and every language links
/// to the same one. This is the one place that rule is decided.
public struct Links: Sendable {
    /// `/` or `/dx/`.
    public let basePath: String
    /// `https://example.org/dx/`.
    public let baseURL: String
    /// The folder of the language's pages: empty for the default language, `en/` for English.
    public let languageFolder: String

    public init(baseURL: String, basePath: String, languageFolder: String = "") {
        self.baseURL = baseURL
        self.basePath = basePath
        self.languageFolder = languageFolder
    }

    /// The same site's links in another language.
    public func `in`(_ language: SiteLanguage, isDefault: Bool) -> Links {
        Links(baseURL: baseURL, basePath: basePath, languageFolder: isDefault ? "" : language.folder)
    }

    /// Whether a route is one of the pages or feeds every language has.
    public static func isPerLanguage(_ route: String) -> Bool {
        route.isEmpty || route.hasSuffix("/") || route == Routes.feed
    }

    /// The route in this language: `notes/x/` -> `en/notes/x/`; files stay.
    public func localized(_ route: String) -> String {
        languageFolder.isEmpty || !Self.isPerLanguage(route) ? route : languageFolder + route
    }

    /// A root-relative link that works at the root and under a base path.
    public func href(_ route: String) -> String { basePath + Escape.urlPath(localized(route)) }
    /// An absolute URL, for feeds, sitemaps, canonical links and open data.
    public func absolute(_ route: String) -> String {
        let base = baseURL.hasPrefix("http") ? baseURL : "https://example.invalid/"
        return base + Escape.urlPath(localized(route))
    }
    /// The output file of a route in this language: `en/notes/x/index.html`.
    public func file(_ route: String) -> String { Routes.file(localized(route)) }

    /// `https://example.org`: the base URL without its path, to put before a root-relative link.
    public var origin: String {
        let base = baseURL.hasPrefix("http") ? baseURL : "https://example.invalid/"
        return String(base.dropLast(basePath.count))
    }

    /// Rewrites a link written in Markdown: `/notes/x/` gets the base path;
    /// relative links, fragments and other sites are left alone.
    /// In another language, a link to a page (`/notes/x/`, `/about/#a`)
    /// goes to that page in the same language.
    public func resolve(_ url: String) -> String {
        guard url.hasPrefix("/") && !url.hasPrefix("//") else { return url }
        let path = String(url.dropFirst())
        let route = String(path.prefix { $0 != "#" && $0 != "?" })
        guard !languageFolder.isEmpty, Self.isPerLanguage(route) else { return basePath + path }
        return basePath + languageFolder + path
    }
}
