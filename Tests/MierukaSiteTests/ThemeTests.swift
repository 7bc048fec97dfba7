import Foundation
import Testing
import MierukaCore
@testable import MierukaSite
import MierukaBuild

/// The theme contract: what a theme must hold, checked when it is loaded.
@Suite struct ThemeTests {
    /// A copy of the default theme without some templates.
    func themeWithout(_ names: [String]) throws -> String {
        let dir = NSTemporaryDirectory() + "mieruka-theme-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: repoRoot + "/themes/default", toPath: dir)
        for n in names { try FileManager.default.removeItem(atPath: dir + "/templates/\(n).mustache") }
        return dir
    }

    /// Every template the renderer renders by name is required: a theme
    /// without chart.mustache used to drop every chart without a word.
    @Test func everyTemplateTheRendererUsesIsRequired() throws {
        for name in TemplateName.allCases.map(\.rawValue) {
            let dir = try themeWithout([name])
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let (theme, diagnostics) = Theme.load(from: dir)
            #expect(theme == nil, "\(name)")
            let partialUse = diagnostics.all.contains { $0.message.contains("uses the partial '\(name)'") }
            #expect(diagnostics.all.contains { $0.message == "the theme has no \(name).mustache template" } || partialUse,
                    "\(name): \(diagnostics.all.map(\.message))")
        }
    }

    @Test func missingChartTemplateStopsTheBuild() throws {
        let dir = try themeWithout(["chart"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let f = Fixture(notesSite)
        var o = f.options
        o.theme = dir
        let report = Mieruka.check(o)
        #expect(!report.succeeded)
        #expect(f.diagnostics(report).replacingOccurrences(of: dir, with: "THEME") == "THEME/templates:1:1: error: the theme has no chart.mustache template\n")
    }

    /// The ids the theme writes itself, which content must not reuse.
    @Test func literalIdsAreReadFromTheTemplates() {
        #expect(Theme.literalIds(#"<main id="main"><h2 id="y{{year}}">x</h2><p id="">"#) == ["main"])
        let (theme, _) = Theme.load(from: repoRoot + "/themes/default")
        #expect(theme?.ids.isSuperset(of: ["main", "kpis", "mission", "related-initiatives", "citation"]) == true)
    }
}
