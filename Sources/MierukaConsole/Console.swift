import Foundation
import MierukaCore
import MierukaBuild
import MierukaContent

/// Turns a report into what the terminal shows.
/// Everything mieruka prints to a terminal lives in this target, used by the
/// executable and the preview server; the library targets below print nothing.
public enum Console {
    /// Every diagnostic, sorted, compiler style; under GitHub Actions also as
    /// workflow annotations.
    public static func diagnostics(_ report: BuildReport, githubActions: Bool) -> String {
        let sorted = report.diagnostics.sorted
        var renderer = DiagnosticRenderer()
        var out = renderer.render(sorted)
        if githubActions {
            out += sorted.map { DiagnosticRenderer.githubAnnotation($0) + "\n" }.joined()
        }
        return out
    }

    /// For a site with several languages, `check` shows how far each is
    /// translated (notes and pages): translated, outdated (the original
    /// changed since), missing (shown in the default language).
    public static func coverage(_ rows: [TranslationCoverage]) -> String {
        guard !rows.isEmpty else { return "" }
        let header = ["language", "translated", "outdated", "missing"]
        let table = rows.map { [$0.language.code, String($0.translated), String($0.outdated), String($0.missing)] }
        let widths = header.indices.map { i in ([header[i]] + table.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == 0
                    ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[i] - c.count) + c
            }.joined(separator: "  ") + "\n"
        }
        return "translations:\n" + ([header] + table).map { "  " + line($0) }.joined()
    }

    /// The closing line of a build or check.
    public static func summary(_ report: BuildReport, command: String) -> String {
        let time = String(format: "%.2f s", report.seconds)
        let warnings = report.diagnostics.warningCount
        let w = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
        if report.diagnostics.hasErrors {
            let e = report.diagnostics.errorCount
            return "\(command) failed: \(e) error\(e == 1 ? "" : "s")\(w); nothing was written (\(time))\n"
        }
        if let path = report.rebuiltOnly {
            return
                "only the text of one note changed: its page \(path) was rebuilt, the other \(report.files - 1) files are up to date\(w) (\(time))\n"
        }
        if report.upToDate {
            return
                "nothing changed since the last build: \(report.pages) pages, \(report.files) files are up to date\(w) (\(time))\n"
        }
        if command == "check" {
            return
                "check passed: \(report.notes) notes, \(report.pages) pages, \(report.datasets) datasets, \(report.charts) charts\(w) (\(time))\n"
        }
        return
            "built \(report.pages) pages (\(report.notes) notes, \(report.datasets) datasets, \(report.charts) charts), \(report.files) files written\(w) in \(time)\n"
    }
}
