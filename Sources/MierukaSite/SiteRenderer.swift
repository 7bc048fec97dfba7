import MierukaCore
import MierukaContent
import MierukaMarkdown
import MierukaCharts
import Dispatch

/// Renders a loaded site through a theme into output files. Pure: reads no
/// files and no clock, so the same site gives the same bytes.
public enum SiteRenderer {
    public static func render(_ site: Site, theme: Theme) -> RenderResult {
        var r = Renderer(site: site, theme: theme)
        r.renderAll()
        let files = r.files.sorted { $0.path < $1.path }
        return RenderResult(files: files, pageCount: r.pageCount, chartCount: r.chartFiles,
                            diagnostics: clashes(files, site: site))
    }

    /// A file in `static/` (or the theme's assets) at a path the site also
    /// generates would silently replace a page: report it instead.
    static func clashes(_ files: [OutputFile], site: Site) -> Diagnostics {
        var d = Diagnostics()
        for (a, b) in zip(files, files.dropFirst()) where a.path == b.path {
            let copied = [a, b].compactMap { f -> String? in if case .copy(let source) = f.content { return source } else { return nil } }
            // Static files come after theme assets: name the one the writer can move.
            let source = copied.last ?? a.path
            d.error("the file '\(source)' would be written to '\(a.path)', where mieruka already writes \(copied.count == 2 ? "another copied file" : "a page or data file")",
                    at: .file(source), hint: "rename or move the file in static/")
        }
        return d
    }
}

/// One rendered page, with what the sitemap needs to know of it.
struct RenderedPage: Sendable {
    var file: OutputFile
    var route: String
    var lastmod: LocalDate?
    var inSitemap: Bool
}

struct Renderer {
    let site: Site
    let theme: Theme
    let links: Links
    var files: [OutputFile] = []
    var pageCount = 0
    var chartFiles = 0
    /// Routes of every HTML page, for the sitemap, with their last change.
    var sitemap: [(route: String, lastmod: LocalDate?)] = []
    let tagIndex: TagIndex
    /// Content datasets and strategy datasets, as published.
    let published: [PublishedDataset]
    /// Every chart, drawn once per build before any page is rendered, so
    /// pages can be rendered in parallel and share the drawings.
    let charts: [String: RenderedChart]
    /// The layout's `site` context, the same for every page.
    let siteContext: [String: Any]

