import MierukaCore
import MierukaContent
import MierukaMarkdown

extension Renderer {
    /// How many related notes an initiative's page lists (the latest).
    static let relatedNotesShown = 10

    func initiativeSummary(_ i: Initiative) -> InitiativeItem {
        var item = InitiativeItem(
            id: i.id, title: i.title, summary: i.summary, href: links.href(Routes.initiative(i.id)),
            status: i.status.rawValue, statusLabel: strings.status(i.status), priority: i.priority,
            illustrative: i.illustrative, progress: i.progress, owner: i.owner)
        item.lang = contentLang(i.file)
        return item
    }

    func milestoneContext(_ m: Milestone) -> MilestoneContext {
        let linkList: [MilestoneLink] = m.links.compactMap { link in
            switch link {
            case .note(let slug):
                guard let n = site.notes.first(where: { $0.slug == slug }) else { return nil }
                return MilestoneLink(
                    title: n.title, href: links.href(Routes.note(slug)), kind: strings[.linkKindNote], external: nil)
            case .initiative(let id):
                guard let i = site.initiatives.first(where: { $0.id == id }) else { return nil }
                return MilestoneLink(
                    title: i.title, href: links.href(Routes.initiative(id)), kind: strings[.linkKindInitiative],
                    external: nil)
            case .url(let url, let title):
                return MilestoneLink(title: title ?? url, href: url, kind: strings[.linkKindExternal], external: true)
            }
        }
        var milestone = MilestoneContext(
            title: m.title, date: date(m.date), body: m.body, category: m.category, links: linkList)
        milestone.lang = contentLang(SiteEdition.timeline)
        return milestone
    }

