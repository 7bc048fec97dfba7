/// Turns routes into links for one site configuration.
public struct Links: Sendable {
    /// `/` or `/dx/`.
    public let basePath: String
    /// `https://example.org/dx/`.
    public let baseURL: String

    public init(baseURL: String, basePath: String) {
        self.baseURL = baseURL
        self.basePath = basePath
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
