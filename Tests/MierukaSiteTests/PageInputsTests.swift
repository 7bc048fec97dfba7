import Foundation
import Testing
import MierukaCore
import MierukaContent
import MierukaPublish
@testable import MierukaSite
import MierukaTestSupport

/// The renderer says what every file it makes is made from (`PageInputs`):
/// the one-note rebuild, and later incremental builds, trust these records,
/// so they are checked against the files themselves.
@Suite struct PageInputsTests {
    /// 25 notes, each with a sentence no other file has, and a dataset with a chart used by one note.
    static let site: String =
        (1...25).map { day in
            let d = String(format: "2021-05-%02d", day)
            let chart = day == 4 ? "\n```chart\ndataset: counts\nchart: trend\n```\n" : ""
            return
                "-- content/notes/\(d)-n\(day).md --\n---\ntitle: お知らせ\(day)\nsummary: 要約\(day)\ntags: [\(day % 2 == 0 ? "組織" : "DX戦略")]\n---\n本文の固有の文〈\(day)〉です。\n\(chart)"
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

    func render() throws -> (files: [String: String], inputs: [String: PageInputs], site: Site) {
        let f = Fixture(Self.site)
        let loaded = ContentLoader.load(contentDirectory: f.root + "/content")
        let site = try #require(loaded.site, "\(loaded.diagnostics.sorted)")
        let theme = try #require(Theme.load(from: repoRoot + "/themes/default").0)
        let result = SiteRenderer.render(site, theme: theme)
        var files: [String: String] = [:]
        for file in result.files {
            if case .bytes(let b) = file.content { files[file.path] = String(decoding: b, as: UTF8.self) }
        }
        return (files, result.inputs, site)
    }

    @Test func everyFileHasItsInputs() throws {
        let (files, inputs, _) = try render()
        #expect(!files.isEmpty)
        #expect(Set(files.keys).subtracting(inputs.keys).isEmpty)
    }

    /// Each file that shows a note's text records it: found by the sentence only that text has.
    @Test func everyFileThatShowsANotesTextSaysSo() throws {
        let (files, inputs, site) = try render()
        for note in site.notes {
            let day = note.slug.dropFirst()
            let showing = files.filter { $0.value.contains("固有の文〈\(day)〉") }.map(\.key).sorted()
            let recorded = inputs.filter { $0.value.showsText(ofNote: note.file) }.map(\.key).sorted()
            #expect(showing == recorded, "\(note.file)")
        }
    }

    @Test func thePagesOfANoteAreMadeFromWhatTheyShow() throws {
        let (_, inputs, site) = try render()
        func file(_ day: Int) -> String { site.notes.first { $0.slug == "n\(day)" }!.file }
        let old = try #require(inputs["notes/n3/index.html"])
        #expect(old.noteTexts == [file(3)])
        #expect(!old.parts.contains(.publication))
        #expect([SiteParts.settings, .notes, .initiatives].allSatisfy(old.parts.contains))
        // A note with a chart reads what the site publishes.
        #expect(try #require(inputs["notes/n4/index.html"]).parts.contains(.publication))
        // The feed carries the texts of the 20 latest notes; lists and tag pages none.
        let feed = try #require(inputs["feed.xml"])
        #expect(feed.noteTexts == Set((6...25).map(file)))
        for path in ["notes/index.html", "index.html", "tags/index.html", "sitemap.xml", "data/counts/index.html"] {
            #expect(try #require(inputs[path], "\(path)").noteTexts.isEmpty, "\(path)")
        }
        #expect(try #require(inputs["data/counts/index.html"]).parts.contains(.publication))
        #expect(!(try #require(inputs["tags/index.html"]).parts.contains(.publication)))
    }

    /// The one-page render reports the same: its own text, and nil when it needs a part the caller lacks.
    @Test func aNotePageAloneSaysWhatItNeeds() throws {
        let (_, _, site) = try render()
        let theme = try #require(Theme.load(from: repoRoot + "/themes/default").0)
        let alone = try #require(
            SiteRenderer.renderNotePage(site, theme: theme, slug: "n3", available: [.settings, .notes, .initiatives]))
        #expect(alone.file.path == "notes/n3/index.html")
        #expect(alone.inputs.noteTexts == [site.notes.first { $0.slug == "n3" }!.file])
        #expect(
            SiteRenderer.renderNotePage(site, theme: theme, slug: "n4", available: [.settings, .notes, .initiatives])
                == nil)
        #expect(SiteRenderer.renderNotePage(site, theme: theme, slug: "n3", available: [.settings]) == nil)
    }
}
