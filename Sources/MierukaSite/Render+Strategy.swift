import MierukaCore
import MierukaContent
import MierukaMarkdown

extension Renderer {
    /// How many related notes an initiative's page lists (the latest).
    static let relatedNotesShown = 10

    func initiativeSummary(_ i: Initiative) -> [String: Any] {
        var ctx: [String: Any] = [
            "id": i.id,
            "title": i.title,
            "summary": i.summary,
            "href": links.href(Routes.initiative(i.id)),
            "status": i.status.rawValue,
            "statusLabel": i.status.japanese,
            "priority": i.priority,
            "illustrative": i.illustrative,
        ]
        if let p = i.progress { ctx["progress"] = p; ctx["hasProgress"] = true }
        if let o = i.owner { ctx["owner"] = o }
        return ctx
    }

    func milestoneContext(_ m: Milestone) -> [String: Any] {
        var ctx: [String: Any] = ["title": m.title, "date": date(m.date)]
        if let b = m.body { ctx["body"] = b }
        if let c = m.category { ctx["category"] = c }
        let linkList: [[String: Any]] = m.links.compactMap { link in
            switch link {
            case .note(let slug):
                guard let n = site.notes.first(where: { $0.slug == slug }) else { return nil }
                return ["title": n.title, "href": links.href(Routes.note(slug)), "kind": "お知らせ"]
            case .initiative(let id):
                guard let i = site.initiatives.first(where: { $0.id == id }) else { return nil }
                return ["title": i.title, "href": links.href(Routes.initiative(id)), "kind": "取り組み"]
            case .url(let url, let title):
                return ["title": title ?? url, "href": url, "kind": "外部サイト", "external": true]
            }
        }
        ctx["links"] = linkList
        ctx["hasLinks"] = !linkList.isEmpty
        return ctx
    }

