import Foundation
import Testing

/// Inputs far larger than a town writes still build, in bounded memory.
@Suite struct LargeInputTests {
    @Test func millionRowCSVBuilds() throws {
        let f = Fixture("""
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
        let r = try runMieruka(["build", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default", "--output", f.root + "/output"])
        #expect(r.status == 0, "\(r.stderr)")
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 1_500_000, "peak memory \(usage.ru_maxrss) KB")
        let out = try #require(FileManager.default.contents(atPath: f.root + "/output/data/big.csv"))
        #expect(out.filter { $0 == 0x0A }.count == 1_000_001)
        let svg = try #require(FileManager.default.attributesOfItem(atPath: f.root + "/output/charts/big-trend.svg")[.size] as? Int)
        #expect(svg < 100_000, "the chart is downsampled")
        let page = try #require(f.file("data/big/index.html"))
        #expect(page.contains("はじめの500行を表示しています。"))
    }
}
