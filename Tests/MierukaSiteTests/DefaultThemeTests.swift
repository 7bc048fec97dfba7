import Foundation
import Testing
import MierukaCore
import MierukaBuild
import MierukaTestSupport

/// The default theme's own tests: whole pages of the sample site (`content/`)
/// as the default theme renders them, compared byte for byte with
/// `Golden/default-theme/`. A change to the default theme's templates or
/// strings shows here; engine tests render with small per-test themes
/// (`TinyTheme`) so that redesigning the default theme does not break them.
@Suite struct DefaultThemeTests {
    /// One page of each template, and pages that show the optional parts
    /// (history, partners, a KPI chart, related notes, newer and older links).
    static let pages: [(path: String, golden: String)] = [
        ("index.html", "home.html"),
        ("notes/index.html", "notes.html"),
        ("notes/council-dx/index.html", "note.html"),
        ("tags/index.html", "tags.html"),
        ("tags/印鑑/index.html", "tag.html"),
        ("about/index.html", "page.html"),
        ("strategy/index.html", "strategy.html"),
        ("initiatives/index.html", "initiatives.html"),
        ("initiatives/seal-abolition/index.html", "initiative.html"),
        ("timeline/index.html", "timeline.html"),
        ("agreements/index.html", "agreements.html"),
        ("data/index.html", "data.html"),
        ("data/seal-procedures/index.html", "dataset.html"),
        ("data/initiatives/index.html", "dataset-strategy.html"),
        ("404.html", "404.html"),
    ]

    /// The sample site as it was before it had languages (a copy in
    /// Tests/SiteFixtures/one-language): a site with one language must build
    /// byte for byte as before, and these goldens are that site's pages.
    static let oneLanguageSample = repoRoot + "/Tests/SiteFixtures/one-language/content"

    /// The sample site in its three languages (`content/`).
    static let sample = repoRoot + "/content"

    /// A sample site built with the default theme into a fresh folder.
    static func buildSample(
        drafts: Bool = false, baseURL: String? = nil, content: String = oneLanguageSample
    ) -> (Fixture, BuildReport) {
        let f = Fixture("", withSite: false)
        var o = f.options
        o.content = content
        o.drafts = drafts
        o.baseURL = baseURL
        return (f, Mieruka.build(o))
    }