    init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
        let links = Links(config: site.config)
        self.links = links
        self.tagIndex = TagIndex(site.notes)
        let published = Renderer.publishedDatasets(site)
        self.published = published
        let jobs = published.flatMap { d in d.charts.map { (d, $0) } }
        let drawn = parallelMap(jobs.count) { i in
            ChartRenderer.render(jobs[i].1, table: jobs[i].0.info.table, datasetTitle: jobs[i].0.info.title,
                                 idPrefix: "chart-\(jobs[i].0.info.id)-\(jobs[i].1.id)")
        }
        var charts: [String: RenderedChart] = [:]
        for (job, chart) in zip(jobs, drawn) { charts["\(job.0.info.id)/\(job.1.id)"] = chart }
        self.charts = charts
        self.siteContext = Renderer.siteContext(site, links)
    }

    mutating func renderAll() {
        renderHome()
        renderNotes()
        renderTags()
        renderPages()
        renderStrategy()
        renderInitiatives()
        renderTimeline()
        renderAgreements()
        renderData()
        renderNotFound()
        renderFeed()
        renderSitemap()
        files.append(OutputFile("robots.txt", "User-agent: *\nAllow: /\nSitemap: \(links.absolute(Routes.sitemap))\n"))
        for asset in theme.assets { files.append(OutputFile("assets/" + asset.path, copyFrom: asset.source)) }
        for file in site.staticFiles { files.append(OutputFile(file.path, copyFrom: file.source)) }
    }

    // MARK: Layout

    /// Renders `template` with `context` inside the layout and adds the page.
    mutating func page(_ route: String, template: String, title: String, description: String? = nil,
                       context: [String: Any], section: String? = nil, breadcrumbs: [(String, String)] = [],
                       jsonLD: String? = nil, lastmod: LocalDate? = nil, inSitemap: Bool = true) {
        add(renderPage(route, template: template, title: title, description: description, context: context, section: section,
                       breadcrumbs: breadcrumbs, jsonLD: jsonLD, lastmod: lastmod, inSitemap: inSitemap))
    }

    mutating func add(_ page: RenderedPage) {
        files.append(page.file)
        pageCount += 1
        if page.inSitemap { sitemap.append((page.route, page.lastmod)) }
    }

    /// Renders pages on all cores; they are added in the order given.
    mutating func addPages(_ count: Int, _ make: (Renderer, Int) -> RenderedPage) {
        let me = UncheckedSendable(self)
        let pages = parallelMap(count) { i in make(me.value, i) }
        for p in pages { add(p) }
    }

    /// Renders `template` with `context` inside the layout. Pure, so pages
    /// can be rendered in parallel.
    func renderPage(_ route: String, template: String, title: String, description: String? = nil,
                    context: [String: Any], section: String? = nil, breadcrumbs: [(String, String)] = [],
                    jsonLD: String? = nil, lastmod: LocalDate? = nil, inSitemap: Bool = true) -> RenderedPage {
        var ctx = context
        ctx["site"] = siteContext
        ctx["title"] = title
        let body = theme.render(template, ctx)
        var layout: [String: Any] = [
            "site": siteContext,
            "title": title,
            "isHome": route.isEmpty,
            "pageTitle": route.isEmpty ? site.config.name : "\(title) | \(site.config.name)",
            "description": description ?? site.config.description ?? site.config.name,
            "canonical": links.absolute(route),
            "content": body,
            "navigation": navigation(current: section ?? route),
            "breadcrumbs": breadcrumbs.isEmpty ? [] as [[String: Any]] : ([("ホーム", Routes.home)] + breadcrumbs).map { ["title": $0.0, "href": links.href($0.1)] },
            "hasBreadcrumbs": !breadcrumbs.isEmpty,
        ]
        if let jsonLD { layout["jsonLD"] = jsonLD }
        if let draft = context["isDraft"] as? Bool, draft { layout["isDraft"] = true }
        return RenderedPage(file: OutputFile(Routes.file(route), theme.render("layout", layout)), route: route,
                            lastmod: lastmod, inSitemap: inSitemap)
    }

    static func siteContext(_ site: Site, _ links: Links) -> [String: Any] {
        let c = site.config
        var ctx: [String: Any] = [
            "name": c.name,
            "language": c.language,
            "homeHref": links.href(Routes.home),
            "stylesheetHref": links.href(Routes.stylesheet),
            "feedHref": links.href(Routes.feed),
            "feedURL": links.absolute(Routes.feed),
            "dataHref": links.href(Routes.data),
            "municipality": c.municipality.name,
            "prefecture": c.municipality.prefecture,
            "publisher": c.publisherName,
            "licenseName": c.license.name,
            "year": site.notes.map(\.date.year).max().map(String.init) ?? "",
        ]
        if let d = c.description { ctx["description"] = d }
        if let u = c.license.url { ctx["licenseURL"] = u }
        if let u = c.publisherURL { ctx["publisherURL"] = u }
        if let e = c.contactEmail { ctx["contactEmail"] = e }
        if let p = c.contactPhone { ctx["contactPhone"] = p }
        if let a = c.contactAddress { ctx["contactAddress"] = a }
        return ctx
    }

    func navigation(current: String) -> [[String: Any]] {
        site.config.navigation.map { item in
            let href = links.resolve(item.url)
            let route = item.url.hasPrefix("/") ? String(item.url.dropFirst()) : item.url
            let isCurrent = route == current || (!route.isEmpty && current.hasPrefix(route))
            return ["title": item.title, "href": href, "current": isCurrent]
        }
    }

    // MARK: Small contexts

    func date(_ d: LocalDate) -> [String: Any] { ["iso": d.iso, "ja": d.japanese] }
    func date(_ d: PartialDate) -> [String: Any] { ["iso": d.iso, "ja": d.japanese] }

    func noteSummary(_ n: Note) -> [String: Any] {
        [
            "title": n.title,
            "href": links.href(Routes.note(n.slug)),
            "date": date(n.date),
            "summary": n.summary,
            "tags": n.tags.map(tagLink),
            "hasTags": !n.tags.isEmpty,
            "isDraft": n.draft,
        ]
    }

    func tagLink(_ name: String) -> [String: Any] {
        ["name": name, "href": links.href(Routes.tag(tagIndex.slug(name)))]
    }

    /// Markdown to HTML with the site's links, charts and raw-HTML rule.
    /// - Parameter absoluteLinks: for the feed, where readers show the HTML away from the site.
    func html(_ doc: MarkdownDocument, pageKey: String, absoluteLinks: Bool = false) -> String {
        // Charts are drawn before the Markdown renderer runs, so its callback stays pure.
        var embeds: [String: String] = [:]
        for block in doc.chartBlocks {
            if let (dataset, chart) = Self.chartBlockReference(block.source) {
                embeds["\(dataset)/\(chart)"] = chartFigure(dataset: dataset, chart: chart, pageKey: pageKey)
            }
        }
        let options = MarkdownRenderOptions(
            allowRawHTML: site.config.allowRawHTML, minHeadingLevel: 2,
            resolveURL: { [links] url in
                let resolved = links.resolve(url)
                guard absoluteLinks, resolved.hasPrefix("/") else { return resolved }
                return links.origin + resolved
            },
            renderChart: { source, _ in
                guard let (d, c) = Renderer.chartBlockReference(source) else { return "" }
                return embeds["\(d)/\(c)"] ?? ""
            })
        return doc.html(options).html
    }

    static func chartBlockReference(_ source: String) -> (String, String)? {
        var dataset: String?, chart: String?
        for line in source.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if parts[0] == "dataset" { dataset = value }
            if parts[0] == "chart" { chart = value }
        }
        guard let dataset, let chart else { return nil }
        return (dataset, chart)
    }
}

import Foundation

/// Tags and their URL segments. Tags that differ only in case or spacing
/// share one page, under the spelling seen first in the newest note.
struct TagIndex {
    private(set) var slugs: [String: String] = [:]
    /// slug -> (display name, notes newest first)
    private(set) var pages: [String: (name: String, notes: [Note])] = [:]

    init(_ notes: [Note]) {
        for note in notes {
            for tag in note.tags {
                guard let slug = Slug.tag(tag) else { continue }
                slugs[tag] = slug
                pages[slug, default: (tag, [])].notes.append(note)
            }
        }
    }

    func slug(_ name: String) -> String { slugs[name] ?? Slug.tag(name) ?? "tag" }
    var sortedSlugs: [String] { pages.keys.sorted() }
}

/// Runs `body` for 0..<count on all cores and returns the results in order.
func parallelMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    if count == 0 { return [] }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let box = UncheckedSendable(results)
    withoutActuallyEscaping(body) { body in
        let work = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            box.value[i] = work.value(i)
        }
    }
    return results.map { $0! }
}

/// Carries a value into concurrently run code. Used only for values that the
/// concurrent code reads and never mutates (the site, the theme, contexts).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
