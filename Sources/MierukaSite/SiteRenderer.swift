import MierukaCore
import MierukaContent
import MierukaMarkdown
import MierukaCharts
import MierukaPublish
import Dispatch

/// Renders a loaded site through a theme into output files. Pure: reads no
/// files and no clock, so the same site gives the same bytes.
public enum SiteRenderer {
    /// How many of the latest notes the Atom feed carries, with their text.
    public static let feedEntries = 20

    /// - Parameter sink: takes each file as soon as it is made (from several
    ///   threads); without one, the files are returned with their bytes.
    ///   - editions: the site in its other languages (`languages:` in
    ///     site.yaml), with what each has translated; a language without one
    ///     is rendered with the default language's content and notices.
    public static func render(
        _ site: Site, publication: Publication? = nil, theme: Theme, sink: OutputSink? = nil,
        editions: [SiteEdition] = []
    ) -> RenderResult {
        let publication = publication ?? Publication(site)
        let config = site.config
        let others = config.languages.dropFirst().map { l in
            editions.first { $0.language == l } ?? SiteEdition(language: l, site: site, translated: [])
        }
        let languages = LanguageContext(
            all: config.languages, current: config.defaultLanguage,
            translated: Dictionary(others.map { ($0.language, $0.translated) }, uniquingKeysWith: { a, _ in a }))
        var r = Renderer(site: site, publication: publication, theme: theme, sink: sink, languages: languages)
        var files: [OutputFile] = [], inputs: [String: PageInputs] = [:], pageCount = 0
        var writeError: String?
        // The other languages first: the 404 page and the sitemap are the default language's, with their parts.
        for edition in others {
            var o = Renderer(
                site: edition.site, publication: publication, theme: theme, sink: sink,
                languages: languages.writing(edition.language), charts: r.drawnChartsForOtherLanguages)
            o.renderAll()
            r.otherLanguagesNotFound.append(o.notFoundPart())
            files += o.files
            inputs.merge(o.inputs) { a, _ in a }
            pageCount += o.pageCount
            writeError = writeError ?? o.sinkFailure.message
        }
        r.renderAll()
        files = (files + r.files).sorted { $0.path < $1.path }
        inputs.merge(r.inputs) { a, _ in a }
        var diagnostics = clashes(files, site: site)
        diagnostics.append(contentsOf: idClashes(site, theme: theme))
        return RenderResult(
            files: files, writeError: writeError ?? r.sinkFailure.message, pageCount: pageCount + r.pageCount,
            chartCount: r.chartFiles, diagnostics: diagnostics, inputs: inputs)
    }

    /// Anchors named in content (agreement ids, strategy section ids) that
    /// the theme also writes on the page, which would make two elements
    /// with one id. Headings from Markdown are renamed instead (`section-…`),
    /// since nothing links to them by a name the author chose.
    static func idClashes(_ site: Site, theme: Theme) -> Diagnostics {
        var d = Diagnostics()
        var named = site.agreements.map { (id: $0.id, at: $0.idLocation, what: "agreement") }
        if let s = site.strategy {
            for sec in s.reasons + s.principles + s.guidelines {
                if let id = sec.id, let at = sec.idLocation { named.append((id, at, "strategy section")) }
            }
        }
        for n in named where theme.ids.contains(n.id) {
            d.error(
                "the \(n.what) id '\(n.id)' is already an id of the theme's pages, so a page would have two elements with that id",
                at: n.at, hint: "choose another id, e.g. '\(n.what == "agreement" ? "partner" : "section")-\(n.id)'")
        }
        return d
    }

