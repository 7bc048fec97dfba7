// The contexts of the strategy, the initiatives, the timeline and the agreements.

/// An initiative in a list (home page, initiatives list, note pages,
/// agreements) and the start of an initiative's own page.
struct InitiativeItem: TemplateContext {
    static var summary: String {
        "An initiative in a list (`initiatives`, `priorityInitiatives`), and the start of an initiative's page."
    }

    let id: String
    let title: String
    let summary: String
    let href: String
    let status: String
    let statusLabel: String
    let priority: Bool
    let illustrative: Bool
    let progress: Int?
    let owner: String?
    /// The `lang` of its title and summary when they are not in the page's language; absent otherwise.
    var lang: String?
    var itemHTML: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case id, title, summary, href, status, statusLabel, priority, illustrative, progress, hasProgress, owner,
            itemHTML, lang
        var variable: TemplateVariable {
            switch self {
            case .id: .text("the initiative's id (its file name)").forOtherThemes
            case .title: .text("its title")
            case .summary: .text("its `summary`; may be empty")
            case .href: .text("the address of its page")
            case .status: .text("its status's id: `planned`, `in-progress`, `done` or `paused` (for class names)")
            case .statusLabel: .text("its status's name from the strings file (`status.…`)")
            case .priority: .flag("whether it is marked `priority: true`")
            case .illustrative: .flag("whether its status, progress and dates are illustrative")
            case .progress: .number("its `progress`, 0 to 100").optionally
            case .hasProgress: .flag("true when it has a `progress`").optionally
            case .owner: .text("its `owner`").optionally
            case .itemHTML: .html("the `initiative-item` template rendered for it (on note pages)").optionally
            case .lang:
                .text(
                    "the `lang` of its title and summary when the initiative is not translated into the page's language"
                ).optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .id: id
        case .title: title
        case .summary: summary
        case .href: href
        case .status: status
        case .statusLabel: statusLabel
        case .priority: priority
        case .illustrative: illustrative
        case .progress: progress
        case .hasProgress: progress == nil ? nil : true
        case .owner: owner
        case .itemHTML: itemHTML
        case .lang: lang
        }
    }
}

/// A milestone of the timeline (timeline page, home page).
struct MilestoneContext: TemplateContext {
    static var summary: String { "A milestone of the timeline (`milestones`, `latestMilestones`)." }

    let title: String
    let date: DateContext
    let body: String?
    let category: String?
    let links: [MilestoneLink]
    /// The `lang` of its texts when they are not in the page's language; absent otherwise.
    var lang: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case title, date, body, category, links, hasLinks, lang
        var variable: TemplateVariable {
            switch self {
            case .title: .text("the milestone's title")
            case .date: .object(DateContext.self, "its date (a month or a day)")
            case .body: .text("its `body`").optionally
            case .category: .text("its `category`").optionally
            case .links: .list(MilestoneLink.self, "what it links to")
            case .hasLinks: .flag("whether it has links")
            case .lang:
                .text("the `lang` of its title and body when the timeline is not translated into the page's language")
                    .optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: title
        case .date: date
        case .body: body
        case .category: category
        case .links: links
        case .hasLinks: !links.isEmpty
        case .lang: lang
        }
    }
}

/// A milestone's link to a note, an initiative or an outside page.
struct MilestoneLink: TemplateContext {
    static var summary: String { "What a milestone links to (`links`)." }

    let title: String
    let href: String
    let kind: String
    /// true for a link to an outside page, else absent.
    let external: Bool?

    enum Key: String, TemplateKey {

        static let byName = index()
        case title, href, kind, external
        var variable: TemplateVariable {
            switch self {
            case .title: .text("the note's or initiative's title, or the link's `title` (else its URL)")
            case .href: .text("the address")
            case .kind: .text("what it links to, from the strings file (`link_kind.…`)")
            case .external: .flag("true for a link to an outside page").optionally.forOtherThemes
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: title
        case .href: href
        case .kind: kind
        case .external: external
        }
    }
}

/// `strategy.mustache`: `/strategy/`.
struct StrategyContext: TemplateContext {
    static var summary: String { "The strategy page." }

