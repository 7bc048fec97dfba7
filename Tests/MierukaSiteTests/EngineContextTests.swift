import Foundation
import Testing
@testable import MierukaSite
import MierukaTestSupport

/// What the generator gives templates, tested through small templates
/// written in each test (`TinyTheme`): page titles and breadcrumbs, the
/// names from the strings file, the contexts of lists and pages, and the
/// fragments rendered once. None of these depends on the default theme, so
/// its redesign cannot break them; the default theme has its own tests
/// (`DefaultThemeTests`).
@Suite struct EngineContextTests {
    /// A page's text without the newlines the stub templates end in.
    func page(_ f: Fixture, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String
    {
        var text = try #require(f.file(path), "no \(path)", sourceLocation: sourceLocation)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// 23 notes, so /notes/ has three pages.
    static let manyNotes: String = (1...23).map { day in
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "-- content/notes/2020-05-\(d)-note-\(d).md --\n---\ntitle: お知らせ\(day)\n---\n本文\(day)。\n"
    }.joined()

    /// The layout shows the `<title>` and the breadcrumbs, the last marked.
    static let layout = """
        -- theme/templates/layout.mustache --
        {{pageTitle}}
        {{#breadcrumbs}}{{title}}<{{href}}>{{#last()}}!{{/last()}};{{/breadcrumbs}}{{^hasBreadcrumbs}}no breadcrumbs{{/hasBreadcrumbs}}
        {{{content}}}

        """

    @Test func pageTitlesAndBreadcrumbsComeFromTheStringsFile() throws {
        let f = Fixture(
            Self.manyNotes + Self.layout + "-- content/pages/about.md --\n---\ntitle: このサイトについて\n---\n本文。\n")
        #expect(f.diagnostics(f.build()) == "")
        #expect(try page(f, "index.html") == "磐梯町 DXの歩み\nno breadcrumbs")
        #expect(
            try page(f, "notes/page/2/index.html") == """
                [title.with_site [title.notes_page 2] 磐梯町 DXの歩み]
                [breadcrumb.home]</>;[breadcrumb.notes]</notes/>;[breadcrumb.notes_page 2]</notes/page/2/>!;
                """)
        #expect(
            try page(f, "notes/note-05/index.html").hasPrefix(
                """
                [title.with_site お知らせ5 磐梯町 DXの歩み]
                [breadcrumb.home]</>;[breadcrumb.notes]</notes/>;お知らせ5</notes/note-05/>!;
                """))
        #expect(
            try page(f, "tags/index.html").hasPrefix(
                "[title.with_site [title.tags] 磐梯町 DXの歩み]\n[breadcrumb.home]</>;[breadcrumb.tags]</tags/>!;"))
        #expect(
            try page(f, "data/index.html").hasPrefix(
                "[title.with_site [title.data] 磐梯町 DXの歩み]\n[breadcrumb.home]</>;[breadcrumb.data]</data/>!;"))
        #expect(try page(f, "404.html").hasPrefix("[title.with_site [title.not_found] 磐梯町 DXの歩み]\nno breadcrumbs"))
        #expect(
            try page(f, "about/index.html").hasPrefix(
                "[title.with_site このサイトについて 磐梯町 DXの歩み]\n[breadcrumb.home]</>;このサイトについて</about/>!;"))
    }

    /// The notes list: each page's notes, newest first, with the item
    /// rendered once by `note-item-h2`, and the links to the pages around it.
    /// (Was NotesSiteTests.paginatesNotesNewestFirst on the default theme.)
    @Test func notesPagesGiveTheirNotesAndThePagesAround() throws {
        let f = Fixture(
            Self.manyNotes + """
                -- theme/templates/notes.mustache --
                {{title}} {{pageNumber}}/{{pageCount}}{{#isPaginated}} paginated{{/isPaginated}} newer={{newerHref}} older={{olderHref}}
                {{#notes}}{{{itemHTML}}}{{/notes}}
                -- theme/templates/note-item-h2.mustache --
                [{{title}} {{href}} {{date.iso}} {{date.ja}} {{summary}} {{site.name}}]
                """)
        #expect(f.diagnostics(f.build()) == "")
        let first = try page(f, "notes/index.html")
        #expect(
            first.hasPrefix(
                "[title.notes] 1/3 paginated newer= older=/notes/page/2/\n[お知らせ23 /notes/note-23/ 2020-05-23 [date.day 2020 5 23 [month.5]] 本文23。 磐梯町 DXの歩み]"
            ))
        #expect(first.components(separatedBy: "[お知らせ").count - 1 == 10)
        let third = try page(f, "notes/page/3/index.html")
        #expect(third.hasPrefix("[title.notes_page 3] 3/3 paginated newer=/notes/page/2/ older=\n[お知らせ3 "))
        #expect(third.contains("[お知らせ1 /notes/note-01/") && !third.contains("お知らせ4 "))
        #expect(!f.exists("notes/page/4/index.html"))
        // The feed holds the latest 20 only.
        #expect(try page(f, "feed.xml").components(separatedBy: "<entry>").count - 1 == 20)
    }

    /// Status, frequency and field-type names, milestone link kinds, dates and
    /// file sizes are the strings file's, wherever a template shows them.
    @Test func namesComeFromTheStringsFile() throws {
        let f = Fixture(
            strategySite + """

                -- content/datasets/population.yaml --
                title: 人口
                description: 町の人口。
                frequency: yearly
                unit: 人
                fields:
                  - name: year
                    title: 年
                    type: year
                  - name: population
                    title: 人口
                    type: integer
                    unit: 人
                    description: 住民基本台帳による
                rows:
                  - [2019, 3500]
                  - [2020, 3400]
                -- theme/templates/home.mustache --
                {{#statusCounts}}{{status}}={{label}}:{{count}};{{/statusCounts}}
                -- theme/templates/initiatives.mustache --
                {{#groups}}{{status}}={{label}}({{count}}):{{#initiatives}}{{title}}[{{statusLabel}}]{{/initiatives}};{{/groups}}
                -- theme/templates/initiative.mustache --
                {{statusLabel}}|{{#history}}{{date.ja}} {{status}} {{statusLabel}};{{/history}}|{{#partners}}{{name}}<{{href}}>{{/partners}}
                -- theme/templates/timeline.mustache --
                {{#years}}{{year}}:{{#milestones}}{{date.ja}}{{#links}} {{kind}}「{{title}}」{{/links}};{{/milestones}}{{/years}}
                -- theme/templates/dataset.mustache --
                {{frequency}}|{{#fields}}{{name}}:{{type}};{{/fields}}|{{#downloads}}{{format}} {{size}};{{/downloads}}
                """)
        #expect(f.diagnostics(f.build()) == "")
        #expect(
            try page(f, "index.html")
                == "planned=[status.planned]:0;in-progress=[status.in-progress]:1;done=[status.done]:1;paused=[status.paused]:0;"
        )
        #expect(
            try page(f, "initiatives/index.html").hasPrefix(
                "in-progress=[status.in-progress](1):印鑑の原則全廃[[status.in-progress]];done=[status.done](1):オンライン審議会[[status.done]];"
            ))
        #expect(
            try page(f, "initiatives/seal-abolition/index.html").hasPrefix(
                "[status.in-progress]|[date.day 2020 10 1 [month.10]] in-progress [status.in-progress];[date.day 2020 7 1 [month.7]] planned [status.planned];|コニカミノルタ株式会社</agreements/#konica-minolta>"
            ))
        #expect(
            try page(f, "timeline/index.html").hasPrefix(
                "2019:[date.month 2019 6 [month.6]];2020:[date.month 2020 7 [month.7]] [link_kind.note]「印鑑をなくします」 [link_kind.initiative]「印鑑の原則全廃」;"
            ))
        let dataset = try page(f, "data/population/index.html")
        #expect(
            dataset.hasPrefix(
                "[frequency.yearly]|year:[field_type.year];population:[field_type.integer];|CSV [file_size.bytes "))
        #expect(
            dataset.contains(
                ";JSON [file_size.kilobytes 7.6];BibTeX [file_size.bytes 380];CSL-JSON [file_size.bytes 537];"))
    }

    /// A field without a unit or description gets empty ones, so a template
    /// inside `{{#fields}}` never shows the dataset's own unit and
    /// description from further out (the Mustache context stack).
    @Test func aFieldWithoutUnitOrDescriptionHidesTheDatasetsOwn() throws {
        let f = Fixture(
            """
            -- content/datasets/population.yaml --
            title: 人口
            description: 町の人口。
            unit: 人
            fields:
              - name: year
                title: 年
                type: year
              - name: population
                title: 人口
                type: integer
                unit: 人
                description: 住民基本台帳による
                optional: true
            rows:
              - [2020, 3400]
            -- theme/templates/dataset.mustache --
            {{unit}} {{description}}|{{#fields}}{{name}}[{{unit}}|{{description}}{{#optional}}|optional{{/optional}}];{{/fields}}|{{#headers}}{{title}}({{unit}}){{/headers}}
            """)
        #expect(f.diagnostics(f.build()) == "")
        #expect(
            try page(f, "data/population/index.html") == "人 町の人口。|year[|];population[人|住民基本台帳による|optional];|年()人口(人)")
    }

    /// The navigation and the footer are rendered once and given to the
    /// layout; list items are rendered once by their own templates.
    @Test func fragmentsRenderedOnceAreTheirTemplatesOutput() throws {
        let f = Fixture(
            strategySite + """

                -- theme/templates/layout.mustache --
                {{{navigationHTML}}}|{{{footerHTML}}}|{{{content}}}
                -- theme/templates/navigation.mustache --
                {{#navigation}}{{title}}<{{href}}>{{#current}}*{{/current}}{{/navigation}}
                -- theme/templates/footer.mustache --
                F:{{site.publisher}}
                -- theme/templates/note.mustache --
                {{#initiatives}}{{{itemHTML}}}{{/initiatives}}
                -- theme/templates/initiative-item.mustache --
                <{{title}} {{statusLabel}} {{progress}}% {{site.name}}>
                -- theme/templates/home.mustache --
                {{#latestNotes}}{{{itemH3HTML}}}{{/latestNotes}}
                -- theme/templates/note-item.mustache --
                h3:{{title}} {{#tags}}#{{name}}<{{href}}>{{/tags}}
                """)
        #expect(f.diagnostics(f.build()) == "")
        #expect(
            try page(f, "notes/seal/index.html") == "お知らせ</notes/>*|F:磐梯町|<印鑑の原則全廃 [status.in-progress] 70% 磐梯町 DXの歩み>")
        #expect(try page(f, "index.html") == "お知らせ</notes/>|F:磐梯町|h3:印鑑をなくします #印鑑</tags/%E5%8D%B0%E9%91%91/>")
    }

    /// Only a draft note's page tells the layout it is a draft.
    @Test func onlyADraftsPageIsMarkedAsADraft() throws {
        let f = Fixture(
            notesSite + """

                -- theme/templates/layout.mustache --
                {{#isDraft}}DRAFT {{/isDraft}}{{title}}
                """)
        #expect(f.diagnostics(f.build(drafts: true)) == "")
        #expect(try page(f, "notes/upcoming/index.html") == "DRAFT 準備中の記事")
        #expect(try page(f, "notes/why-dx/index.html") == "なぜDXに取り組むのか")
        #expect(try page(f, "notes/index.html") == "[title.notes]")
    }

    /// A tag can have thousands of notes: an initiative's page lists the
    /// latest ten and points to the tag's own page for the rest. (Was
    /// InitiativeRelatedNotesTests on the default theme.)
    @Test func initiativePagesListTheLatestTenRelatedNotes() throws {
        var notes = ""
        for day in 1...12 {
            notes +=
                "-- content/notes/2021-04-\(String(format: "%02d", day))-n\(day).md --\n---\ntitle: お知らせ\(day)\ntags: [組織]\n---\n本文。\n"
        }
        let f = Fixture(
            notes + """
                -- content/initiatives/office.yaml --
                title: 推進体制の整備
                status: in-progress
                related:
                  tags: [組織]
                -- theme/templates/initiative.mustache --
                {{notesCount}}|{{#hasMoreNotes}}more {{shownNotesCount}}{{/hasMoreNotes}}|{{#notes}}{{{itemH3HTML}}}{{/notes}}|{{#moreNotesTags}}{{name}} {{count}} {{href}}{{/moreNotesTags}}
                -- theme/templates/note-item.mustache --
                {{title}};
                """)
        #expect(!f.build().diagnostics.hasErrors)
        // Each item is the note-item template's output, its line included.
        let items = (3...12).reversed().map { "お知らせ\($0);\n" }.joined()
        #expect(
            try page(f, "initiatives/office/index.html") == "12|more 10|" + items + "|組織 12 /tags/%E7%B5%84%E7%B9%94/")

        // Ten or fewer: all of them, and no pointer.
        try FileManager.default.removeItem(atPath: f.root + "/content/notes/2021-04-12-n12.md")
        try FileManager.default.removeItem(atPath: f.root + "/content/notes/2021-04-11-n11.md")
        #expect(f.build().wrote)
        #expect(try page(f, "initiatives/office/index.html").hasPrefix("10||お知らせ10;"))
        #expect(try page(f, "initiatives/office/index.html").hasSuffix(";\n|"))
    }
}

/// docs/theme.md's rule of the context stack, as a test: a key absent from
/// a list item lets the same name further out show through, and a leading
/// dot looks only at the item.
@Suite struct ContextStackTests {
    @Test func anAbsentKeyLetsAnOuterOneShowThroughUnlessDotted() throws {
        let f = Fixture(
            """
            -- content/initiatives/a.yaml --
            title: 取り組みA
            status: planned
            partners: [協定のない会社]
            -- theme/templates/initiative.mustache --
            {{#partners}}{{name}}: {{#href}}<{{href}}>{{/href}} / {{#.href}}<{{.}}>{{/.href}}{{^.href}}none{{/.href}}{{/partners}}
            """)
        let report = f.build()
        #expect(!report.diagnostics.hasErrors, "\(f.diagnostics(report))")
        #expect(try #require(f.file("initiatives/a/index.html")).hasPrefix("協定のない会社: </initiatives/a/> / none"))
    }
}