    func paragraphs(_ text: String) -> [[String: Any]] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.map { ["text": $0] }
    }

    mutating func renderStrategy() {
        guard let s = site.strategy else { return }
        func sections(_ list: [Strategy.Section]) -> [[String: Any]] {
            list.enumerated().map { i, sec in
                ["number": i + 1, "id": sec.id ?? "", "title": sec.title, "paragraphs": paragraphs(sec.body)] as [String: Any]
            }
        }
        var ctx: [String: Any] = [
            "title": s.title,
            "periods": s.periods.map { p -> [String: Any] in
                var c: [String: Any] = ["name": p.name]
                if let st = p.start { c["start"] = date(st) }
                if let e = p.end { c["end"] = date(e) }
                return c
            },
            "hasPeriods": !s.periods.isEmpty,
            "reasons": sections(s.reasons),
            "hasReasons": !s.reasons.isEmpty,
            "principles": sections(s.principles),
            "hasPrinciples": !s.principles.isEmpty,
            "guidelines": sections(s.guidelines),
            "hasGuidelines": !s.guidelines.isEmpty,
            "initiativesHref": links.href(Routes.initiatives),
        ]
        if let v = s.summary { ctx["summary"] = v }
        if let v = s.definitionTerm { ctx["definitionTerm"] = v }
        if let v = s.definitionText { ctx["definitionText"] = v; ctx["hasDefinition"] = true }
        if let v = s.definitionNote { ctx["definitionNote"] = v }
        if let v = s.mission { ctx["mission"] = v }
        if let v = s.vision { ctx["vision"] = v }
        if let v = s.guidelinesIntro { ctx["guidelinesIntro"] = v }
        page(Routes.strategy, template: .strategy, title: s.title, description: s.summary, context: ctx,
             section: Routes.strategy, breadcrumbs: [(s.title, Routes.strategy)])
    }

    mutating func renderInitiatives() {
        guard !site.initiatives.isEmpty else { return }
        let groups = [InitiativeStatus.inProgress, .planned, .done, .paused].compactMap { status -> [String: Any]? in
            let members = site.initiatives.filter { $0.status == status }
            guard !members.isEmpty else { return nil }
            return ["status": status.rawValue, "label": status.japanese, "count": members.count, "initiatives": members.map(initiativeSummary)]
        }
        page(Routes.initiatives, template: .initiatives, title: "取り組み",
             context: ["groups": groups, "count": site.initiatives.count,
                       "hasIllustrative": site.initiatives.contains(where: \.illustrative),
                       "csvHref": links.href(Routes.csv(Routes.BuiltInDataset.initiatives.rawValue)), "historyCSVHref": links.href(Routes.csv(Routes.BuiltInDataset.initiativeStatusHistory.rawValue)),
                       "datasetHref": links.href(Routes.dataset(Routes.BuiltInDataset.initiatives.rawValue))],
             section: Routes.initiatives, breadcrumbs: [("取り組み", Routes.initiatives)])

        for i in site.initiatives {
            var ctx = initiativeSummary(i)
            // Body charts and KPI charts share the page: one count of uses.
            let uses = ChartUses()
            if let body = i.body { ctx["body"] = html(body, charts: i.bodyCharts, pageKey: i.id, uses: uses) }
            if let s = i.start { ctx["start"] = date(s) }
            if let e = i.end { ctx["end"] = date(e) }
            ctx["history"] = i.history.reversed().map { h -> [String: Any] in
                var c: [String: Any] = ["date": date(h.date), "status": h.status.rawValue, "statusLabel": h.status.japanese]
                if let n = h.note { c["note"] = n }
                return c
            }
            ctx["hasHistory"] = !i.history.isEmpty
            ctx["partners"] = i.partners.map { name -> [String: Any] in
                if let a = site.agreements.first(where: { $0.partner == name }) {
                    return ["name": name, "href": links.href(Routes.agreements) + "#" + a.id]
                }
                return ["name": name]
            }
            ctx["hasPartners"] = !i.partners.isEmpty
            ctx["kpis"] = i.kpis.map { k -> [String: Any] in
                var c: [String: Any] = ["figure": chartFigure(dataset: k.chart.dataset, chart: k.chart.chart, pageKey: i.id, uses: uses)]
                if let l = k.label { c["label"] = l }
                return c
            }
            ctx["hasKPIs"] = !i.kpis.isEmpty
            // The latest few, and the way to the rest: a tag can have thousands of notes.
            let related = notesRelated(to: i)
            ctx["notes"] = related.prefix(Self.relatedNotesShown).map(noteItem)
            ctx["hasNotes"] = !related.isEmpty
            ctx["notesCount"] = NumberFormat.grouped(related.count)
            if related.count > Self.relatedNotesShown {
                ctx["hasMoreNotes"] = true
                ctx["shownNotesCount"] = Self.relatedNotesShown
                ctx["moreNotesTags"] = i.relatedTags.compactMap { tag -> [String: Any]? in
                    let slug = tagIndex.slug(tag)
                    guard let entry = tagIndex.pages[slug] else { return nil }
                    return ["name": entry.name, "href": links.href(Routes.tag(slug)), "count": NumberFormat.grouped(entry.notes.count)]
                }
            }
            page(Routes.initiative(i.id), template: .initiative, title: i.title, description: i.summary, context: ctx,
                 section: Routes.initiatives, breadcrumbs: [("取り組み", Routes.initiatives), (i.title, Routes.initiative(i.id))])
        }
    }

    mutating func renderTimeline() {
        guard !site.timeline.isEmpty else { return }
        var years: [(Int, [Milestone])] = []
        for m in site.timeline {
            if years.last?.0 == m.date.year { years[years.count - 1].1.append(m) } else { years.append((m.date.year, [m])) }
        }
        let ctx: [String: Any] = [
            "years": years.map { y, ms in ["year": y, "milestones": ms.map(milestoneContext)] as [String: Any] },
            "csvHref": links.href(Routes.csv(Routes.BuiltInDataset.timeline.rawValue)),
            "datasetHref": links.href(Routes.dataset(Routes.BuiltInDataset.timeline.rawValue)),
        ]
        page(Routes.timeline, template: .timeline, title: "あゆみ", context: ctx,
             section: Routes.timeline, breadcrumbs: [("あゆみ", Routes.timeline)])
    }

    mutating func renderAgreements() {
        guard !site.agreements.isEmpty else { return }
        let list = site.agreements.map { a -> [String: Any] in
            var c: [String: Any] = ["id": a.id, "partner": a.partner, "theme": a.theme, "date": date(a.date)]
            if let b = a.body { c["body"] = b }
            if let u = a.url { c["url"] = u }
            let initiatives = site.initiatives.filter { $0.partners.contains(a.partner) }
            c["initiatives"] = initiatives.map(initiativeSummary)
            c["hasInitiatives"] = !initiatives.isEmpty
            return c
        }
        page(Routes.agreements, template: .agreements, title: "連携協定",
             context: ["agreements": list, "csvHref": links.href(Routes.csv(Routes.BuiltInDataset.agreements.rawValue)), "datasetHref": links.href(Routes.dataset(Routes.BuiltInDataset.agreements.rawValue))],
             section: Routes.agreements, breadcrumbs: [("連携協定", Routes.agreements)])
    }
}
