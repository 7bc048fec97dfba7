import Foundation
import Testing

/// A strategy, two initiatives, a timeline, agreements and one note.
let strategySite = """
-- content/strategy.yaml --
title: 磐梯町デジタル変革戦略
periods:
  - name: 第1期
    start: 2020-06-01
    end: 2021-03-31
definition:
  term: DX
  text: デジタル技術「も」使って、住民本位の行政を実現するプロセス。
mission: 誰もが自分らしく生きられる共生社会
vision: 子や孫が暮らし続けたいまち
reasons:
  - title: まちの将来を救う
    body: 人口が減っても暮らしを守るため。
principles:
  - id: ooda
    title: OODAループ
    body: 観察し、判断し、すばやく動く。
guidelines:
  items:
    - title: 住民から考える
      body: 手段より目的。
-- content/initiatives/seal-abolition.yaml --
title: 印鑑の原則全廃
summary: 押印を原則なくします。
status: in-progress
progress: 70
owner: 総務課
partners: [コニカミノルタ株式会社]
start: 2020-07-01
priority: true
order: 1
illustrative: true
history:
  - date: 2020-07-01
    status: planned
    note: 見直しを開始
  - date: 2020-10-01
    status: in-progress
related:
  tags: [印鑑]
-- content/initiatives/online-councils.yaml --
title: オンライン審議会
status: done
progress: 100
order: 2
history:
  - date: 2020-09-01
    status: done
-- content/timeline.yaml --
milestones:
  - date: 2020-07
    title: デジタル変革戦略室を設置
    category: 体制
    links:
      - note: seal
      - initiative: seal-abolition
  - date: 2019-06
    title: 町長が初当選
-- content/agreements.yaml --
agreements:
  - id: konica-minolta
    date: 2020-04
    partner: コニカミノルタ株式会社
    theme: 行政事務効率化に関する包括連携協定
-- content/notes/2020-10-15-seal.md --
---
title: 印鑑をなくします
tags: [印鑑]
---
本文。
"""

@Suite struct StrategySiteTests {
    @Test func strategyPages() throws {
        let f = Fixture(strategySite)
        let report = f.build()
        #expect(f.diagnostics(report) == "")
        let strategy = try #require(f.file("strategy/index.html"))
        #expect(strategy.contains("<h1>磐梯町デジタル変革戦略</h1>"))
        #expect(strategy.contains("第1期（<time datetime=\"2020-06-01\">2020年6月1日</time>〜<time datetime=\"2021-03-31\">2021年3月31日</time>）"))
        #expect(strategy.contains("<h2 id=\"definition\">DXの定義</h2>"))
        #expect(strategy.contains("<section class=\"principle\" id=\"ooda\">"))

        let list = try #require(f.file("initiatives/index.html"))
        #expect(list.contains("<h2 id=\"status-in-progress\">進行中<span class=\"count\">（1件）</span></h2>"))
        #expect(list.contains("<h2 id=\"status-done\">完了<span class=\"count\">（1件）</span></h2>"))
        #expect(list.contains("<span class=\"visually-hidden\">状況：</span>進行中</span>"), "status as text, not colour alone")
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
        #expect(timeline.range(of: "<h2 id=\"y2019\">2019年</h2>")!.lowerBound < timeline.range(of: "<h2 id=\"y2020\">2020年</h2>")!.lowerBound)
        #expect(timeline.contains("<a href=\"/notes/seal/\">お知らせ「印鑑をなくします」</a>"))

        let agreements = try #require(f.file("agreements/index.html"))
        #expect(agreements.contains("<li id=\"konica-minolta\">"))
        #expect(agreements.contains("<time datetime=\"2020-04\">2020年4月</time>"))

        let home = try #require(f.file("index.html"))
        #expect(home.contains("<p class=\"mission\">誰もが自分らしく生きられる共生社会</p>"))
        #expect(home.contains("<span class=\"badge status status-in-progress\">進行中</span> 1件"))
        #expect(home.contains("<time datetime=\"2020-07\">2020年7月</time> <span class=\"milestone-title\">デジタル変革戦略室を設置</span>"))
    }

