import Foundation
import Testing

/// Compares `text` with `Golden/<name>`, or writes it there when MIERUKA_RECORD=1.
func expectGolden(
    _ text: String, _ name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = goldenDirectory(filePath).appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["MIERUKA_RECORD"] == "1" {
        do {
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path), let expected = String(data: data, encoding: .utf8)
    else {
        Issue.record(
            "golden file \(name) is missing; run the tests with MIERUKA_RECORD=1 to create it",
            sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let want = line < a.count ? String(a[line]) : "<end of file>"
        let got = line < b.count ? String(b[line]) : "<end of file>"
        Issue.record(
            "\(name) differs from its golden file at line \(line + 1):\n- \(want)\n+ \(got)\n(MIERUKA_RECORD=1 re-records)",
            sourceLocation: sourceLocation)
    }
}

func goldenDirectory(_ filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
}
