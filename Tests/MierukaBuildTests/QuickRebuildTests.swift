import Foundation
import Testing
import MierukaCore
import MierukaBuild
import MierukaConsole
import MierukaTestSupport

/// When only the text of one note changed (and it is not in the feed, has no
/// chart blocks, and nothing other pages show of it changed), a build renders
/// and writes that one page. The result must be what a full build makes.
@Suite(.serialized) struct QuickRebuildTests {
    /// 25 notes, one a day, so the oldest five are outside the feed's 20.
    static let site: String =
        (1...25).map { day in
            let d = String(format: "2021-05-%02d", day)
            return
                "-- content/notes/\(d)-n\(day).md --\n---\ntitle: お知らせ\(day)\ntags: [\(day % 2 == 0 ? "組織" : "DX戦略")]\n---\n最初の段落\(day)です。\n\n本文\(day)。\n"
        }.joined() + """
            -- content/datasets/counts.yaml --
            title: 件数
            description: 説明
            frequency: irregular
            fields:
              - {name: year, type: year}
              - {name: n, type: integer}
            rows:
              - [2020, 1]
              - [2021, 2]
            charts:
              - {id: trend, type: line, x: year, y: n}

            """

    func note(_ day: Int) -> String { String(format: "content/notes/2021-05-%02d-n\(day).md", day) }

    @Test func oneOldNotesTextRebuildsOnlyItsPage() throws {
        let f = Fixture(Self.site)
        #expect(f.build().wrote)
        let other = f.root + "/output/notes/n2/index.html"
        let before = try FileManager.default.attributesOfItem(atPath: other)[.modificationDate] as? Date
        f.write("-- \(note(3)) --\n---\ntitle: お知らせ3\ntags: [DX戦略]\n---\n最初の段落3です。\n\n本文を**書き直しました**。\n")
        let report = f.build()
        #expect(report.rebuiltOnly == "notes/n3/index.html")
        #expect(
            Console.summary(report, command: "build").hasPrefix(
                "only the text of one note changed: its page notes/n3/index.html was rebuilt, the other \(report.files - 1) files are up to date"
            ))
        #expect(f.file("notes/n3/index.html")?.contains("<strong>書き直しました</strong>") == true)
        #expect(try FileManager.default.attributesOfItem(atPath: other)[.modificationDate] as? Date == before)
        #expect(f.snapshot() == f.freshBuild(1))
        // The state follows: building again changes nothing.
        #expect(f.build().upToDate)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.root).filter { $0.contains("replace") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: [
        ("a note in the feed", 22, "最初の段落22です。\n\n新しい本文。\n", "tags: [組織]"),
        ("its first paragraph, which is its summary", 3, "最初の段落を変えました。\n", "tags: [DX戦略]"),
        ("a chart block", 3, "最初の段落3です。\n\n```chart\ndataset: counts\nchart: trend\n```\n", "tags: [DX戦略]"),
        ("its tags", 3, "最初の段落3です。\n\n本文3。\n", "tags: [組織]"),
    ])
    func otherEditsBuildEverything(_ what: String, _ day: Int, _ body: String, _ tags: String) throws {
        let f = Fixture(Self.site)
        #expect(f.build().wrote)
        f.write("-- \(note(day)) --\n---\ntitle: お知らせ\(day)\n\(tags)\n---\n\(body)")
        let report = f.build()
        #expect(report.rebuiltOnly == nil, "\(what)")
        #expect(report.wrote && !report.diagnostics.hasErrors, "\(what): \(f.diagnostics(report))")
        #expect(f.snapshot() == f.freshBuild(2), "\(what)")
    }

    /// Random edits, each followed by a build that must equal a fresh one;
    /// some of them take the one-page path, some do not.
    @Test func randomEditsMatchFreshBuilds() throws {
        let f = Fixture(Self.site)
        #expect(f.build().wrote)
        var random = SeededRandom(seed: 7_070_707)
        var quick = 0, full = 0
        for step in 1...30 {
            let day = 1 + random.next(25)
            let path = f.root + "/" + note(day)
            guard let text = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) })
            else { continue }
            switch random.next(6) {
            case 0, 1, 2:  // a sentence added at the end
                f.write("-- \(note(day)) --\n" + text + "\n追記\(step)。\n")
            case 3:  // the title
                f.write("-- \(note(day)) --\n" + text.replacingOccurrences(of: "title: ", with: "title: 改\(step) "))
            case 4:  // the same bytes written again
                _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            default:  // two notes' texts at once
                let other = note(1 + (day % 25))
                let otherText = String(
                    decoding: FileManager.default.contents(atPath: f.root + "/" + other) ?? Data(), as: UTF8.self)
                f.write(
                    "-- \(note(day)) --\n" + text + "\n追記A\(step)。\n-- \(other) --\n" + otherText + "\n追記B\(step)。\n")
            }
            let report = f.build()
            #expect(report.wrote || report.upToDate, "step \(step): \(f.diagnostics(report))")
            if report.rebuiltOnly != nil { quick += 1 } else { full += 1 }
            #expect(f.snapshot() == f.freshBuild(100 + step), "step \(step)")
        }
        #expect(quick > 3 && full > 3, "quick \(quick), full \(full)")
    }
}
