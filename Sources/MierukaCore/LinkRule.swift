/// The one rule for links that content may publish. Every URL the content
/// can set — a Markdown link or image, navigation, licences, sources, the
/// publisher, agreements, timeline links — is judged here, so no field can
/// carry `javascript:`, `data:` or `vbscript:` into an `href`.
public enum LinkRule: Sendable {
    /// A page of another site: `https://` or `http://` only (sources,
    /// licences, the publisher, agreements, timeline links).
    case web
    /// Anything a reader may follow: `http`, `https`, `mailto`, `tel`, a
    /// path on this site or a fragment (navigation, Markdown links).
    case link

    /// Schemes a reader may follow from a published page.
    public static let followableSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The scheme of `url` as a browser reads it, lowercased, or nil for a
    /// relative path or fragment. Browsers ignore ASCII tabs, newlines and
    /// leading control characters and spaces inside a scheme
    /// ("java\tscript:"), so they are ignored here too.
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for s in url.unicodeScalars {
            if s.value <= 0x20 { continue }
            if s == ":" { return scheme.isEmpty ? nil : scheme }
            // A "/", "?" or "#" before any ":" makes it a relative reference.
            if s == "/" || s == "?" || s == "#" { return nil }
            scheme.unicodeScalars.append(s)
        }
        return nil
    }

    /// Whether `url` may go into an `href` or `src` under this rule.
    public func allows(_ url: String) -> Bool {
        let scheme = LinkRule.scheme(of: url)
        switch self {
        case .web:
            // Judge the text as written: "https://" must open it, with no
            // spaces or control characters a browser would skip first.
            let lower = url.lowercased()
            return (lower.hasPrefix("https://") || lower.hasPrefix("http://"))
                && (scheme == "https" || scheme == "http")
        case .link:
            guard let scheme else { return true }
            return LinkRule.followableSchemes.contains(scheme.lowercased())
        }
    }

    /// The message and hint for a link this rule refuses, or nil when it is allowed.
    public func problem(_ url: String) -> (message: String, hint: String)? {
        guard !allows(url) else { return nil }
        let scheme = LinkRule.scheme(of: url)?.lowercased()
        let runsCode = scheme.map { ["javascript", "vbscript", "data"].contains($0) } ?? false
        let why =
            runsCode ? " ('\(scheme!):' links can run code in the reader's browser, so they are never published)" : ""
        switch self {
        case .web:
            return (
                "the link '\(url)' must start with https:// or http://\(why)",
                "write the full address of the page, e.g. https://www.town.example.jp/…"
            )
        case .link:
            return (
                "the link '\(url)' must start with https://, http://, mailto: or tel:, or be a path on this site such as /notes/\(why)",
                "write the full address of another site's page, or the path of a page of this site"
            )
        }
    }
}