    func paragraphs(_ text: String) -> [TextItem] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
            !$0.isEmpty
        }.map(TextItem.init)
    }

    mutating func renderStrategy() {
        guard let s = site.strategy else { return }
        func sections(_ list: [Strategy.Section]) -> [StrategySection] {
            list.enumerated().map { i, sec in
                StrategySection(number: i + 1, id: sec.id ?? "", title: sec.title, paragraphs: paragraphs(sec.body))
            }
        }
        let ctx = StrategyContext(
            periods: s.periods.map { p in PeriodContext(name: p.name, start: p.start.map(date), end: p.end.map(date)) },
            reasons: sections(s.reasons),
            principles: sections(s.principles),
            guidelines: sections(s.guidelines),
            initiativesHref: links.href(Routes.initiatives),
            summary: s.summary,
            definitionTerm: s.definitionTerm,
            definitionText: s.definitionText,
            definitionNote: s.definitionNote,
            mission: s.mission,
            vision: s.vision,
            guidelinesIntro: s.guidelinesIntro)
        page(
            Routes.strategy, template: .strategy, title: s.title, description: s.summary, context: ctx,
            section: Routes.strategy, breadcrumbs: [(s.title, Routes.strategy)], source: SiteEdition.strategy)
    }

    mutating func renderInitiatives() {
        guard !site.initiatives.isEmpty else { return }
        let groups = [InitiativeStatus.inProgress, .planned, .done, .paused].compactMap { status -> StatusGroup? in
            let members = site.initiatives.filter { $0.status == status }
            guard !members.isEmpty else { return nil }
            return StatusGroup(
                status: status.rawValue, label: strings.status(status), initiatives: members.map(initiativeSummary))
        }
        let list = InitiativesContext(
            groups: groups, count: site.initiatives.count,
            hasIllustrative: site.initiatives.contains(where: \.illustrative),
            csvHref: links.href(Routes.csv(Routes.BuiltInDataset.initiatives.rawValue)),
            historyCSVHref: links.href(Routes.csv(Routes.BuiltInDataset.initiativeStatusHistory.rawValue)),
            datasetHref: links.href(Routes.dataset(Routes.BuiltInDataset.initiatives.rawValue)))
        page(
            Routes.initiatives, template: .initiatives, title: strings[.titleInitiatives], context: list,
            section: Routes.initiatives, breadcrumbs: [(strings[.breadcrumbInitiatives], Routes.initiatives)])

        for i in site.initiatives {
            // Body charts and KPI charts share the page: one count of uses.
            let uses = ChartUses()
            let body = i.body.map { html($0, charts: i.bodyCharts, pageKey: i.id, uses: uses) }
            let partners = i.partners.map { name in
                PartnerContext(
                    name: name,
                    href: site.agreements.first(where: { $0.partner == name }).map {
                        links.href(Routes.agreements) + "#" + $0.id
                    })
            }
            let kpis = i.kpis.map { k in
                KPIContext(
                    figure: chartFigure(dataset: k.chart.dataset, chart: k.chart.chart, pageKey: i.id, uses: uses),
                    label: k.label)
            }
            // The latest few, and the way to the rest: a tag can have thousands of notes.
            let related = notesRelated(to: i)
            let more = related.count > Self.relatedNotesShown
            let ctx = InitiativeContext(
                item: initiativeSummary(i),
                body: body,
                start: i.start.map(date),
                end: i.end.map(date),
                history: i.history.reversed().map { h in
                    HistoryEntry(
                        date: date(h.date), status: h.status.rawValue, statusLabel: strings.status(h.status),
                        note: h.note)
                },
                partners: partners,
                kpis: kpis,
                notes: related.prefix(Self.relatedNotesShown).map(noteItem),
                notesCount: NumberFormat.grouped(related.count),
                shownNotesCount: more ? Self.relatedNotesShown : nil,
                moreNotesTags: !more
                    ? nil
                    : i.relatedTags.compactMap { tag -> TagNotesLink? in
                        let slug = tagIndex.slug(tag)
                        guard let entry = tagIndex.pages[slug] else { return nil }
                        return TagNotesLink(
                            name: entry.name, href: links.href(Routes.tag(slug)),
                            count: NumberFormat.grouped(entry.notes.count))
                    })
            page(
                Routes.initiative(i.id), template: .initiative, title: i.title, description: i.summary, context: ctx,
                section: Routes.initiatives,
                breadcrumbs: [
                    (strings[.breadcrumbInitiatives], Routes.initiatives), (i.title, Routes.initiative(i.id)),
                ], source: i.file)
        }
    }

    mutating func renderTimeline() {
        guard !site.timeline.isEmpty else { return }
        var years: [(Int, [Milestone])] = []
        for m in site.timeline {
            if years.last?.0 == m.date.year {
                years[years.count - 1].1.append(m)
            } else {
                years.append((m.date.year, [m]))
            }
        }
        let ctx = TimelineContext(
            years: years.map { y, ms in YearContext(year: y, milestones: ms.map(milestoneContext)) },
            csvHref: links.href(Routes.csv(Routes.BuiltInDataset.timeline.rawValue)),
            datasetHref: links.href(Routes.dataset(Routes.BuiltInDataset.timeline.rawValue)))
        page(
            Routes.timeline, template: .timeline, title: strings[.titleTimeline], context: ctx,
            section: Routes.timeline, breadcrumbs: [(strings[.breadcrumbTimeline], Routes.timeline)],
            source: SiteEdition.timeline)
    }

    mutating func renderAgreements() {
        guard !site.agreements.isEmpty else { return }
        let list = site.agreements.map { a in
            AgreementContext(
                id: a.id, partner: a.partner, theme: a.theme, date: date(a.date), body: a.body, url: a.url,
                initiatives: site.initiatives.filter { $0.partners.contains(a.partner) }.map(initiativeSummary))
        }
        let ctx = AgreementsContext(
            agreements: list, csvHref: links.href(Routes.csv(Routes.BuiltInDataset.agreements.rawValue)),
            datasetHref: links.href(Routes.dataset(Routes.BuiltInDataset.agreements.rawValue)))
        page(
            Routes.agreements, template: .agreements, title: strings[.titleAgreements], context: ctx,
            section: Routes.agreements, breadcrumbs: [(strings[.breadcrumbAgreements], Routes.agreements)],
            source: SiteEdition.agreements)
    }
}
