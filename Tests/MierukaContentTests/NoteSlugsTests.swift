import Foundation
import Testing
import MierukaCore
@testable import MierukaContent

/// `ContentLoader.noteSlugs`: each note's slug by the build's own rule.
@Suite struct NoteSlugsTests {
    /// Writes `files` under a fresh temporary content folder and reads the slugs.
    func slugs(_ files: [String: String]) -> [String: String] {
        let root = NSTemporaryDirectory() + "mieruka-slugs-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (path, text) in files {
            let full = root + "/" + path
            try! FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
        }
        return ContentLoader.noteSlugs(contentDirectory: root)
    }

    @Test func fileNamesGiveTheSlugAfterTheDate() {
        #expect(
            slugs([
                "notes/2020-07-01-why-dx.md": "---\ntitle: a\n---\n",
                "notes/welcome.md": "---\ntitle: b\ndate: 2020-01-01\n---\n",
                "notes/2020-07-01-draft.md": "---\ntitle: c\ndraft: true\n---\n",
                "notes/2021-02-30-no-such-day.md": "---\ntitle: d\nslug: d\n---\n",
                "notes/2020-07-01-.md": "---\ntitle: e\n---\n",
                "notes/.hidden.md": "---\ntitle: f\n---\n",
                "notes/readme.txt": "x",
            ]) == ["2020-07-01-why-dx.md": "why-dx", "welcome.md": "welcome", "2020-07-01-draft.md": "draft"])
    }

    @Test func slugInFrontMatterIsReadAsYAML() {
        let longSummary = (1...70).map { "  \($0)行目" }.joined(separator: "\n")
        #expect(
            slugs([
                "notes/2020-07-01-a.md": "---\ntitle: a\nslug: \"quoted\"   # a comment\n---\n",
                "notes/2020-07-01-b.md": "---\ntitle: b\nslug: 'single'\n---\n",
                "notes/2020-07-01-c.md": "---\ntitle: c\nslug:\n  next-line\n---\n",
                "notes/2020-07-01-d.md": "---\ntitle: d\nsummary: |\n\(longSummary)\nslug: after-summary\n---\n",
                "notes/2020-07-01-e.md": "---\ntitle: e\nsummary: |\n  slug: not-a-key\n---\nslug: in-the-body\n",
                "notes/2020-07-01-f.md": "---\ntitle: f\nslug: x\n# slug: commented-out\n---\n",
                "notes/2020-07-01-.md": "---\ntitle: g\nslug: only-front-matter\n---\n",
            ]) == [
                "2020-07-01-a.md": "quoted", "2020-07-01-b.md": "single", "2020-07-01-c.md": "next-line",
                "2020-07-01-d.md": "after-summary", "2020-07-01-e.md": "e", "2020-07-01-f.md": "x",
                "2020-07-01-.md": "only-front-matter",
            ])
    }

    @Test func unreadableFrontMatterKeepsTheFileNamesSlug() {
        #expect(
            slugs([
                "notes/2020-07-01-never-closed.md": "---\ntitle: a\nslug: other\n",
                "notes/2020-07-01-broken-yaml.md": "---\ntitle: [a\nslug: other\n---\n",
                "notes/2020-07-01-no-front-matter.md": "slug: other\n",
                "notes/2020-07-01-empty.md": "",
            ]) == [
                "2020-07-01-never-closed.md": "never-closed", "2020-07-01-broken-yaml.md": "broken-yaml",
                "2020-07-01-no-front-matter.md": "no-front-matter", "2020-07-01-empty.md": "empty",
            ])
        #expect(slugs([:]).isEmpty, "no notes folder")
    }

    /// The file-name rule is the loader's: the same names are dated, undated or refused.
    @Test func noteFileNames() {
        #expect(
            NoteFileName("2020-07-01-strategy-office")
                == .dated(LocalDate(year: 2020, month: 7, day: 1)!, slug: "strategy-office"))
        #expect(NoteFileName("2020-07-01-") == .dated(LocalDate(year: 2020, month: 7, day: 1)!, slug: ""))
        #expect(NoteFileName("welcome") == .undated(slug: "welcome"))
        #expect(NoteFileName("2020-07-01") == .badDate("2020-07-01"), "a date and no slug: the loader refuses it")
        #expect(NoteFileName("2021-02-30-x") == .badDate("2021-02-30"))
        #expect(NoteFileName("2021-13-01") == .badDate("2021-13-01"))
        #expect(NoteFileName("2021-4-1-x").slug == nil)
    }
}