    let periods: [PeriodContext]
    let reasons: [StrategySection]
    let principles: [StrategySection]
    let guidelines: [StrategySection]
    let initiativesHref: String
    let summary: String?
    let definitionTerm: String?
    let definitionText: String?
    let definitionNote: String?
    let mission: String?
    let vision: String?
    let guidelinesIntro: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case periods, hasPeriods, reasons, hasReasons, principles, hasPrinciples, guidelines, hasGuidelines,
            initiativesHref,
            summary, definitionTerm, definitionText, hasDefinition, definitionNote, mission, vision, guidelinesIntro
        var variable: TemplateVariable {
            switch self {
            case .periods: .list(PeriodContext.self, "the plan's periods")
            case .hasPeriods: .flag("whether it has periods")
            case .reasons: .list(StrategySection.self, "the reasons, numbered")
            case .hasReasons: .flag("whether there are reasons")
            case .principles: .list(StrategySection.self, "the principles, numbered")
            case .hasPrinciples: .flag("whether there are principles")
            case .guidelines: .list(StrategySection.self, "the guidelines' items, numbered")
            case .hasGuidelines: .flag("whether there are guidelines")
            case .initiativesHref: .text("the address of the initiatives list")
            case .summary: .text("the strategy's `summary`").optionally
            case .definitionTerm: .text("`definition.term`").optionally
            case .definitionText: .text("`definition.text`").optionally
            case .hasDefinition: .flag("true when there is a `definition.text`").optionally
            case .definitionNote: .text("`definition.note`").optionally
            case .mission: .text("`mission`").optionally
            case .vision: .text("`vision`").optionally
            case .guidelinesIntro: .text("the guidelines' `intro`").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .periods: periods
        case .hasPeriods: !periods.isEmpty
        case .reasons: reasons
        case .hasReasons: !reasons.isEmpty
        case .principles: principles
        case .hasPrinciples: !principles.isEmpty
        case .guidelines: guidelines
        case .hasGuidelines: !guidelines.isEmpty
        case .initiativesHref: initiativesHref
        case .summary: summary
        case .definitionTerm: definitionTerm
        case .definitionText: definitionText
        case .hasDefinition: definitionText == nil ? nil : true
        case .definitionNote: definitionNote
        case .mission: mission
        case .vision: vision
        case .guidelinesIntro: guidelinesIntro
        }
    }
}

/// A period of the strategy's plan.
struct PeriodContext: TemplateContext {
    static var summary: String { "A period of the strategy's plan (`periods`)." }

    let name: String
    let start: DateContext?
    let end: DateContext?

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, start, end
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the period's name")
            case .start: .object(DateContext.self, "its start").optionally
            case .end: .object(DateContext.self, "its end").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .name: name
        case .start: start
        case .end: end
        }
    }
}

/// A reason, principle or guideline of the strategy.
struct StrategySection: TemplateContext {
    static var summary: String {
        "A reason, principle or guideline of the strategy (`reasons`, `principles`, `guidelines`)."
    }

    let number: Int
    let id: String
    let title: String
    let paragraphs: [TextItem]

    enum Key: String, TemplateKey {

        static let byName = index()
        case number, id, title, paragraphs
        var variable: TemplateVariable {
            switch self {
            case .number: .number("its number in its list, from 1").forOtherThemes
            case .id: .text("its `id`, empty when it has none (so it never shows an id from further out)")
            case .title: .text("its title")
            case .paragraphs: .list(TextItem.self, "its `body`, split into paragraphs at blank lines")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .number: number
        case .id: id
        case .title: title
        case .paragraphs: paragraphs
        }
    }
}

/// `initiatives.mustache`: `/initiatives/`.
struct InitiativesContext: TemplateContext {
    static var summary: String { "The initiatives list." }

    let groups: [StatusGroup]
    let count: Int
    let hasIllustrative: Bool
    let csvHref: String
    let historyCSVHref: String
    let datasetHref: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case groups, count, hasIllustrative, csvHref, historyCSVHref, datasetHref
        var variable: TemplateVariable {
            switch self {
            case .groups:
                .list(
                    StatusGroup.self,
                    "the initiatives by status: in progress, planned, done, paused (statuses without initiatives left out)"
                )
            case .count: .number("how many initiatives there are")
            case .hasIllustrative: .flag("whether any initiative is illustrative")
            case .csvHref: .text("the address of `initiatives.csv`")
            case .historyCSVHref: .text("the address of `initiative-status-history.csv`")
            case .datasetHref: .text("the address of the `initiatives` dataset's page")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .groups: groups
        case .count: count
        case .hasIllustrative: hasIllustrative
        case .csvHref: csvHref
        case .historyCSVHref: historyCSVHref
        case .datasetHref: datasetHref
        }
    }
}

/// The initiatives of one status.
struct StatusGroup: TemplateContext {
    static var summary: String { "The initiatives of one status (`groups`)." }

