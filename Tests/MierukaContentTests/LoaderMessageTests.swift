import Foundation
import Testing
import MierukaCore
@testable import MierukaContent

/// A content folder in a temporary directory, loaded for its diagnostics.
private func load(_ files: [String: String]) -> [Diagnostic] {
    let root = NSTemporaryDirectory() + "mieruka-content-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }
    var all = files
    if all["site.yaml"] == nil {
        all["site.yaml"] =
            "name: 磐梯町\nmunicipality:\n  name: 磐梯町\n  prefecture: 福島県\n  code: \"074071\"\nbase_url: https://example.org/\nmachine_readability: false\n"
    }
    for (path, text) in all {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
    }
    return ContentLoader.load(contentDirectory: root).diagnostics.sorted.map {
        var d = $0
        d.location.file = String(d.location.file.dropFirst(root.count + 1))
        return d
    }
}

private let population = """
    title: 人口
    description: 例示値
    fields:
      - name: year
        type: year
      - name: population
        type: integer
    rows:
      - [2019, 3500]
      - [2020, 3400]
    charts:
      - id: trend
        type: line
        x: year
        y: population

    """

@Suite struct LoaderMessageTests {
    @Test func lostLeadingZeroOfTheLocalGovernmentCode() {
        let d = load(["site.yaml": "name: 磐梯町\nmunicipality:\n  name: 磐梯町\n  prefecture: 福島県\n  code: 74071\n"])
        #expect(
            d.map(\.description) == [
                "site.yaml:5:9: error: the local government code must be 6 digits (5 digits and a check digit), but found '74071'"
            ])
        #expect(d.first?.hint == "the leading 0 is part of the code: write it in quotes, code: \"074071\"")
    }

    @Test func wrongCheckDigit() {
        let d = load(["site.yaml": "name: 磐梯町\nmunicipality:\n  name: 磐梯町\n  prefecture: 福島県\n  code: \"074079\"\n"])
        #expect(
            d.map(\.message) == [
                "the local government code '074079' has a wrong check digit: for 07407 the last digit should be 1"
            ])
    }

    @Test func chartProblemsAreShownOnTheirOwnLines() {
        let text = population + "    styles:\n      projection:\n        dashed: true\n    horizontal: true\n"
        let d = load(["datasets/population.yaml": text])
        #expect(d.map(\.location.line) == [17, 19])
        #expect(
            d.map(\.message) == [
                "chart 'trend' gives a style for series 'projection', but it has no series field; without one, the only series is 'population'",
                "chart 'trend' sets 'horizontal', which only bar and stacked-bar charts use",
            ])
    }

    @Test func chartReferencePointsAtTheChartLine() {
        let note = "---\ntitle: t\n---\n```chart\ndataset: population\nchart: bars\n```\n"
        let d = load(["datasets/population.yaml": population, "notes/2020-07-01-x.md": note])
        #expect(
            d.map(\.description) == ["notes/2020-07-01-x.md:6:8: error: the dataset 'population' has no chart 'bars'"])
    }

    @Test func oneMissingFieldDoesNotMakeEveryRowWrong() {
        let d = load([
            "datasets/population.yaml": population.replacingOccurrences(of: "type: integer", with: "type: int")
        ])
        #expect(
            d.map(\.message) == ["'type' must be one of integer, number, string, date, year, boolean, but found 'int'"])
        #expect(d.first?.hint == "instead of 'int', write 'type: integer'")
    }

    @Test func duplicateSlugPointsAtTheSlugLine() {
        let d = load([
            "notes/2020-07-01-office.md": "---\ntitle: a\n---\n",
            "notes/2020-07-02-opening.md": "---\ntitle: b\nslug: office\n---\n",
        ])
        #expect(d.map(\.location.line) == [3])
        #expect(d.first?.location.file == "notes/2020-07-02-opening.md")
    }
}