    @Test func strategyAsOpenData() throws {
        let f = Fixture(strategySite)
        f.build()
        for name in ["initiatives", "initiative-status-history", "timeline", "agreements"] {
            expectGolden(try #require(f.file("data/\(name).csv")), "\(name).csv")
            #expect(f.exists("data/\(name).json"))
            #expect(f.exists("data/\(name)/index.html"))
        }
        let package = try #require(f.file("data/datapackage.json"))
        #expect(package.contains("\"path\": \"initiative-status-history.csv\""))
    }
}

@Suite struct StrategyChartTests {
    @Test func initiativeBodiesAndTheBuiltInProgressChart() throws {
        let f = Fixture(strategySite + """

        -- content/initiatives/kpi.yaml --
        title: 指標のある取り組み
        status: planned
        progress: 10
        body: |
          進み具合です。

          ```chart
          dataset: initiatives
          chart: progress
          ```
        kpis:
          - dataset: initiatives
            chart: progress
        """)
        let report = f.build()
        #expect(f.diagnostics(report) == "")
        let page = try #require(f.file("initiatives/kpi/index.html"))
        #expect(page.components(separatedBy: "<figure class=\"chart").count - 1 == 2)
        #expect(f.exists("charts/initiatives-progress.svg"))
        // The same chart twice on one page: the second gets its own ids.
        let ids = try page.matches(of: Regex(#"\sid="([^"]+)""#)).map { String($0.output[1].substring ?? "") }
        #expect(ids.count > 4 && Set(ids).count == ids.count, "repeated ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        #expect(page.contains("aria-labelledby=\"chart-initiatives-progress-title chart-initiatives-progress-desc\""))
        #expect(page.contains("aria-labelledby=\"chart-initiatives-progress_2-title chart-initiatives-progress_2-desc\""))
        #expect(page.contains("<title id=\"chart-initiatives-progress_2-title\">"))

        f.write("""
        -- content/initiatives/kpi.yaml --
        title: 指標のある取り組み
        status: planned
        body: |
          本文。

          ```chart
          dataset: populaton
          chart: trend
          ```
        """)
        #expect(f.diagnostics(f.check()) == """
        content/initiatives/kpi.yaml:7:12: error: there is no dataset 'populaton'
           7 |   dataset: populaton
             |            ^
          hint: a dataset's id is its file name in content/datasets/ without .yaml

        """)
    }
}

@Suite struct InitiativeRelatedNotesTests {
    /// A tag can have thousands of notes: the page lists the latest ten and
    /// points to the tag's own page for the rest.
    @Test func longListsShowTheLatestTenAndLinkToTheTagPage() throws {
        var notes = ""
        for day in 1...12 {
            notes += "-- content/notes/2021-04-\(String(format: "%02d", day))-n\(day).md --\n---\ntitle: お知らせ\(day)\ntags: [組織]\n---\n本文。\n"
        }
        let f = Fixture(notes + """
        -- content/initiatives/office.yaml --
        title: 推進体制の整備
        status: in-progress
        related:
          tags: [組織]
        """)
        let report = f.build()
        #expect(!report.diagnostics.hasErrors, "\(f.diagnostics(report))")
        let page = try #require(f.file("initiatives/office/index.html"))
        #expect(page.components(separatedBy: "<li class=\"note-item\">").count - 1 == 10)
        #expect(page.contains("お知らせ12</a>") && page.contains("お知らせ3</a>") && !page.contains("お知らせ2</a>"))
        #expect(page.contains("<p>関係するお知らせは12件あります。新しい10件を載せています。</p>"))
        #expect(page.contains("<li><a href=\"/tags/%E7%B5%84%E7%B9%94/\">タグ「組織」のお知らせ（12件）</a></li>"))

        // Ten or fewer: all of them, and no pointer.
        try FileManager.default.removeItem(atPath: f.root + "/content/notes/2021-04-12-n12.md")
        try FileManager.default.removeItem(atPath: f.root + "/content/notes/2021-04-11-n11.md")
        #expect(f.build().wrote)
        let short = try #require(f.file("initiatives/office/index.html"))
        #expect(short.components(separatedBy: "<li class=\"note-item\">").count - 1 == 10)
        #expect(!short.contains("件あります"))
    }
}
