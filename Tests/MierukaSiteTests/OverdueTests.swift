import Foundation
import Testing
import MierukaCore
import MierukaBuild
import MierukaTestSupport

/// The overdue warning and the "last updated" date that pages and the
/// open-data files show come from one definition, in the site's time zone.
@Suite struct OverdueTests {
    /// "Today" for the overdue warning is the build's instant in the site's
    /// zone: at 2021-03-31 16:30 UTC a monthly dataset last updated on
    /// 2021-02-14 is 46 days old in Japan (overdue) but 45 in UTC (not yet).
    @Test func overdueWarningUsesTheSitesTimeZone() throws {
        let dataset = """
            -- content/datasets/d.yaml --
            title: 月次のデータ
            description: 説明
            frequency: monthly
            updated: 2021-02-14
            fields:
              - {name: v, type: integer}
            rows:
              - [1]
            """
        for (zone, warned) in [("Asia/Tokyo", true), ("UTC", false)] {
            let f = Fixture(Fixture.siteYAML + "time_zone: \(zone)\n" + dataset, withSite: false)
            var o = f.options
            o.today = nil
            o.now = 1_617_208_200
            let report = Mieruka.check(o)
            #expect(
                f.diagnostics(report).contains("is updated monthly, but its data was last updated on 2021-02-14")
                    == warned, "\(zone)")
        }
    }

    /// A dataset with a date field and a year field: "last updated" is the
    /// newest date (dates win over years), on the page and in the warning
    /// alike. The warning used to take the newest of both mixed (2022-12-31)
    /// and stay silent while the page said 2020-01-10.
    @Test func warningAndPageAgreeOnLastUpdated() throws {
        let f = Fixture(
            """
            -- content/datasets/d.yaml --
            title: 年と日付のあるデータ
            description: 説明
            frequency: yearly
            fields:
              - {name: fiscal_year, type: year}
              - {name: day, type: date}
              - {name: v, type: integer}
            rows:
              - [2022, 2020-01-10, 1]
            """)
        let report = f.build()
        #expect(
            f.diagnostics(report).contains(
                "the dataset 'd' is updated yearly, but its data was last updated on 2020-01-10, 447 days ago"),
            "\(f.diagnostics(report))")
        #expect(try #require(f.file("data/d/index.html")).contains("<time datetime=\"2020-01-10\">"))
    }
}
