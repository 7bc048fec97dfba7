import Foundation
import Testing
import MierukaTestSupport

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
        let f = Fixture(
            strategySite + """

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
        #expect(
            ids.count > 4 && Set(ids).count == ids.count,
            "repeated ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        #expect(page.contains("aria-labelledby=\"chart-initiatives-progress-title chart-initiatives-progress-desc\""))
        #expect(
            page.contains("aria-labelledby=\"chart-initiatives-progress_2-title chart-initiatives-progress_2-desc\""))
        #expect(page.contains("<title id=\"chart-initiatives-progress_2-title\">"))

        f.write(
            """
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
        #expect(
            f.diagnostics(f.check()) == """
                content/initiatives/kpi.yaml:7:12: error: there is no dataset 'populaton'
                   7 |   dataset: populaton
                     |            ^
                  hint: a dataset's id is its file name in content/datasets/ without .yaml

                """)
    }
}