    let status: String
    let label: String
    let initiatives: [InitiativeItem]

    enum Key: String, TemplateKey {

        static let byName = index()
        case status, label, count, initiatives
        var variable: TemplateVariable {
            switch self {
            case .status: .text("the status's id (for ids and class names)")
            case .label: .text("its name from the strings file (`status.…`)")
            case .count: .number("how many initiatives have it")
            case .initiatives: .list(InitiativeItem.self, "those initiatives, in their `order`")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .status: status
        case .label: label
        case .count: initiatives.count
        case .initiatives: initiatives
        }
    }
}

/// `initiative.mustache`: one initiative's page. It also answers every key
/// of an initiative item.
struct InitiativeContext: TemplateContext {
    static var summary: String { "An initiative's page." }

    let item: InitiativeItem
    let body: String?
    let start: DateContext?
    let end: DateContext?
    let history: [HistoryEntry]
    let partners: [PartnerContext]
    let kpis: [KPIContext]
    let notes: [NoteItem]
    let notesCount: String
    /// How many notes are shown, when there are more; nil when all are.
    let shownNotesCount: Int?
    let moreNotesTags: [TagNotesLink]?

    enum Key: String, TemplateKey {

        static let byName = index()
        case body, start, end, history, hasHistory, partners, hasPartners, kpis, hasKPIs, notes, hasNotes, notesCount,
            hasMoreNotes, shownNotesCount, moreNotesTags
        var variable: TemplateVariable {
            switch self {
            case .body: .html("the initiative's `body` as HTML, charts included").optionally
            case .start: .object(DateContext.self, "its `start`").optionally
            case .end: .object(DateContext.self, "its `end`").optionally
            case .history: .list(HistoryEntry.self, "its status history, newest first")
            case .hasHistory: .flag("whether it has a history")
            case .partners: .list(PartnerContext.self, "its `partners`")
            case .hasPartners: .flag("whether it has partners")
            case .kpis: .list(KPIContext.self, "its KPI charts")
            case .hasKPIs: .flag("whether it has KPIs")
            case .notes: .list(NoteItem.self, "the 10 newest related notes (each with `itemH3HTML`)")
            case .hasNotes: .flag("whether it has related notes")
            case .notesCount: .text("how many related notes there are, e.g. `1,234`")
            case .hasMoreNotes: .flag("true when there are more related notes than are shown").optionally
            case .shownNotesCount: .number("how many are shown (10), when there are more").optionally
            case .moreNotesTags:
                .list(TagNotesLink.self, "its related tags, where the rest can be found, when there are more")
                    .optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .body: body
        case .start: start
        case .end: end
        case .history: history
        case .hasHistory: !history.isEmpty
        case .partners: partners
        case .hasPartners: !partners.isEmpty
        case .kpis: kpis
        case .hasKPIs: !kpis.isEmpty
        case .notes: notes
        case .hasNotes: !notes.isEmpty
        case .notesCount: notesCount
        case .hasMoreNotes: shownNotesCount == nil ? nil : true
        case .shownNotesCount: shownNotesCount
        case .moreNotesTags: moreNotesTags
        }
    }

    static var inherits: (any TemplateContext.Type)? { InitiativeItem.self }
    func inheritedChild(named name: String) -> Any? { item.child(named: name) }
}

/// One change of an initiative's status.
struct HistoryEntry: TemplateContext {
    static var summary: String { "A change of an initiative's status (`history`)." }

    let date: DateContext
    let status: String
    let statusLabel: String
    let note: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case date, status, statusLabel, note
        var variable: TemplateVariable {
            switch self {
            case .date: .object(DateContext.self, "when the status changed")
            case .status: .text("the status's id")
            case .statusLabel: .text("its name from the strings file (`status.…`)")
            case .note: .text("the entry's `note`").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .date: date
        case .status: status
        case .statusLabel: statusLabel
        case .note: note
        }
    }
}

/// A partner of an initiative, linking to its agreement when there is one.
struct PartnerContext: TemplateContext {
    static var summary: String { "A partner of an initiative (`partners`)." }

