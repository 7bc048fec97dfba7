// The contexts of the notes, tags, pages and the home page.

/// A tag of a note, linking to the tag's page.
struct TagLink: TemplateContext {
    static var summary: String { "A tag of a note (`tags`)." }

    let name: String
    let href: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, href
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the tag as the newest note spells it")
            case .href: .text("the address of the tag's page")
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

/// A note in a list (notes list, tag pages, home page, initiative pages),
/// with its list item rendered once per build.
struct NoteItem: TemplateContext {
    static var summary: String { "A note in a list (`notes`, `latestNotes`), with its list items rendered once." }

    let title: String
    let href: String
    let date: DateContext
    let summary: String
    let tags: [TagLink]
    let isDraft: Bool
    var itemHTML: String?
    var itemH3HTML: String?
    /// The `lang` of its title and summary when they are not in the page's
    /// language (a note not yet translated); absent otherwise.
    var lang: String?

    enum Key: String, TemplateKey {
        static let byName = index()
        case title, href, date, summary, tags, hasTags, isDraft, itemHTML, itemH3HTML, lang
        var variable: TemplateVariable {
            switch self {
            case .title: .text("the note's title")
            case .href: .text("the address of the note's page")
            case .date: .object(DateContext.self, "the note's date")
            case .summary: .text("its `summary`, else its first paragraph cut at 120 characters; may be empty")
            case .tags: .list(TagLink.self, "its tags")
            case .hasTags: .flag("whether it has tags")
            case .isDraft: .flag("whether it is a draft (only built with `--drafts`)")
            case .itemHTML:
                .html("the `note-item-h2` template rendered for this note (in lists under the page's `h1`)").optionally
            case .itemH3HTML:
                .html(
                    "the `note-item` template rendered for this note (on the home page and initiative pages, under an `h2`)"
                ).optionally
            case .lang:
                .text(
                    "the `lang` of its title and summary when the note is not translated into the page's language"
                ).optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: title
        case .href: href
        case .date: date
        case .summary: summary
        case .tags: tags
        case .hasTags: !tags.isEmpty
        case .isDraft: isDraft
        case .itemHTML: itemHTML
        case .itemH3HTML: itemH3HTML
        case .lang: lang
        }
    }
}

/// Another note's title and address (newer and older on a note's page).
struct NoteLink: TemplateContext {
    static var summary: String { "The note before or after a note (`newer`, `older`)." }

    let title: String
    let href: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case title, href
        var variable: TemplateVariable {
            switch self {
            case .title: .text("the note's title")
            case .href: .text("the address of its page")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: title
        case .href: href
        }
    }
}

/// `home.mustache`, the page at `/`.
struct HomeContext: TemplateContext {
    static var summary: String { "The home page." }

    let latestNotes: [NoteItem]
    let notesHref: String
    let statusCounts: [StatusCount]
    let initiativeCount: Int
    let initiativesHref: String
    let latestMilestones: [MilestoneContext]
    let hasMilestones: Bool
    let timelineHref: String
    let priorityInitiatives: [InitiativeItem]
    let headlines: [HeadlineContext]
    let mission: String?
    let vision: String?
    /// The `lang` of the mission and vision when the strategy is not translated.
    var strategyLang: String?
    let strategyHref: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case latestNotes, notesHref, statusCounts, hasInitiatives, initiativeCount, initiativesHref, latestMilestones,
            hasMilestones,
            timelineHref, priorityInitiatives, headlines, hasHeadlines, mission, vision, strategyHref, strategyLang
        var variable: TemplateVariable {
            switch self {
            case .latestNotes: .list(NoteItem.self, "the 5 newest notes (each with `itemH3HTML`)")
            case .notesHref: .text("the address of the notes list")
            case .statusCounts:
                .list(
                    StatusCount.self,
                    "every status, in the order planned, in progress, done, paused, with how many initiatives have it")
            case .hasInitiatives: .flag("whether the site has initiatives")
            case .initiativeCount: .number("how many initiatives there are")
            case .initiativesHref: .text("the address of the initiatives list")
            case .latestMilestones: .list(MilestoneContext.self, "the 5 latest milestones, newest first")
            case .hasMilestones: .flag("whether the timeline has milestones")
            case .timelineHref: .text("the address of the timeline")
            case .priorityInitiatives: .list(InitiativeItem.self, "the initiatives marked `priority: true`")
            case .headlines:
                .list(HeadlineContext.self, "one headline figure for each sparkline chart declared in a dataset")
            case .hasHeadlines: .flag("whether there are headline figures")
            case .mission: .text("the strategy's `mission`").optionally
            case .vision: .text("the strategy's `vision`").optionally
            case .strategyHref: .text("the address of the strategy page, when there is a strategy").optionally
            case .strategyLang:
                .text(
                    "the `lang` of `mission` and `vision` when the strategy is not translated into the page's language"
                ).optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .latestNotes: latestNotes
        case .notesHref: notesHref
        case .statusCounts: statusCounts
        case .hasInitiatives: initiativeCount > 0
        case .initiativeCount: initiativeCount
        case .initiativesHref: initiativesHref
        case .latestMilestones: latestMilestones
        case .hasMilestones: hasMilestones
        case .timelineHref: timelineHref
        case .priorityInitiatives: priorityInitiatives
        case .headlines: headlines
        case .hasHeadlines: !headlines.isEmpty
        case .mission: mission
        case .vision: vision
        case .strategyHref: strategyHref
        case .strategyLang: strategyLang
        }
    }
}

/// How many initiatives have one status (home page).
struct StatusCount: TemplateContext {
    static var summary: String { "How many initiatives have a status (`statusCounts`)." }

