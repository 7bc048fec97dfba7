import MierukaCore
import MierukaContent

extension Renderer {
    mutating func renderHome() {
        let counts = InitiativeStatus.allCases.map { status in
            ["status": status.rawValue, "label": status.japanese,
             "count": site.initiatives.filter { $0.status == status }.count] as [String: Any]
        }
        let milestones = site.timeline.suffix(5).reversed().map(milestoneContext)
        let headlines = headlineCharts()
        var ctx: [String: Any] = [
            "latestNotes": site.notes.prefix(5).map(noteItem),
            "notesHref": links.href(Routes.notes),
            "statusCounts": counts,
            "hasInitiatives": !site.initiatives.isEmpty,
            "initiativeCount": site.initiatives.count,
            "initiativesHref": links.href(Routes.initiatives),
            "latestMilestones": Array(milestones),
            "hasMilestones": !site.timeline.isEmpty,
            "timelineHref": links.href(Routes.timeline),
            "priorityInitiatives": site.initiatives.filter(\.priority).map(initiativeSummary),
            "headlines": headlines,
            "hasHeadlines": !headlines.isEmpty,
        ]
        if let s = site.strategy {
            if let m = s.mission { ctx["mission"] = m }
            if let v = s.vision { ctx["vision"] = v }
            ctx["strategyHref"] = links.href(Routes.strategy)
        }
        page(Routes.home, template: .home, title: site.config.name, context: ctx)
    }

    mutating func renderNotes() {
        let perPage = site.config.notesPerPage
        let pageCount = max(1, (site.notes.count + perPage - 1) / perPage)
        addPages(pageCount) { r, i in
            let n = i + 1
            let slice = r.site.notes.dropFirst((n - 1) * perPage).prefix(perPage)
            var ctx: [String: Any] = [
                "notes": slice.map(r.noteItem),
                "hasNotes": !slice.isEmpty,
                "pageNumber": n,
                "pageCount": pageCount,
                "isPaginated": pageCount > 1,
            ]
            if n > 1 { ctx["newerHref"] = r.links.href(Routes.notesPage(n - 1)) }
            if n < pageCount { ctx["olderHref"] = r.links.href(Routes.notesPage(n + 1)) }
            return r.renderPage(Routes.notesPage(n), template: .notes, title: n == 1 ? "お知らせ" : "お知らせ（\(n)ページ目）", context: ctx,
                                section: Routes.notes,
                                breadcrumbs: n == 1 ? [("お知らせ", Routes.notes)] : [("お知らせ", Routes.notes), ("\(n)ページ目", Routes.notesPage(n))])
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
        var ctx: [String: Any] = [
            "title": note.title,
            "date": date(note.date),
            "body": html(note.body, charts: note.charts, pageKey: note.slug),
            "tags": note.tags.map(tagLink),
            "hasTags": !note.tags.isEmpty,
            "isDraft": note.draft,
            "initiatives": related.map(initiativeItem),
            "hasInitiatives": !related.isEmpty,
        ]
        if let u = note.updated, u != note.date { ctx["updated"] = date(u) }
        if let a = note.author { ctx["author"] = a }
        if let cover = note.cover { ctx["coverSrc"] = cover.hasPrefix("http") ? cover : links.href(cover) }
        // Newest first: the note before this one in the list is the newer one.
        if index > 0 { ctx["newer"] = ["title": site.notes[index - 1].title, "href": links.href(Routes.note(site.notes[index - 1].slug))] }
        if index + 1 < site.notes.count { ctx["older"] = ["title": site.notes[index + 1].title, "href": links.href(Routes.note(site.notes[index + 1].slug))] }
        return renderPage(Routes.note(note.slug), template: .note, title: note.title, description: note.summary, context: ctx,
                          section: Routes.notes, breadcrumbs: [("お知らせ", Routes.notes), (note.title, Routes.note(note.slug))],
                          lastmod: note.updated ?? note.date)
    }

    mutating func renderTags() {
        let all = tagIndex.sortedSlugs.map { slug -> [String: Any] in
            let entry = tagIndex.pages[slug]!
            return ["name": entry.name, "href": links.href(Routes.tag(slug)), "count": entry.notes.count]
        }
        page(Routes.tags, template: .tags, title: "タグ一覧", context: ["tags": all, "hasTags": !all.isEmpty],
             section: Routes.notes, breadcrumbs: [("タグ一覧", Routes.tags)])
        let slugs = tagIndex.sortedSlugs
        addPages(slugs.count) { r, i in
            let slug = slugs[i]
            let entry = r.tagIndex.pages[slug]!
            return r.renderPage(Routes.tag(slug), template: .tag, title: "タグ「\(entry.name)」のお知らせ",
                                context: ["name": entry.name, "notes": entry.notes.map(r.noteItem), "count": entry.notes.count,
                                          "tagsHref": r.links.href(Routes.tags)],
                                section: Routes.notes, breadcrumbs: [("タグ一覧", Routes.tags), (entry.name, Routes.tag(slug))])
        }
    }

    mutating func renderPages() {
        for p in site.pages {
            page(Routes.page(p.slug), template: .page, title: p.title, description: p.summary,
                 context: ["body": html(p.body, charts: p.charts, pageKey: p.slug)], breadcrumbs: [(p.title, Routes.page(p.slug))])
        }
    }

    mutating func renderNotFound() {
        var layoutPage: [String: Any] = ["homeHref": links.href(Routes.home), "notesHref": links.href(Routes.notes)]
        layoutPage["dataHref"] = links.href(Routes.data)
        page("404.html", template: .notFound, title: "ページが見つかりません", context: layoutPage, inSitemap: false)
    }
}
