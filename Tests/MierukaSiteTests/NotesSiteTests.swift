import Foundation
import Testing
import MierukaBuild

/// Three notes, one draft, one page, one static file: most page kinds of the foundation.
let notesSite = """
-- content/notes/2020-07-01-strategy-office.md --
---
title: デジタル変革戦略室を設置しました
tags: [組織, DX戦略]
author: DX戦略室
---
町は7月1日に**デジタル変革戦略室**を設けました。

## 体制

- 専任の職員
- 各課の兼務職員

[戦略](/strategy/)と[理由](/notes/why-dx/)もご覧ください。
-- content/notes/2020-07-20-why-dx.md --
---
title: なぜDXに取り組むのか
summary: 人口が減るまちで、DXに取り組む理由。
tags: 組織
updated: 2020-08-01
---
本文。
-- content/notes/2020-09-01-upcoming.md --
---
title: 準備中の記事
draft: true
---
まだ公開しません。
-- content/pages/about.md --
---
title: このサイトについて
---
サンプルです。
-- content/static/files/plan.pdf --
%PDF-1.4 test
"""

@Suite struct NotesSiteTests {
    @Test func buildsEveryPageKind() throws {
        let f = Fixture(notesSite)
        let report = f.build()
        #expect(f.diagnostics(report) == "")
        #expect(report.wrote)
        #expect(f.outputFiles().contains("index.html"))
        for path in ["notes/index.html", "notes/strategy-office/index.html", "notes/why-dx/index.html", "tags/index.html",
                     "tags/組織/index.html", "tags/dx戦略/index.html", "about/index.html", "files/plan.pdf", "feed.xml",
                     "sitemap.xml", "robots.txt", "404.html", "assets/style.css", ".mieruka-output"] {
            #expect(f.exists(path), "missing \(path)")
        }
        // Drafts are left out unless asked for.
        #expect(!f.exists("notes/upcoming/index.html"))
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
        #expect(note.contains("<a href=\"/notes/why-dx/\" rel=\"next\"><span class=\"label\">次のお知らせ</span>なぜDXに取り組むのか</a>"))
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
        #expect(list.range(of: "なぜDXに取り組むのか")!.lowerBound < list.range(of: "デジタル変革戦略室を設置しました")!.lowerBound, "newest first")
    }

    @Test func draftsWhenAskedFor() throws {
        let f = Fixture(notesSite)
        f.build(drafts: true)
        let draft = try #require(f.file("notes/upcoming/index.html"))
        #expect(draft.contains("これは下書きです。公開サイトには表示されません。"))
    }

    @Test func linksWorkUnderABasePath() throws {
        let f = Fixture(notesSite)
        f.build(baseURL: "https://example.org/dx/")
        let note = try #require(f.file("notes/strategy-office/index.html"))
        #expect(note.contains("href=\"/dx/assets/style.css\""))
        #expect(note.contains("<a href=\"/dx/strategy/\">戦略</a>"))
        #expect(note.contains("<a href=\"/dx/notes/why-dx/\">理由</a>"))
        #expect(note.contains("<link rel=\"canonical\" href=\"https://example.org/dx/notes/strategy-office/\">"))
        #expect(!note.contains("href=\"/notes/"), "no link escapes the base path")
        let notFound = try #require(f.file("404.html"))
        #expect(notFound.contains("href=\"/dx/\""))
        #expect(try #require(f.file("robots.txt")) == "User-agent: *\nAllow: /\nSitemap: https://example.org/dx/sitemap.xml\n")
        expectGolden(try #require(f.file("sitemap.xml")), "sitemap-basepath.xml")
    }

    @Test func feedAndSitemapGolden() throws {
        let f = Fixture(notesSite)
        f.build()
        expectGolden(try #require(f.file("feed.xml")), "feed.xml")
        expectGolden(try #require(f.file("sitemap.xml")), "sitemap.xml")
    }

    @Test func paginatesNotesNewestFirst() throws {
        var notes = ""
        for day in 1...23 {
            let d = day < 10 ? "0\(day)" : "\(day)"
            notes += "-- content/notes/2020-05-\(d)-note-\(d).md --\n---\ntitle: お知らせ\(day)\n---\n本文\(day)。\n"
        }
        let f = Fixture(notes)
        f.build()
        let first = try #require(f.file("notes/index.html"))
        #expect(first.contains("1 / 3 ページ"))
        #expect(first.contains("<a href=\"/notes/page/2/\" rel=\"next\">過去のお知らせへ</a>"))
        #expect(first.contains("お知らせ23") && !first.contains("お知らせ13<"))
        let third = try #require(f.file("notes/page/3/index.html"))
        #expect(third.contains("お知らせ1<") && third.contains("お知らせ3<"))
        #expect(third.contains("<a href=\"/notes/page/2/\" rel=\"prev\">新しいお知らせへ</a>"))
        #expect(!f.exists("notes/page/4/index.html"))
        // The feed holds the latest 20 only.
        #expect(try #require(f.file("feed.xml")).components(separatedBy: "<entry>").count - 1 == 20)
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
        #expect(f.diagnostics(report) == """
        content/notes/2020-07-01-strategy-office.md:2:8: error: a list that starts with '[' is not closed with ']'
           2 | title: [壊れた
             |        ^
          hint: if the text itself starts with '[', put the whole text in quotes

        """)
        #expect(f.snapshot() == before)
    }
}