    @Test func sampleSitePagesAreUnchanged() throws {
        let (f, report) = Self.buildSample()
        #expect(report.wrote, "\(f.diagnostics(report))")
        for page in Self.pages {
            expectGolden(try #require(f.file(page.path), "\(page.path)"), "default-theme/" + page.golden)
        }
    }

    /// The sample site's pages in English and in easy Japanese, and the
    /// Japanese ones with the switcher and alternates.
    static let languagePages: [(path: String, golden: String)] = [
        ("index.html", "multilingual/home.html"),
        ("en/index.html", "multilingual/en-home.html"),
        ("easy/index.html", "multilingual/easy-home.html"),
        ("en/notes/why-dx/index.html", "multilingual/en-note.html"),
        ("easy/notes/why-dx/index.html", "multilingual/easy-note.html"),
        ("en/notes/council-dx/index.html", "multilingual/en-note-untranslated.html"),
        ("en/strategy/index.html", "multilingual/en-strategy.html"),
        ("easy/initiatives/seal-abolition/index.html", "multilingual/easy-initiative.html"),
        ("en/about/index.html", "multilingual/en-page.html"),
        ("404.html", "multilingual/404.html"),
        ("en/feed.xml", "multilingual/en-feed.xml"),
        ("sitemap.xml", "multilingual/sitemap.xml"),
    ]

    @Test func sampleSiteInThreeLanguages() throws {
        let (f, report) = Self.buildSample(content: Self.sample)
        #expect(report.wrote, "\(f.diagnostics(report))")
        for page in Self.languagePages {
            expectGolden(try #require(f.file(page.path), "\(page.path)"), "default-theme/" + page.golden)
        }
    }

    /// A draft note under a base path: the draft banner, and every link with the base path.
    @Test func draftUnderABasePathIsUnchanged() throws {
        let (f, report) = Self.buildSample(drafts: true, baseURL: "https://example.org/dx/")
        #expect(report.wrote, "\(f.diagnostics(report))")
        expectGolden(
            try #require(f.file("notes/council-dx-details/index.html")), "default-theme/note-draft-basepath.html")
    }

    /// The default theme's markup for notes, tags and pages (was part of NotesSiteTests).
    @Test func notesSiteMarkup() throws {
        let f = Fixture(notesSite)
        #expect(f.diagnostics(f.build()) == "")
        let note = try #require(f.file("notes/strategy-office/index.html"))
        #expect(note.contains("<h1>デジタル変革戦略室を設置しました</h1>"))
        #expect(note.contains("<time datetime=\"2020-07-01\">2020年7月1日</time>"))
        #expect(note.contains("<h2 id=\"体制\">体制</h2>"))
        #expect(note.contains("<a href=\"/tags/%E7%B5%84%E7%B9%94/\"><span class=\"visually-hidden\">タグ：</span>組織</a>"))
        #expect(note.contains("<a href=\"/strategy/\">戦略</a>"))
        #expect(note.contains("<html lang=\"ja\">"))
        #expect(note.contains("<a class=\"skip-link\" href=\"#main\">本文へ移動</a>"))
        #expect(note.components(separatedBy: "<h1").count == 2, "exactly one h1")
        // Previous/next: the newer note links back.
        #expect(
            note.contains("<a href=\"/notes/why-dx/\" rel=\"next\"><span class=\"label\">次のお知らせ</span>なぜDXに取り組むのか</a>"))
        let newer = try #require(f.file("notes/why-dx/index.html"))
        #expect(newer.contains("（<time datetime=\"2020-08-01\">2020年8月1日</time>更新）"))
        #expect(newer.contains("rel=\"prev\""))
        // Tag page lists both notes tagged 組織.
        let tag = try #require(f.file("tags/組織/index.html"))
        #expect(tag.contains("タグ「組織」が付いたお知らせが2件あります。"))
        // Summary from the first paragraph when none is written.
        let list = try #require(f.file("notes/index.html"))
        #expect(list.contains("<p>町は7月1日にデジタル変革戦略室を設けました。</p>"))
        #expect(list.contains("<p>人口が減るまちで、DXに取り組む理由。</p>"))
        #expect(
            list.range(of: "なぜDXに取り組むのか")!.lowerBound < list.range(of: "デジタル変革戦略室を設置しました")!.lowerBound, "newest first")
    }

    @Test func draftBanner() throws {
        let f = Fixture(notesSite)
        f.build(drafts: true)
        let draft = try #require(f.file("notes/upcoming/index.html"))
        #expect(draft.contains("これは下書きです。公開サイトには表示されません。"))
    }

    /// The default theme's markup for the strategy pages (was StrategySiteTests.strategyPages).
    @Test func strategyPages() throws {
        let f = Fixture(strategySite)
        let report = f.build()
        #expect(f.diagnostics(report) == "")
        let strategy = try #require(f.file("strategy/index.html"))
        #expect(strategy.contains("<h1>磐梯町デジタル変革戦略</h1>"))
        #expect(
            strategy.contains(
                "第1期（<time datetime=\"2020-06-01\">2020年6月1日</time>〜<time datetime=\"2021-03-31\">2021年3月31日</time>）"))
        #expect(strategy.contains("<h2 id=\"definition\">DXの定義</h2>"))
        #expect(strategy.contains("<section class=\"principle\" id=\"ooda\">"))

        let list = try #require(f.file("initiatives/index.html"))
        #expect(list.contains("<h2 id=\"status-in-progress\">進行中<span class=\"count\">（1件）</span></h2>"))
        #expect(list.contains("<h2 id=\"status-done\">完了<span class=\"count\">（1件）</span></h2>"))
        #expect(
            list.contains("<span class=\"visually-hidden\">状況：</span>進行中</span>"), "status as text, not colour alone")
        #expect(list.contains("role=\"img\" aria-label=\"進捗 70%\""))

        let page = try #require(f.file("initiatives/seal-abolition/index.html"))
        #expect(page.contains("<a href=\"/agreements/#konica-minolta\">コニカミノルタ株式会社</a>"))
        #expect(page.contains("<time datetime=\"2020-10-01\">2020年10月1日</time>"))
        #expect(page.range(of: "2020-10-01")!.lowerBound < page.range(of: "見直しを開始")!.lowerBound, "history newest first")
        #expect(page.contains("<a href=\"/notes/seal/\">印鑑をなくします</a>"), "related note by tag")
        #expect(page.contains("この履歴は説明用の例示です。"))

        let note = try #require(f.file("notes/seal/index.html"))
        #expect(note.contains("このお知らせに関係する取り組み"))
        #expect(note.contains("<a href=\"/initiatives/seal-abolition/\">印鑑の原則全廃</a>"))

        let timeline = try #require(f.file("timeline/index.html"))
        #expect(
            timeline.range(of: "<h2 id=\"y2019\">2019年</h2>")!.lowerBound
                < timeline.range(of: "<h2 id=\"y2020\">2020年</h2>")!.lowerBound)
        #expect(timeline.contains("<a href=\"/notes/seal/\">お知らせ「印鑑をなくします」</a>"))

        let agreements = try #require(f.file("agreements/index.html"))
        #expect(agreements.contains("<li id=\"konica-minolta\">"))
        #expect(agreements.contains("<time datetime=\"2020-04\">2020年4月</time>"))

        let home = try #require(f.file("index.html"))
        #expect(home.contains("<p class=\"mission\">誰もが自分らしく生きられる共生社会</p>"))
        #expect(home.contains("<span class=\"badge status status-in-progress\">進行中</span> 1件"))
        #expect(
            home.contains(
                "<time datetime=\"2020-07\">2020年7月</time> <span class=\"milestone-title\">デジタル変革戦略室を設置</span>"))
    }
}
