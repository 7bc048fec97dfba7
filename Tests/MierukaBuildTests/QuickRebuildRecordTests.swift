import Foundation
import Testing
import MierukaCore
import MierukaBuild
import MierukaTestSupport

/// The one-note rebuild decides from the renderer's records which files show
/// a note's text; it knows nothing of the feed itself. Broken records must
/// therefore make it write a stale site: this is what keeps the records honest.
@Suite(.serialized) struct QuickRebuildRecordTests {
    func note(_ day: Int) -> String { String(format: "content/notes/2021-05-%02d-n\(day).md", day) }

    func edit(_ f: Fixture, _ day: Int) {
        f.write("-- \(note(day)) --\n---\ntitle: お知らせ\(day)\ntags: [組織]\n---\n最初の段落\(day)です。\n\n新しい本文。\n")
    }

    /// The cache line of a note, as fields.
    func cacheLines(_ f: Fixture) throws -> [String] {
        let text = try String(contentsOfFile: f.root + "/.output.mieruka-cache", encoding: .utf8)
        return text.components(separatedBy: "\n")
    }

    @Test func aNoteInTheFeedIsRebuiltInFull() throws {
        let f = Fixture(QuickRebuildTests.site)
        #expect(f.build().wrote)
        let line = try #require(try cacheLines(f).first { $0.hasPrefix(f.root + "/" + note(22) + "\t") })
        let fields = line.components(separatedBy: "\t")
        #expect(fields.count == 13)
        // Its page and the feed show its text.
        #expect(fields[11] == "feed.xml\u{1F}notes/n22/index.html")
        edit(f, 22)
        #expect(f.build().rebuiltOnly == nil)
        #expect(f.snapshot() == f.freshBuild(1))
    }

    @Test func withTheFeedLeftOutOfItsRecordTheFeedGoesStale() throws {
        let f = Fixture(QuickRebuildTests.site)
        #expect(f.build().wrote)
        var lines = try cacheLines(f)
        let i = try #require(lines.firstIndex { $0.hasPrefix(f.root + "/" + note(22) + "\t") })
        var fields = lines[i].components(separatedBy: "\t")
        fields[11] = "notes/n22/index.html"
        lines[i] = fields.joined(separator: "\t")
        try lines.joined(separator: "\n").write(
            toFile: f.root + "/.output.mieruka-cache", atomically: true, encoding: .utf8)
        edit(f, 22)
        #expect(f.build().rebuiltOnly == "notes/n22/index.html")
        let fresh = f.freshBuild(2)
        #expect(f.snapshot()["notes/n22/index.html"] == fresh["notes/n22/index.html"])
        #expect(f.snapshot()["feed.xml"] != fresh["feed.xml"])
    }
}
