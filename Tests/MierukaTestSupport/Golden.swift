import Foundation
import Testing

/// The `Golden` folder beside the test file that calls it (pass nothing: `#filePath`
/// is the caller's).
public func goldenFolder(_ filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
}

/// Compares `actual` byte for byte with `Golden/<name>` beside the calling test file,
/// or writes it there when MIERUKA_RECORD=1. A mismatch names the golden file and its
/// first differing line, expected and actual.
public func expectGolden(
    _ actual: [UInt8], _ name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = goldenFolder(filePath).appendingPathComponent(name)
    let shown = shownPath(url)
    let expected = FileManager.default.contents(atPath: url.path).map { Array($0) }
    if ProcessInfo.processInfo.environment["MIERUKA_RECORD"] == "1" {
        guard expected != actual else { return }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual).write(to: url)
        } catch {
            Issue.record("could not record \(shown): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected else {
        Issue.record(
            "the golden file \(shown) is missing; run the tests with MIERUKA_RECORD=1 to create it",
            sourceLocation: sourceLocation)
        return
    }
    if expected == actual { return }
    let e = lines(expected), a = lines(actual)
    let line = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
    let want = line < e.count ? String(decoding: e[line], as: UTF8.self) : "<end of file>"
    let got = line < a.count ? String(decoding: a[line], as: UTF8.self) : "<end of output>"
    Issue.record(
        """
        the output differs from the golden file \(shown) at line \(line + 1) (- golden, + output):
        - \(want)
        + \(got)
        if the change is intended, re-record it with MIERUKA_RECORD=1 and read the diff before committing
        """,
        sourceLocation: sourceLocation)
}

/// Compares `actual`'s UTF-8 bytes with `Golden/<name>` beside the calling test file.
public func expectGolden(
    _ actual: String, _ name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectGolden(Array(actual.utf8), name, filePath: filePath, sourceLocation: sourceLocation)
}

/// The lines of `bytes` split at '\n', compared as bytes (so a difference in bytes
/// that are not UTF-8 is found too).
private func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
}

/// The golden file's path from the repository root when it is inside it.
private func shownPath(_ url: URL) -> String {
    url.path.hasPrefix(repoRoot + "/") ? String(url.path.dropFirst(repoRoot.count + 1)) : url.path
}
