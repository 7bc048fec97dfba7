import Foundation
import Testing
import MierukaBuild
import MierukaTestSupport

@Suite struct NotesSiteTests {
    @Test func buildsEveryPageKind() throws {
        let f = Fixture(notesSite)
        let report = f.build()
        #expect(f.diagnostics(report) == "")
        #expect(report.wrote)
        #expect(f.outputFiles().contains("index.html"))
        for path in [
            "notes/index.html", "notes/strategy-office/index.html", "notes/why-dx/index.html", "tags/index.html",
            "tags/組織/index.html", "tags/dx戦略/index.html", "about/index.html", "files/plan.pdf", "feed.xml",
            "sitemap.xml", "robots.txt", "404.html", "assets/style.css", ".mieruka-output",
        ] {
            #expect(f.exists(path), "missing \(path)")
        }
        // Drafts are left out unless asked for.
        #expect(!f.exists("notes/upcoming/index.html"))
        #expect(!(try #require(f.file("notes/index.html"))).contains("準備中の記事"))
    }

    /// Every address in the contexts and in Markdown bodies gets the base path.
    @Test func linksWorkUnderABasePath() throws {
        let f = Fixture(
            notesSite + """

                -- theme/templates/layout.mustache --
                {{site.stylesheetHref}} {{site.homeHref}} {{canonical}}
                {{{content}}}
                -- theme/templates/note.mustache --
                {{{body}}}{{#tags}}{{href}} {{/tags}}{{#newer}}{{href}}{{/newer}}
                -- theme/templates/404.mustache --
                {{homeHref}} {{notesHref}} {{dataHref}}
                """)
        f.build(baseURL: "https://example.org/dx/")
        let note = try #require(f.file("notes/strategy-office/index.html"))
        #expect(note.hasPrefix("/dx/assets/style.css /dx/ https://example.org/dx/notes/strategy-office/\n"))
        #expect(note.contains("<a href=\"/dx/strategy/\">戦略</a>"))
        #expect(note.contains("<a href=\"/dx/notes/why-dx/\">理由</a>"))
        #expect(note.contains("/dx/tags/%E7%B5%84%E7%B9%94/ /dx/tags/dx%E6%88%A6%E7%95%A5/ /dx/notes/why-dx/"))
        #expect(!note.contains("\"/notes/"), "no link escapes the base path")
        #expect(try #require(f.file("404.html")).contains("/dx/ /dx/notes/ /dx/data/"))
        #expect(
            try #require(f.file("robots.txt"))
                == "User-agent: *\nAllow: /\nSitemap: https://example.org/dx/sitemap.xml\n")
        expectGolden(try #require(f.file("sitemap.xml")), "sitemap-basepath.xml")
    }

    @Test func feedAndSitemapGolden() throws {
        let f = Fixture(notesSite)
        f.build()
        expectGolden(try #require(f.file("feed.xml")), "feed.xml")
        expectGolden(try #require(f.file("sitemap.xml")), "sitemap.xml")
    }

    @Test func twoBuildsAreByteIdentical() {
        let a = Fixture(notesSite), b = Fixture(notesSite)
        a.build(); b.build()
        let sa = a.snapshot(), sb = b.snapshot()
        #expect(sa.count > 10)
        #expect(sa.keys.sorted() == sb.keys.sorted())
        for (k, v) in sa { #expect(sb[k] == v, "\(k) differs between builds") }
    }

    @Test func brokenNoteLeavesOutputUntouched() throws {
        let f = Fixture(notesSite)
        #expect(f.build().wrote)
        let before = f.snapshot()
        f.write("-- content/notes/2020-07-01-strategy-office.md --\n---\ntitle: [壊れた\n---\n本文\n")
        let report = f.build()
        #expect(!report.wrote)
        #expect(
            f.diagnostics(report) == """
                content/notes/2020-07-01-strategy-office.md:2:8: error: a list that starts with '[' is not closed with ']'
                   2 | title: [壊れた
                     |        ^
                  hint: if the text itself starts with '[', put the whole text in quotes

                """)
        #expect(f.snapshot() == before)
    }
}