    let status: String
    let label: String
    let count: Int

    enum Key: String, TemplateKey {

        static let byName = index()
        case status, label, count
        var variable: TemplateVariable {
            switch self {
            case .status: .text("the status's id: `planned`, `in-progress`, `done` or `paused` (for class names)")
            case .label: .text("its name from the strings file (`status.…`)")
            case .count: .number("how many initiatives have it")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .status: status
        case .label: label
        case .count: count
        }
    }
}

/// A headline figure on the home page: a sparkline and its latest value.
struct HeadlineContext: TemplateContext {
    static var summary: String { "A headline figure of the home page (`headlines`): a sparkline and its latest value." }

    let svg: String
    let title: String
    let summary: String
    let href: String
    let illustrative: Bool
    let latestValue: String?
    let when: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case svg, title, summary, href, illustrative, value, when
        var variable: TemplateVariable {
            switch self {
            case .svg: .html("the sparkline as inline SVG")
            case .title: .text("the chart's title")
            case .summary: .text("what the chart shows, in words").forOtherThemes
            case .href: .text("the address of the dataset's page")
            case .illustrative: .flag("whether the dataset's values are illustrative")
            case .value: .text("the latest measured value with its unit, e.g. `3,400人`").optionally
            case .when: .text("the x value of that row, as the data writes it").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .svg: svg
        case .title: title
        case .summary: summary
        case .href: href
        case .illustrative: illustrative
        case .value: latestValue
        case .when: when
        }
    }
}

/// `notes.mustache`: `/notes/` and its further pages.
struct NotesContext: TemplateContext {
    static var summary: String { "A page of the notes list." }

    let notes: [NoteItem]
    let pageNumber: Int
    let pageCount: Int
    let newerHref: String?
    let olderHref: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case notes, hasNotes, pageNumber, pageCount, isPaginated, newerHref, olderHref
        var variable: TemplateVariable {
            switch self {
            case .notes: .list(NoteItem.self, "this page's notes, newest first (`notes_per_page` of them)")
            case .hasNotes: .flag("whether there are notes")
            case .pageNumber: .number("this page's number, from 1")
            case .pageCount: .number("how many pages the list has")
            case .isPaginated: .flag("whether the list has more than one page")
            case .newerHref: .text("the address of the page before (newer notes)").optionally
            case .olderHref: .text("the address of the page after (older notes)").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .notes: notes
        case .hasNotes: !notes.isEmpty
        case .pageNumber: pageNumber
        case .pageCount: pageCount
        case .isPaginated: pageCount > 1
        case .newerHref: newerHref
        case .olderHref: olderHref
        }
    }
}

/// `note.mustache`: one note's page.
struct NoteContext: TemplateContext {
    static var summary: String { "A note's page." }

