import Foundation
import Testing
import MierukaCore
import MierukaBuild

/// The default theme's own tests: whole pages of the sample site (`content/`)
/// as the default theme renders them, compared byte for byte with
/// `Golden/default-theme/`. A change to the default theme's templates or
/// strings shows here; engine tests render with small per-test themes
/// (`TinyTheme`) so that redesigning the default theme does not break them.
@Suite struct DefaultThemeTests {
    /// One page of each template, and pages that show the optional parts
    /// (history, partners, a KPI chart, related notes, newer and older links).
    static let pages: [(path: String, golden: String)] = [
        ("index.html", "home.html"),
        ("notes/index.html", "notes.html"),
        ("notes/council-dx/index.html", "note.html"),
        ("tags/index.html", "tags.html"),
        ("tags/印鑑/index.html", "tag.html"),
        ("about/index.html", "page.html"),
        ("strategy/index.html", "strategy.html"),
        ("initiatives/index.html", "initiatives.html"),
        ("initiatives/seal-abolition/index.html", "initiative.html"),
        ("timeline/index.html", "timeline.html"),
        ("agreements/index.html", "agreements.html"),
        ("data/index.html", "data.html"),
        ("data/seal-procedures/index.html", "dataset.html"),
        ("data/initiatives/index.html", "dataset-strategy.html"),
        ("404.html", "404.html"),
    ]

    /// The sample site built with the default theme into a fresh folder.
    static func buildSample(drafts: Bool = false, baseURL: String? = nil) -> (Fixture, BuildReport) {
        let f = Fixture("", withSite: false)
        var o = f.options
        o.content = repoRoot + "/content"
        o.drafts = drafts
        o.baseURL = baseURL
        return (f, Mieruka.build(o))
    }

    @Test func sampleSitePagesAreUnchanged() throws {
        let (f, report) = Self.buildSample()
        #expect(report.wrote, "\(f.diagnostics(report))")
        for page in Self.pages {
            expectGolden(try #require(f.file(page.path), "\(page.path)"), "default-theme/" + page.golden)
        }
    }

    /// A draft note under a base path: the draft banner, and every link with the base path.
    @Test func draftUnderABasePathIsUnchanged() throws {
        let (f, report) = Self.buildSample(drafts: true, baseURL: "https://example.org/dx/")
        #expect(report.wrote, "\(f.diagnostics(report))")
        expectGolden(try #require(f.file("notes/council-dx-details/index.html")), "default-theme/note-draft-basepath.html")
    }
}
