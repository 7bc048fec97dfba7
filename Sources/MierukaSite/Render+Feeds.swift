import MierukaCore
import MierukaContent

extension Renderer {
    /// Atom feed (RFC 4287) of the latest 20 notes.
    mutating func renderFeed() {
        let c = site.config
        let offset = c.timeZone.feedOffset
        let latest = site.notes.prefix(SiteRenderer.feedEntries)
        let updated = latest.map { $0.updated ?? $0.date }.max()
        var x =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Escape.xml(languages.current.htmlLang))\">\n"
        x += "  <title>\(Escape.xml(c.name))</title>\n"
        if let d = c.description { x += "  <subtitle>\(Escape.xml(d))</subtitle>\n" }
        x += "  <id>\(Escape.xml(links.absolute(Routes.home)))</id>\n"
        x += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.xml(links.absolute(Routes.home)))\"/>\n"
        x +=
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(Escape.xml(links.absolute(Routes.feed)))\"/>\n"
        x += "  <updated>\((updated ?? LocalDate(year: 2000, month: 1, day: 1)!).rfc3339(offset: offset))</updated>\n"
        x += "  <author><name>\(Escape.xml(c.publisherName))</name></author>\n"
        x += "  <rights>\(Escape.xml(c.license.name))</rights>\n"
        x += "  <generator>mieruka</generator>\n"
        for note in latest {
            let url = links.absolute(Routes.note(note.slug))
            x += "  <entry>\n"
            x += "    <title>\(Escape.xml(note.title))</title>\n"
            x += "    <id>\(Escape.xml(url))</id>\n"
            x += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.xml(url))\"/>\n"
            x += "    <published>\(note.date.rfc3339(offset: offset))</published>\n"
            x += "    <updated>\((note.updated ?? note.date).rfc3339(offset: offset))</updated>\n"
            if let a = note.author { x += "    <author><name>\(Escape.xml(a))</name></author>\n" }
            for tag in note.tags { x += "    <category term=\"\(Escape.xml(tag))\"/>\n" }
            if !note.summary.isEmpty { x += "    <summary>\(Escape.xml(note.summary))</summary>\n" }
            let body = html(text(of: note), charts: note.charts, pageKey: "feed-" + note.slug, absoluteLinks: true)
            x += "    <content type=\"html\">\(Escape.xml(body))</content>\n"
            x += "  </entry>\n"
        }
        x += "</feed>\n"
        emit(OutputFile(links.file(Routes.feed), x))
    }

    /// sitemap.xml with absolute URLs of every page.
    mutating func renderSitemap() {
        // Every page is listed, with its last change: whatever makes or dates a page, but no text.
        recorder.read(SiteParts.all.subtracting(.everyNoteText))
        // With several languages, every page is listed once per language, each
        // with its translations as `xhtml:link` alternates (and x-default).
        var x =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (languages.isMultilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n")
        for entry in sitemap.sorted(by: { $0.route < $1.route }) {
            let alternates = languages.alternates(entry.route, source: entry.source, links: links)
            for l in languages.all where languages.isMultilingual || l == languages.current {
                let url = links.in(l, isDefault: l == languages.defaultLanguage).absolute(entry.route)
                x += "  <url><loc>\(Escape.xml(url))</loc>"
                if let m = entry.lastmod { x += "<lastmod>\(m.iso)</lastmod>" }
                for a in alternates {
                    x +=
                        "<xhtml:link rel=\"alternate\" hreflang=\"\(Escape.xml(a.hreflang))\" href=\"\(Escape.xml(a.href))\"/>"
                }
                x += "</url>\n"
            }
        }
        x += "</urlset>\n"
        emit(OutputFile(Routes.sitemap, x))
    }
}
