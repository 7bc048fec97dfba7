import MierukaCore
import MierukaContent
import MierukaCharts

/// What a harness checks beyond "does not crash": every diagnostic can be
/// shown (the source line with its caret, and as a GitHub annotation) and
/// points at a real line of its file. A diagnostic past the end of its file
/// is a bug too: the writer is told to look at a line that is not there.
public enum Checks {
    /// The input as text, the way a harness that does not go through a file
    /// sees it (bytes that are not UTF-8 become U+FFFD).
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// The text the loader sees in a file of these bytes: BOM dropped, CRLF
    /// and CR turned into LF (for counting its lines).
    public static func asLoaded(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Renders every diagnostic as `mieruka check` does (quoting lines from
    /// the files on disk) and checks its place.
    /// - Parameter texts: the files whose line counts are known (path -> text);
    ///   diagnostics in other files are only rendered.
    public static func diagnostics(_ diagnostics: Diagnostics, texts: [String: String]) {
        var renderer = DiagnosticRenderer()
        render(diagnostics, with: &renderer, texts: texts)
    }

    /// The same, quoting lines from the given texts instead of the disk.
    public static func diagnostics(_ diagnostics: Diagnostics, inMemory texts: [String: String]) {
        var renderer = DiagnosticRenderer(readFile: { texts[$0] })
        render(diagnostics, with: &renderer, texts: texts)
    }

    /// Each place is rendered once (the renderer's work depends on the place,
    /// not the words), so an input that draws thousands of messages stays fast.
    private static func render(
        _ diagnostics: Diagnostics, with renderer: inout DiagnosticRenderer, texts: [String: String]
    ) {
        // A file of n newlines has n + 1 lines (the last may be empty).
        let lineCounts = texts.mapValues { $0.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
        var rendered = Set<SourceLocation>()
        for d in diagnostics.sorted {
            precondition(
                d.location.line >= 1 && d.location.column >= 1, "diagnostic before the start of its file: \(d)")
            if let lines = lineCounts[d.location.file] {
                precondition(
                    d.location.line <= lines, "diagnostic on line \(d.location.line) of a file of \(lines) lines: \(d)")
            }
            guard rendered.insert(d.location).inserted else { continue }
            _ = DiagnosticRenderer.githubAnnotation(d)
            let shown = renderer.render(d)
            precondition(
                shown.hasPrefix("\(d.location): "), "rendered diagnostic does not start with its place: \(shown)")
        }
    }

    /// Draws every chart of every dataset, as a build does next when a load succeeds.
    public static func drawCharts(_ site: Site?) {
        guard let site else { return }
        for d in site.datasets {
            for chart in d.charts {
                let r = ChartRenderer.render(
                    chart, table: d.table, datasetTitle: d.title, idPrefix: "c-\(d.id)-\(chart.id)")
                _ = ChartRenderer.standaloneFile(r)
            }
        }
    }
}