    let name: String
    let href: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, href
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the partner's name")
            case .href: .text("the address of its agreement, when agreements.yaml has one").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .name: name
        case .href: href
        }
    }
}

/// A KPI of an initiative: a chart figure.
struct KPIContext: TemplateContext {
    static var summary: String { "A KPI of an initiative (`kpis`)." }

    let figure: String
    let label: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case figure, label
        var variable: TemplateVariable {
            switch self {
            case .figure: .html("the `chart` template rendered for the KPI's chart")
            case .label: .text("the KPI's `label`").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .figure: figure
        case .label: label
        }
    }
}

/// A tag's page with its number of notes, as grouped text (initiative pages).
struct TagNotesLink: TemplateContext {
    static var summary: String { "A related tag's page, where an initiative's further notes are (`moreNotesTags`)." }

    let name: String
    let href: String
    let count: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, href, count
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the tag")
            case .href: .text("the address of the tag's page")
            case .count: .text("how many notes have it, e.g. `1,234`")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .name: name
        case .href: href
        case .count: count
        }
    }
}

/// `timeline.mustache`: `/timeline/`.
struct TimelineContext: TemplateContext {
    static var summary: String { "The timeline page." }

    let years: [YearContext]
    let csvHref: String
    let datasetHref: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case years, csvHref, datasetHref
        var variable: TemplateVariable {
            switch self {
            case .years: .list(YearContext.self, "the milestones by year, oldest first")
            case .csvHref: .text("the address of `timeline.csv`")
            case .datasetHref: .text("the address of the `timeline` dataset's page")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .years: years
        case .csvHref: csvHref
        case .datasetHref: datasetHref
        }
    }
}

/// One year of the timeline.
struct YearContext: TemplateContext {
    static var summary: String { "A year of the timeline (`years`)." }

    let year: Int
    let milestones: [MilestoneContext]

    enum Key: String, TemplateKey {

        static let byName = index()
        case year, milestones
        var variable: TemplateVariable {
            switch self {
            case .year: .number("the year")
            case .milestones: .list(MilestoneContext.self, "its milestones, in date order")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .year: year
        case .milestones: milestones
        }
    }
}

/// `agreements.mustache`: `/agreements/`.
struct AgreementsContext: TemplateContext {
    static var summary: String { "The agreements page." }

    let agreements: [AgreementContext]
    let csvHref: String
    let datasetHref: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case agreements, csvHref, datasetHref
        var variable: TemplateVariable {
            switch self {
            case .agreements: .list(AgreementContext.self, "the agreements, by date")
            case .csvHref: .text("the address of `agreements.csv`")
            case .datasetHref: .text("the address of the `agreements` dataset's page")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .agreements: agreements
        case .csvHref: csvHref
        case .datasetHref: datasetHref
        }
    }
}

/// One agreement.
struct AgreementContext: TemplateContext {
    static var summary: String { "An agreement (`agreements`)." }

    let id: String
    let partner: String
    let theme: String
    let date: DateContext
    let body: String?
    let url: String?
    let initiatives: [InitiativeItem]

    enum Key: String, TemplateKey {

        static let byName = index()
        case id, partner, theme, date, body, url, initiatives, hasInitiatives
        var variable: TemplateVariable {
            switch self {
            case .id: .text("the agreement's `id` (the anchor `/agreements/#id` that initiatives link to)")
            case .partner: .text("the partner")
            case .theme: .text("the agreement's subject (`theme`)")
            case .date: .object(DateContext.self, "when it was signed (a month or a day)")
            case .body: .text("its `body`").optionally
            case .url: .text("its `url`").optionally
            case .initiatives: .list(InitiativeItem.self, "the initiatives that name the partner")
            case .hasInitiatives: .flag("whether there are such initiatives")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .id: id
        case .partner: partner
        case .theme: theme
        case .date: date
        case .body: body
        case .url: url
        case .initiatives: initiatives
        case .hasInitiatives: !initiatives.isEmpty
        }
    }
}