    let date: DateContext
    let body: String
    let tags: [TagLink]
    let isDraft: Bool
    let initiatives: [InitiativeItem]
    let updated: DateContext?
    let author: String?
    let coverSrc: String?
    let newer: NoteLink?
    let older: NoteLink?
    let titleHTML: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case date, body, tags, hasTags, isDraft, initiatives, hasInitiatives, updated, author, coverSrc, newer, older,
            titleHTML
        var variable: TemplateVariable {
            switch self {
            case .titleHTML:
                .html("the title as HTML with its furigana as `<ruby>`, when it has any (else use `title`)").optionally
            case .date: .object(DateContext.self, "the note's date")
            case .body: .html("the note's text as HTML, charts included")
            case .tags: .list(TagLink.self, "its tags")
            case .hasTags: .flag("whether it has tags")
            case .isDraft: .flag("whether it is a draft").forOtherThemes
            case .initiatives:
                .list(
                    InitiativeItem.self,
                    "the initiatives that name the note or share a tag with it (each with `itemHTML`)")
            case .hasInitiatives: .flag("whether there are such initiatives")
            case .updated: .object(DateContext.self, "its `updated` date, when that differs from its date").optionally
            case .author: .text("its `author`").optionally
            case .coverSrc: .text("the address of its `cover` image").optionally
            case .newer: .object(NoteLink.self, "the next newer note").optionally
            case .older: .object(NoteLink.self, "the next older note").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .date: date
        case .body: body
        case .tags: tags
        case .hasTags: !tags.isEmpty
        case .isDraft: isDraft
        case .initiatives: initiatives
        case .hasInitiatives: !initiatives.isEmpty
        case .updated: updated
        case .author: author
        case .coverSrc: coverSrc
        case .newer: newer
        case .older: older
        case .titleHTML: titleHTML
        }
    }
}

/// A tag with the number of its notes (`/tags/`).
struct TagCount: TemplateContext {
    static var summary: String { "A tag with the number of its notes (`tags` of the tag list)." }

    let name: String
    let href: String
    let count: Int

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, href, count
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the tag as the newest note spells it")
            case .href: .text("the address of the tag's page")
            case .count: .number("how many notes have it")
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

/// `tags.mustache`: `/tags/`.
struct TagsContext: TemplateContext {
    static var summary: String { "The tag list." }

    let tags: [TagCount]

    enum Key: String, TemplateKey {

        static let byName = index()
        case tags, hasTags
        var variable: TemplateVariable {
            switch self {
            case .tags: .list(TagCount.self, "every tag, sorted by its address")
            case .hasTags: .flag("whether there are tags")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .tags: tags
        case .hasTags: !tags.isEmpty
        }
    }
}

/// `tag.mustache`: one tag's page.
struct TagContext: TemplateContext {
    static var summary: String { "A tag's page." }

    let name: String
    let notes: [NoteItem]
    let tagsHref: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, notes, count, tagsHref
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the tag")
            case .notes: .list(NoteItem.self, "every note with the tag, newest first (each with `itemHTML`)")
            case .count: .number("how many notes have it")
            case .tagsHref: .text("the address of the tag list")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .name: name
        case .notes: notes
        case .count: notes.count
        case .tagsHref: tagsHref
        }
    }
}

/// `page.mustache`: a page from `pages/`.
struct ContentPageContext: TemplateContext {
    static var summary: String { "A page from `pages/`." }

    let body: String
    let titleHTML: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case body, titleHTML
        var variable: TemplateVariable {
            switch self {
            case .body: .html("the page's text as HTML, charts included")
            case .titleHTML:
                .html("the title as HTML with its furigana as `<ruby>`, when it has any (else use `title`)").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .body: body
        case .titleHTML: titleHTML
        }
    }
}

/// `404.mustache`: the page for addresses that do not exist.
struct NotFoundContext: TemplateContext {
    static var summary: String { "The 404 page." }

    let homeHref: String
    let notesHref: String
    let dataHref: String
    let otherLanguages: [OtherLanguageHTML]
    /// true when rendered as another language's part of the one 404 page.
    var isPart = false

    enum Key: String, TemplateKey {
        static let byName = index()
        case homeHref, notesHref, dataHref, otherLanguages, isPart
        var variable: TemplateVariable {
            switch self {
            case .homeHref: .text("the address of the home page")
            case .notesHref: .text("the address of the notes list")
            case .dataHref: .text("the address of the open-data catalogue")
            case .otherLanguages:
                .list(
                    OtherLanguageHTML.self,
                    "the site's other languages' 404 texts (this template rendered in each), so the one 404 page speaks every language; empty with one language"
                )
            case .isPart:
                .flag(
                    "true when the template is rendered as such a part (its heading then ranks below the page's `h1`)")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .homeHref: homeHref
        case .notesHref: notesHref
        case .dataHref: dataHref
        case .otherLanguages: otherLanguages
        case .isPart: isPart
        }
    }
}

/// A template rendered in another of the site's languages.
struct OtherLanguageHTML: TemplateContext {
    static var summary: String { "A part of a page in another of the site's languages." }

    let lang: String
    let html: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case lang, html
        var variable: TemplateVariable {
            switch self {
            case .lang: .text("its `lang`")
            case .html: .html("the part, rendered in that language")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .lang: lang
        case .html: html
        }
    }
}