    /// One note's page alone, as a full render would make it, with what it
    /// was made from (`PageInputs`), for a rebuild in which only that note's
    /// text changed. The caller gives the parts of the site it has
    /// (`available`) and gets nil when the page reads any other: the other
    /// notes may have empty bodies, and a part the caller left out (the
    /// datasets, the strategy) would be missing from the page.
    public static func renderNotePage(_ site: Site, theme: Theme, slug: String, available: SiteParts)
        -> (file: OutputFile, inputs: PageInputs)?
    {
        guard let index = site.notes.firstIndex(where: { $0.slug == slug }) else { return nil }
        let r = Renderer(site: site, publication: Publication(site, files: false), theme: theme, drawCharts: false)
        // What a full build's section of note pages reads before each page.
        r.recorder.reset(to: r.everyPage)
        let note = site.notes[index]
        let page = r.notePage(
            index, related: site.initiatives.filter { !r.notesRelated(to: $0, among: [note]).isEmpty })
        var inputs = r.recorder.inputs
        inputs.parts.formUnion(.initiatives)
        guard available.isSuperset(of: inputs.parts), inputs.noteTexts == [note.file] else { return nil }
        return (page.file, inputs)
    }

    /// A file in `static/` (or the theme's assets) at a path the site also
    /// generates would silently replace a page: report it instead.
    static func clashes(_ files: [OutputFile], site: Site) -> Diagnostics {
        var d = Diagnostics()
        for (a, b) in zip(files, files.dropFirst()) where a.path == b.path {
            let copied = [a, b].compactMap { f -> String? in
                if case .copy(let source) = f.content { return source } else { return nil }
            }
            // Static files come after theme assets: name the one the writer can move.
            let source = copied.last ?? a.path
            d.error(
                "the file '\(source)' would be written to '\(a.path)', where mieruka already writes \(copied.count == 2 ? "another copied file" : "a page or data file")",
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
    /// What it was made from, when it was rendered on its own (`addPages`).
    var inputs: PageInputs? = nil
    /// The content it shows (`SiteEdition.translated`), for its alternates in the sitemap.
    var source: String? = nil
}

struct Renderer {
    /// Every id inside an inline chart starts with this, so headings keep clear of them.
    static let chartIdPrefix = "chart-"
    /// The loaded site; read it through `site`, which records what each file is made from.
    private let source: SiteBox
    let theme: Theme
    /// The texts the renderer writes itself (the theme's `i18n/ja.yaml`).
    let strings: ThemeStrings
    let links: Links
    var files: [OutputFile] = []
    var pageCount = 0
    var chartFiles = 0
    /// Routes of every HTML page, for the sitemap, with their last change.
    var sitemap: [(route: String, lastmod: LocalDate?, source: String?)] = []
    private let notesByTag: TagIndex
    private let publicationSource: Publication
    /// Every chart, drawn once per build before any page is rendered, so
    /// pages can be rendered in parallel and share the drawings.
    private let drawnCharts: [String: RenderedChart]
    /// The layout's `site` context, the same for every page.
    let siteContext: SiteContext
    let sink: OutputSink?
    let sinkFailure = SinkFailure()
    /// Fragments that many pages share, rendered once per build (see
    /// docs/architecture.md, "Rendering once"): the footer, the navigation
    /// for each section, each note's list item, each initiative's item.
    var footerHTML = ""
    var navigationHTML: [String: String] = [:]
    /// Slug -> the note's summary context, with `itemHTML`.
    private var noteItemsBySlug: [String: NoteItem] = [:]
    /// Id -> the initiative's summary context, with `itemHTML`.
    private var initiativeItemsByID: [String: InitiativeItem] = [:]

    /// The language this renderer writes, and what it knows of the others.
    let languages: LanguageContext

    /// What the file being made has read so far (see `PageInputs`); each
    /// page rendered in parallel gets its own.
    var recorder = InputRecorder()
    /// What every page reads: the layout's shared context and fragments.
    private(set) var everyPage = PageInputs()
    /// Output path -> what the file was made from.
    var inputs: [String: PageInputs] = [:]
    /// The 404 texts of the site's other languages, for the one 404 page.
    var otherLanguagesNotFound: [OtherLanguageHTML] = []

    /// The site, recording each part read for the file being made.
    var site: RecordedSite { RecordedSite(source, recorder: recorder) }
    var tagIndex: TagIndex {
        recorder.read(.notes)
        return notesByTag
    }
    /// What the site publishes (datasets, their files, the catalogue).
    var publication: Publication {
        recorder.read(.publication)
        return publicationSource
    }
    /// Content datasets and strategy datasets, as published.
    var published: [PublishedDataset] { publication.datasets }
    var charts: [String: RenderedChart] {
        recorder.read(.publication)
        return drawnCharts
    }
    /// The drawings, for the renderers of the other languages.
    var drawnChartsForOtherLanguages: [String: RenderedChart] { drawnCharts }
    var noteItems: [String: NoteItem] {
        recorder.read(.notes)
        return noteItemsBySlug
    }
    var initiativeItems: [String: InitiativeItem] {
        recorder.read(.initiatives)
        return initiativeItemsByID
    }

    /// A note's text, recorded as an input of the file being made.
    func text(of note: Note) -> MarkdownDocument {
        recorder.readText(ofNote: note.file)
        return note.body
    }

    /// - Parameters:
    ///   - drawCharts: false when only pages without charts will be rendered.
    ///   - languages: the language to write in; the site's default language when nil.
    ///   - charts: the charts already drawn for another language.
    init(
        site: Site, publication: Publication, theme: Theme, sink: OutputSink? = nil, drawCharts: Bool = true,
        languages: LanguageContext? = nil, charts drawnBefore: [String: RenderedChart]? = nil
    ) {
        let languages = languages ?? LanguageContext(site.config)
        self.languages = languages
        self.source = SiteBox(site)
        let theme = theme.inLanguage(languages.current.code)
        self.theme = theme
        self.strings = theme.strings
        self.sink = sink
        let links = languages.links(Links(config: site.config))
        self.links = links
        self.notesByTag = TagIndex(site.notes)
        self.publicationSource = publication
        let published = publication.datasets
        let jobs = drawCharts && drawnBefore == nil ? published.flatMap { d in d.charts.map { (d, $0) } } : []
        let drawn = parallelMap(jobs.count) { i in Renderer.draw(jobs[i].0, jobs[i].1) }
        var charts: [String: RenderedChart] = drawnBefore ?? [:]
        for (job, chart) in zip(jobs, drawn) { charts["\(job.0.info.id)/\(job.1.id)"] = chart }
        self.drawnCharts = charts
        self.siteContext = SiteContext(site, links, strings: strings, language: languages.current)
        // The site context reads the settings and the notes' dates (the copyright year).
        recorder.read([.settings, .notes])
        renderSharedFragments()
        everyPage = recorder.inputs
        recorder.reset(to: everyPage)
    }

    /// Renders the fragments many pages repeat, once each.
    mutating func renderSharedFragments() {
        footerHTML = Self.fragment(theme.render(.footer, FooterContext(site: siteContext)))
        // One rendering per pattern of current items; a page outside every
        // item (the empty "current" matches none unless home is listed) too.
        for current in navigationKeys + ["\u{1}"] {
            navigationHTML[navigationPattern(current)] = renderNavigation(current)
        }
        // The initiatives' items are read through `initiativeItems`, which records them.
        let shared = recorder.inputs
        for i in site.initiatives {
            var item = initiativeSummary(i)
            item.itemHTML = theme.render(.initiativeItem, FragmentContext(site: siteContext, body: item))
            initiativeItemsByID[i.id] = item
        }
        recorder.reset(to: shared)
    }

    /// Every note's item for the lists under the page's h1 (notes, tags);
    /// the h3 item only for notes shown under a section's h2 (home, initiatives).
    mutating func renderNoteItems() {
        var nested = Set(site.notes.prefix(5).map(\.slug))
        for i in site.initiatives { nested.formUnion(notesRelated(to: i).prefix(Self.relatedNotesShown).map(\.slug)) }
        let me = UncheckedSendable(self)
        let notes = parallelMap(site.notes.count) { i -> NoteItem in
            let r = me.value, note = r.site.notes[i]
            var item = r.noteSummary(note)
            let withSite = FragmentContext(site: r.siteContext, body: item)
            item.itemHTML = r.theme.render(.noteItemH2, withSite)
            if nested.contains(note.slug) { item.itemH3HTML = r.theme.render(.noteItem, withSite) }
            return item
        }
        for (note, item) in zip(site.notes, notes) { noteItemsBySlug[note.slug] = item }
    }

    /// The navigation items' routes, as `navigation(current:)` compares them.
    var navigationKeys: [String] {
        site.config.navigation.map { $0.url.hasPrefix("/") ? String($0.url.dropFirst()) : $0.url }
    }

    /// Which items are current on a page of `current`, e.g. "0100".
    func navigationPattern(_ current: String) -> String {
        String(navigationKeys.map { r in r == current || (!r.isEmpty && current.hasPrefix(r)) ? "1" : "0" })
    }

    /// The navigation as shown on a page of `current` (its section or route).
    func navigationFragment(current: String) -> String {
        navigationHTML[navigationPattern(current)] ?? renderNavigation(current)
    }

    func renderNavigation(_ current: String) -> String {
        Self.fragment(
            theme.render(.navigation, NavigationContext(site: siteContext, navigation: navigation(current: current))))
    }

    /// A partial's output without its last newline: the layout's line that
    /// holds `{{{fragment}}}` ends in its own.
    static func fragment(_ html: String) -> String {
        html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    mutating func renderAll() {
        renderNoteItems()
        // Each section's files are made from what the section read, on top of
        // what every page reads (a superset for some of them: never too little).
        var sections: [(inout Renderer) -> Void] = [
            { $0.renderHome() }, { $0.renderNotes() }, { $0.renderTags() }, { $0.renderPages() },
            { $0.renderStrategy() }, { $0.renderInitiatives() }, { $0.renderTimeline() }, { $0.renderAgreements() },
            { $0.renderData() }, { $0.renderFeed() },
        ]
        // Another language has only its pages and its feed: the data, the charts'
        // files, the 404 page, the sitemap and the copied files are the default
        // language's, shared by all.
        if languages.isDefault {
            sections += [{ $0.renderNotFound() }, { $0.renderSitemap() }, { $0.renderRobots() }, { $0.copyFiles() }]
        }
        for section in sections {
            recorder.reset(to: everyPage)
            section(&self)
        }
    }

    mutating func renderRobots() {
        recorder.read(.settings)
        emit(OutputFile("robots.txt", "User-agent: *\nAllow: /\nSitemap: \(links.absolute(Routes.sitemap))\n"))
    }

    /// The theme's assets and the site's static files, copied as they are.
    mutating func copyFiles() {
        for asset in theme.assets { emit(OutputFile("assets/" + asset.path, copyFrom: asset.source)) }
        for file in site.staticFiles { emit(OutputFile(file.path, copyFrom: file.source)) }
    }

    // MARK: Layout

    /// Renders `template` with `context` inside the layout and adds the page.
    mutating func page<Body: TemplateContext>(
        _ route: String, template: TemplateName, title: String, description: String? = nil,
        context: Body, section: String? = nil, breadcrumbs: [(String, String)] = [],
        jsonLD: String? = nil, lastmod: LocalDate? = nil, inSitemap: Bool = true, source: String? = nil
    ) {
        add(
            renderPage(
                route, template: template, title: title, description: description, context: context, section: section,
                breadcrumbs: breadcrumbs, jsonLD: jsonLD, lastmod: lastmod, inSitemap: inSitemap, source: source))
    }

    /// Adds a page made from what the section has read so far.
    mutating func add(_ page: RenderedPage) {
        var page = page
        if page.inputs == nil { page.inputs = recorder.inputs }
        files.append(sent(page.file))
        inputs[page.file.path] = page.inputs
        pageCount += 1
        if page.inSitemap { sitemap.append((page.route, page.lastmod, page.source)) }
    }

    /// Renders pages on all cores, each sent to the sink by the thread that
    /// made it; they are added in the order given. Each page is made from
    /// what the section read before and what its own rendering reads.
    mutating func addPages(_ count: Int, _ make: (Renderer, Int) -> RenderedPage) {
        let me = UncheckedSendable(self)
        let before = recorder.inputs
        let pages = parallelMap(count) { i in
            var r = me.value
            r.recorder = InputRecorder(before)
            var page = make(r, i)
            page.file = r.sent(page.file)
            page.inputs = r.recorder.inputs
            return page
        }
        for p in pages { add(p) }
    }

    /// Adds a file that is not a page, made from what the section has read so far.
    mutating func emit(_ file: OutputFile) { adopt(sent(file)) }

    /// Adds a file already given to the sink, made from what the section has read so far.
    mutating func adopt(_ file: OutputFile) {
        files.append(file)
        inputs[file.path] = recorder.inputs
    }

    /// Gives a file to the sink, if there is one, and returns what is kept
    /// of it: its path, and a copied file's source for the clash check, but
    /// not its bytes. Safe to call from several threads.
    func sent(_ file: OutputFile) -> OutputFile {
        guard let sink else { return file }
        if case .sent = file.content { return file }
        do { try sink.write(file) } catch { sinkFailure.record(error) }
        if case .copy = file.content { return file }
        return OutputFile(file.path, sent: ())
    }

    /// Renders `template` with `context` inside the layout. Pure, so pages
    /// can be rendered in parallel.
    /// - Parameter isDraft: the page is a draft note's (the layout says so).
    func renderPage<Body: TemplateContext>(
        _ route: String, template: TemplateName, title: String, description: String? = nil,
        context: Body, isDraft: Bool = false, section: String? = nil,
        breadcrumbs: [(String, String)] = [], jsonLD: String? = nil, lastmod: LocalDate? = nil,
        inSitemap: Bool = true, source: String? = nil
    ) -> RenderedPage {
        let body = theme.render(template, PageContext(site: siteContext, title: title, body: context))
        let translated = languages.isTranslated(source, in: languages.current)
        let layout = LayoutContext(
            site: siteContext,
            title: title,
            isHome: route.isEmpty,
            pageTitle: route.isEmpty ? site.config.name : strings.format(.titleWithSite, title, site.config.name),
            description: description ?? site.config.description ?? site.config.name,
            canonical: links.absolute(route),
            content: body,
            navigation: navigation(current: section ?? route),
            navigationHTML: navigationFragment(current: section ?? route),
            footerHTML: footerHTML,
            breadcrumbs: crumbs(breadcrumbs, untranslated: !translated),
            jsonLD: jsonLD,
            isDraft: isDraft ? true : nil,
            languages: languages.switcher(route, links: links),
            alternates: languages.alternates(route, source: source, links: links),
            untranslatedNotice: translated ? nil : strings[.noticeUntranslated],
            contentLanguage: translated ? nil : languages.defaultLanguage.htmlLang)
        return RenderedPage(
            file: OutputFile(links.file(route), theme.render(.layout, layout)), route: route,
            lastmod: lastmod, inSitemap: inSitemap, source: source)
    }

    /// The breadcrumbs from the home page; on an untranslated page the last
    /// step, the page's own title, carries the default language's `lang`.
    func crumbs(_ steps: [(String, String)], untranslated: Bool) -> [Breadcrumb] {
        guard !steps.isEmpty else { return [] }
        var out = ([(strings[.breadcrumbHome], Routes.home)] + steps).map {
            Breadcrumb(title: $0.0, href: links.href($0.1))
        }
        if untranslated { out[out.count - 1].lang = languages.defaultLanguage.htmlLang }
        return out
    }

    func navigation(current: String) -> [NavigationItem] {
        site.config.navigation.map { item in
            let href = links.resolve(item.url)
            let route = item.url.hasPrefix("/") ? String(item.url.dropFirst()) : item.url
            let isCurrent = route == current || (!route.isEmpty && current.hasPrefix(route))
            return NavigationItem(title: item.title, href: href, current: isCurrent)
        }
    }

    // MARK: Small contexts

    func date(_ d: LocalDate) -> DateContext { DateContext(iso: d.iso, ja: strings.date(d)) }
    func date(_ d: PartialDate) -> DateContext { DateContext(iso: d.iso, ja: strings.date(d)) }

    func noteSummary(_ n: Note) -> NoteItem {
        var item = NoteItem(
            title: n.title, href: links.href(Routes.note(n.slug)), date: date(n.date), summary: n.summary,
            tags: n.tags.map(tagLink), isDraft: n.draft)
        item.lang = contentLang(n.file)
        return item
    }

    /// The `lang` of content shown in the default language because it has no
    /// translation into the page's; nil when it is in the page's language.
    func contentLang(_ source: String?) -> String? {
        languages.isTranslated(source, in: languages.current) ? nil : languages.defaultLanguage.htmlLang
    }

    /// The notes an initiative names or shares a tag with, newest first.
    func notesRelated(to i: Initiative, among notes: [Note]? = nil) -> [Note] {
        let tags = Set(i.relatedTags)
        return (notes ?? site.notes).filter { i.relatedNotes.contains($0.slug) || !tags.isDisjoint(with: $0.tags) }
    }

    /// A note's summary with `itemHTML` (and `itemH3HTML`), its list item rendered once per build.
    func noteItem(_ n: Note) -> NoteItem { noteItems[n.slug] ?? noteSummary(n) }

    /// An initiative's summary with `itemHTML`, rendered once per build.
    func initiativeItem(_ i: Initiative) -> InitiativeItem { initiativeItems[i.id] ?? initiativeSummary(i) }

    func tagLink(_ name: String) -> TagLink {
        TagLink(name: name, href: links.href(Routes.tag(tagIndex.slug(name))))
    }

    /// Markdown to HTML with the site's links, charts and raw-HTML rule.
    /// - Parameters:
    ///   - charts: the document's ```chart blocks as the loader read them.
    ///   - uses: the charts already on the page, so a chart shown twice gets fresh ids.
    ///   - absoluteLinks: for the feed, where readers show the HTML away from the site.
    func html(
        _ doc: MarkdownDocument, charts: [ChartReference], pageKey: String, absoluteLinks: Bool = false,
        uses: ChartUses = ChartUses()
    ) -> String {
        var byLine: [Int: ChartReference] = [:]
        for ref in charts { if let line = ref.blockLine { byLine[line] = ref } }
        let renderer = self
        let options = MarkdownRenderOptions(
            allowRawHTML: site.config.allowRawHTML, minHeadingLevel: 2,
            resolveURL: { [links] url in
                let resolved = links.resolve(url)
                guard absoluteLinks, resolved.hasPrefix("/") else { return resolved }
                return links.origin + resolved
            },
            renderChart: { _, line in
                // A site whose chart block cannot be read has an error and is never rendered.
                guard let ref = byLine[line] else { return "" }
                return renderer.chartFigure(dataset: ref.dataset, chart: ref.chart, pageKey: pageKey, uses: uses)
            },
            isReservedId: { [theme] id in theme.ids.contains(id) || id.hasPrefix(Renderer.chartIdPrefix) })
        return doc.html(options).html
    }
}

/// The charts shown so far on one page, so the second showing of a chart
/// gets its own ids (`RenderedChart.svg(use:)`). One per page, one thread.
final class ChartUses {
    private var counts: [String: Int] = [:]

    /// 1 the first time `dataset/chart` is shown, 2 the second time, …
    func next(_ dataset: String, _ chart: String) -> Int {
        let key = dataset + "/" + chart
        counts[key, default: 0] += 1
        return counts[key]!
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
                // A site has few distinct tags and many notes: make each slug once.
                guard let slug = slugs[tag] ?? Slug.tag(tag) else { continue }
                slugs[tag] = slug
                pages[slug, default: (tag, [])].notes.append(note)
            }
        }
    }

    func slug(_ name: String) -> String { slugs[name] ?? Slug.tag(name) ?? "tag" }
    var sortedSlugs: [String] { pages.keys.sorted() }
}
