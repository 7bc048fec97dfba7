import Foundation
import Testing
import MierukaTestSupport

/// Inputs far larger than a town writes still build, in bounded memory.
@Suite struct LargeInputTests {
    @Test func millionRowCSVBuilds() throws {
        let f = Fixture(
            """
            -- content/datasets/big.yaml --
            title: 百万行
            description: 大きなデータ
            frequency: irregular
            fields:
              - name: day
                type: integer
              - name: value
                type: integer
            csv: big.csv
            charts:
              - id: trend
                type: line
                x: day
                y: value
            """)
        var csv = "day,value\n"
        csv.reserveCapacity(11_000_000)
        for i in 0..<1_000_000 { csv += "\(i),\(i % 977)\n" }
        f.writeBytes("content/datasets/big.csv", Array(csv.utf8))
        let r = try runMieruka([
            "build", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default", "--output",
            f.root + "/output",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 1_500_000, "peak memory \(usage.ru_maxrss) KB")
        let out = try #require(FileManager.default.contents(atPath: f.root + "/output/data/big.csv"))
        #expect(out.filter { $0 == 0x0A }.count == 1_000_001)
        let svg = try #require(
            FileManager.default.attributesOfItem(atPath: f.root + "/output/charts/big-trend.svg")[.size] as? Int)
        #expect(svg < 100_000, "the chart is downsampled")
        let page = try #require(f.file("data/big/index.html"))
        #expect(page.contains("はじめの500行を表示しています。"))
    }

    /// Counts that multiply are limited: a note with the most tags allowed,
    /// each as long as allowed, makes a site of bounded size (each tag page
    /// lists the note with all its tags, so size grows with tags squared).
    @Test func mostTagsAllowedMakeABoundedSite() throws {
        let tag = String(repeating: "町", count: 32)
        let tags = (0..<30).map { "\(tag)\($0)" }.joined(separator: ", ")
        let f = Fixture("-- content/notes/2020-07-01-many.md --\n---\ntitle: たくさんのタグ\ntags: [\(tags)]\n---\n本文。\n")
        let report = f.build()
        #expect(report.wrote, "\(f.diagnostics(report))")
        var total = 0
        for path in f.outputFiles() {
            total += (try FileManager.default.attributesOfItem(atPath: f.root + "/output/" + path)[.size] as? Int) ?? 0
        }
        #expect(f.outputFiles().filter { $0.hasPrefix("tags/") }.count == 31)
        #expect(total < 3_000_000, "the site is \(total) bytes")
    }
}
