import MierukaCore
import MierukaContent

extension Renderer {
    mutating func renderHome() {
        let counts = InitiativeStatus.allCases.map { status in
            StatusCount(
                status: status.rawValue, label: strings.status(status),
                count: site.initiatives.filter { $0.status == status }.count)
        }
        let milestones = site.timeline.suffix(5).reversed().map(milestoneContext)
        let s = site.strategy
        var ctx = HomeContext(
            latestNotes: site.notes.prefix(5).map(noteItem),
            notesHref: links.href(Routes.notes),
            statusCounts: counts,
            initiativeCount: site.initiatives.count,
            initiativesHref: links.href(Routes.initiatives),
            latestMilestones: Array(milestones),
            hasMilestones: !site.timeline.isEmpty,
            timelineHref: links.href(Routes.timeline),
            priorityInitiatives: site.initiatives.filter(\.priority).map(initiativeSummary),
            headlines: headlineCharts(),
            mission: s?.mission,
            vision: s?.vision,
            strategyHref: s == nil ? nil : links.href(Routes.strategy))
        ctx.strategyLang = contentLang(SiteEdition.strategy)
        page(Routes.home, template: .home, title: site.config.name, context: ctx, source: nil)
    }

    mutating func renderNotes() {
        let perPage = site.config.notesPerPage
        let pageCount = max(1, (site.notes.count + perPage - 1) / perPage)
        addPages(pageCount) { r, i in
            let n = i + 1
            let slice = r.site.notes.dropFirst((n - 1) * perPage).prefix(perPage)
            let ctx = NotesContext(
                notes: slice.map(r.noteItem),
                pageNumber: n,
                pageCount: pageCount,
                newerHref: n > 1 ? r.links.href(Routes.notesPage(n - 1)) : nil,
                olderHref: n < pageCount ? r.links.href(Routes.notesPage(n + 1)) : nil)
            let s = r.strings, notes = (s[.breadcrumbNotes], Routes.notes)
            return r.renderPage(
                Routes.notesPage(n), template: .notes,
                title: n == 1 ? s[.titleNotes] : s.format(.titleNotesPage, String(n)),
                context: ctx, section: Routes.notes,
                breadcrumbs: n == 1
                    ? [notes] : [notes, (s.format(.breadcrumbNotesPage, String(n)), Routes.notesPage(n))])
        }
        // Related initiatives, found once for all notes.
        var related: [String: [Initiative]] = [:]
        for i in site.initiatives {
            for note in notesRelated(to: i) {
                related[note.slug, default: []].append(i)
            }
        }
        addPages(site.notes.count) { r, index in r.notePage(index, related: related[r.site.notes[index].slug] ?? []) }
    }

    func notePage(_ index: Int, related: [Initiative]) -> RenderedPage {
        let note = site.notes[index]
        // Newest first: the note before this one in the list is the newer one.
        func link(_ i: Int) -> NoteLink {
            NoteLink(title: site.notes[i].title, href: links.href(Routes.note(site.notes[i].slug)))
        }
        let ctx = NoteContext(
            date: date(note.date),
            body: html(text(of: note), charts: note.charts, pageKey: note.slug),
            tags: note.tags.map(tagLink),
            isDraft: note.draft,
            initiatives: related.map(initiativeItem),
            updated: note.updated.flatMap { $0 != note.date ? date($0) : nil },
            author: note.author,
            coverSrc: note.cover.map { $0.hasPrefix("http") ? $0 : links.href($0) },
            newer: index > 0 ? link(index - 1) : nil,
            older: index + 1 < site.notes.count ? link(index + 1) : nil,
            titleHTML: note.rubyTitle.map(Furigana.html))
        return renderPage(
            Routes.note(note.slug), template: .note, title: note.title, description: note.summary, context: ctx,
            isDraft: note.draft, section: Routes.notes,
            breadcrumbs: [(strings[.breadcrumbNotes], Routes.notes), (note.title, Routes.note(note.slug))],
            lastmod: note.updated ?? note.date, source: note.file)
    }

    mutating func renderTags() {
        let all = tagIndex.sortedSlugs.map { slug -> TagCount in
            let entry = tagIndex.pages[slug]!
            return TagCount(name: entry.name, href: links.href(Routes.tag(slug)), count: entry.notes.count)
        }
        page(
            Routes.tags, template: .tags, title: strings[.titleTags], context: TagsContext(tags: all),
            section: Routes.notes, breadcrumbs: [(strings[.breadcrumbTags], Routes.tags)])
        let slugs = tagIndex.sortedSlugs
        addPages(slugs.count) { r, i in
            let slug = slugs[i]
            let entry = r.tagIndex.pages[slug]!
            return r.renderPage(
                Routes.tag(slug), template: .tag, title: r.strings.format(.titleTag, entry.name),
                context: TagContext(
                    name: entry.name, notes: entry.notes.map(r.noteItem), tagsHref: r.links.href(Routes.tags)),
                section: Routes.notes,
                breadcrumbs: [(r.strings[.breadcrumbTags], Routes.tags), (entry.name, Routes.tag(slug))])
        }
    }

    mutating func renderPages() {
        for p in site.pages {
            page(
                Routes.page(p.slug), template: .page, title: p.title, description: p.summary,
                context: ContentPageContext(
                    body: html(p.body, charts: p.charts, pageKey: p.slug), titleHTML: p.rubyTitle.map(Furigana.html)),
                breadcrumbs: [(p.title, Routes.page(p.slug))], source: p.file)
        }
    }

    /// One 404 page for every language (a static host serves one): the
    /// default language's, with the other languages' texts on it, each
    /// marked with its `lang` (`otherLanguagesNotFound`).
    mutating func renderNotFound() {
        page(
            "404.html", template: .notFound, title: strings[.titleNotFound],
            context: notFoundContext(others: otherLanguagesNotFound), inSitemap: false)
    }

    func notFoundContext(others: [OtherLanguageHTML]) -> NotFoundContext {
        NotFoundContext(
            homeHref: links.href(Routes.home), notesHref: links.href(Routes.notes), dataHref: links.href(Routes.data),
            otherLanguages: others)
    }

    /// This language's part of the 404 page: the template alone, without the layout.
    func notFoundPart() -> OtherLanguageHTML {
        let title = strings[.titleNotFound]
        var part = notFoundContext(others: [])
        part.isPart = true
        let html = theme.render(.notFound, PageContext(site: siteContext, title: title, body: part))
        return OtherLanguageHTML(lang: languages.current.htmlLang, html: html)
    }
}
