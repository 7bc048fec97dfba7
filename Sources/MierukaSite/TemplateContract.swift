/// What each template the renderer renders by name is given and makes: the
/// source of docs/theme.md's list of templates.
extension TemplateName {
    /// The type of the context the template is rendered with.
    var contextType: any TemplateContext.Type {
        switch self {
        case .layout: LayoutContext.self
        case .home: PageContext<HomeContext>.self
        case .notes: PageContext<NotesContext>.self
        case .note: PageContext<NoteContext>.self
        case .tags: PageContext<TagsContext>.self
        case .tag: PageContext<TagContext>.self
        case .page: PageContext<ContentPageContext>.self
        case .strategy: PageContext<StrategyContext>.self
        case .initiatives: PageContext<InitiativesContext>.self
        case .initiative: PageContext<InitiativeContext>.self
        case .timeline: PageContext<TimelineContext>.self
        case .agreements: PageContext<AgreementsContext>.self
        case .data: PageContext<DataContext>.self
        case .dataset: PageContext<DatasetContext>.self
        case .notFound: PageContext<NotFoundContext>.self
        case .navigation: NavigationContext.self
        case .footer: FooterContext.self
        case .chart: ChartContext.self
        case .noteItem: FragmentContext<NoteItem>.self
        case .noteItemH2: FragmentContext<NoteItem>.self
        case .initiativeItem: FragmentContext<InitiativeItem>.self
        }
    }

    /// What the template makes.
    var purpose: String {
        switch self {
        case .layout: "The page around every other page template: `{{{content}}}` is that template's output."
        case .home: "The home page, `/`."
        case .notes: "The list of notes, `/notes/`, and its further pages `/notes/page/2/`, …"
        case .note: "A note's page, `/notes/<slug>/`."
        case .tags: "The list of tags, `/tags/`."
        case .tag: "A tag's page, `/tags/<tag>/`: every note with the tag."
        case .page: "A page from `pages/`, `/<slug>/`."
        case .strategy: "The strategy, `/strategy/` (only when there is a `strategy.yaml`)."
        case .initiatives: "The initiatives by status, `/initiatives/` (only when there are initiatives)."
        case .initiative: "An initiative's page, `/initiatives/<id>/`."
        case .timeline: "The timeline, `/timeline/` (only when there are milestones)."
        case .agreements: "The agreements, `/agreements/` (only when there are agreements)."
        case .data: "The open-data catalogue, `/data/`."
        case .dataset:
            "A dataset's page, `/data/<id>/`, for the datasets of `datasets/` and those made from the strategy files."
        case .notFound: "The page for addresses that do not exist, `/404.html`."
        case .navigation:
            "The site's menu. Rendered once per pattern of current items, before the pages; the layout gets it as `navigationHTML`."
        case .footer: "The footer. Rendered once per build; the layout gets it as `footerHTML`."
        case .chart:
            "A chart as a figure with its data table and links, wherever a chart is shown: chart blocks in notes, pages and initiatives, KPIs, dataset pages."
        case .noteItem:
            "A note in a list under an `h2` (home page, initiative pages). Rendered once per note; lists get it as `itemH3HTML`."
        case .noteItemH2:
            "A note in a list under the page's `h1` (notes list, tag pages). Rendered once per note; lists get it as `itemHTML`."
        case .initiativeItem:
            "An initiative in a list. Rendered once per initiative; note pages get it as `itemHTML`. The default theme also includes it as a partial on the home page and the initiatives list."
        }
    }

    /// What `title` holds on a page template's page.
    var titleMeaning: String? {
        switch self {
        case .home: "the site's name"
        case .notes: "the strings file's `title.notes` (`title.notes_page` from the second page on)"
        case .note: "the note's `title`"
        case .tags: "the strings file's `title.tags`"
        case .tag: "the strings file's `title.tag`, with the tag for `{tag}`"
        case .page: "the `title` in the page's front matter"
        case .strategy: "the strategy's `title`"
        case .initiatives: "the strings file's `title.initiatives`"
        case .initiative: "the initiative's `title`"
        case .timeline: "the strings file's `title.timeline`"
        case .agreements: "the strings file's `title.agreements`"
        case .data: "the strings file's `title.data`"
        case .dataset: "the dataset's `title`"
        case .notFound: "the strings file's `title.not_found`"
        case .layout, .navigation, .footer, .chart, .noteItem, .noteItemH2, .initiativeItem: nil
        }
    }
}
