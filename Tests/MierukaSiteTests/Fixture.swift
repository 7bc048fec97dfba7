import Foundation
import Testing
import MierukaCore
import MierukaBuild
@testable import MierukaSite

/// The repository root, found from this file's path.
let repoRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// A whole site written as one string, Hugo-style:
///
///     -- content/site.yaml --
///     name: …
///     -- content/notes/2020-07-01-x.md --
///     …
///
/// built into a fresh temporary folder with the real default theme, or with
/// a small theme written in the test: sections under `theme/` make the
/// fixture's theme `TinyTheme` (every template a stub, every string its own
/// key) with those files added or replaced:
///
///     -- theme/templates/notes.mustache --
///     {{title}}: {{#notes}}{{title}};{{/notes}}
final class Fixture {
    let root: String

    /// A site.yaml that passes every check; most fixtures start from it.
    static let siteYAML = """
        -- content/site.yaml --
        name: 磐梯町 DXの歩み
        description: テスト用のサイト
        municipality:
          name: 磐梯町
          prefecture: 福島県
          code: "074071"
        base_url: https://example.org/
        publisher:
          name: 磐梯町
        navigation:
          - title: お知らせ
            url: /notes/
        # The corpus tests one problem at a time; the rule-* cases turn these on.
        machine_readability: false

        """

    init(_ files: String, withSite: Bool = true) {
        root = NSTemporaryDirectory() + "mieruka-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        write(withSite ? Fixture.siteYAML + files : files)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Adds or replaces files, written as `-- path --` sections. The first
    /// section under `theme/` writes `TinyTheme` first.
    func write(_ files: String) {
        if files.contains("\n-- theme/") || files.hasPrefix("-- theme/"),
            !FileManager.default.fileExists(atPath: themeFolder)
        {
            writeSections(TinyTheme.files)
        }
        writeSections(files)
    }

    private func writeSections(_ files: String) {
        var path: String?
        var lines: [Substring] = []
        func flush() {
            guard let path else { return }
            let full = root + "/" + path
            try! FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(
                atPath: full, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        for line in files.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count > 6 {
                flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        // The final newline of a section is its own; drop the blank line the split adds.
        if lines.last == "" { lines.removeLast() }
        flush()
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
    }

    /// Where a theme written by the test goes.
    var themeFolder: String { root + "/theme" }

    /// The fixture's own theme when it has one, else the default theme.
    var theme: String {
        FileManager.default.fileExists(atPath: themeFolder) ? themeFolder : repoRoot + "/themes/default"
    }

    var options: SiteOptions {
        SiteOptions(
            content: root + "/content", theme: theme, output: root + "/output",
            today: LocalDate(year: 2021, month: 4, day: 1))
    }

    @discardableResult
    func build(baseURL: String? = nil, drafts: Bool = false) -> BuildReport {
        var o = options
        o.baseURL = baseURL
        o.drafts = drafts
        return Mieruka.build(o)
    }

    func check() -> BuildReport { Mieruka.check(options) }

    /// The rendered diagnostics with the temporary folder removed from paths.
    func diagnostics(_ report: BuildReport) -> String {
        var r = DiagnosticRenderer()
        return r.render(report.diagnostics.sorted).replacingOccurrences(of: root + "/", with: "")
    }

    func file(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/output/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/output/" + path) }

    /// Every file under output/, relative, sorted.
    func outputFiles() -> [String] {
        let base = root + "/output"
        guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
        var out: [String] = []
        for case let p as String in e {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + p, isDirectory: &isDir), !isDir.boolValue {
                out.append(p)
            }
        }
        return out.sorted()
    }

    /// Bytes of every output file, for comparing two builds.
    func snapshot() -> [String: Data] {
        var out: [String: Data] = [:]
        for p in outputFiles() { out[p] = FileManager.default.contents(atPath: root + "/output/" + p) }
        return out
    }
}

/// Compares `actual` with `Golden/<name>`; MIERUKA_RECORD=1 rewrites the file.
func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let path = repoRoot + "/Tests/MierukaSiteTests/Golden/" + name
    if ProcessInfo.processInfo.environment["MIERUKA_RECORD"] == "1" {
        _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
        return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        Issue.record("missing golden file \(name); run with MIERUKA_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        Issue.record(
            "\(name) differs at line \(line + 1):\n- \(line < e.count ? String(e[line]) : "<end>")\n+ \(line < a.count ? String(a[line]) : "<end>")",
            sourceLocation: sourceLocation)
    }
}

/// The real binary: MIERUKA_BIN when set, else the package's debug build.
let mierukaBinary: String = ProcessInfo.processInfo.environment["MIERUKA_BIN"] ?? repoRoot + "/.build/debug/mieruka"

/// Runs the real `mieruka` binary.
func runMieruka(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:]) throws -> (
    status: Int32, stdout: String, stderr: String
) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: mierukaBinary)
    p.arguments = arguments
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "GITHUB_ACTIONS")
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Read both pipes at once: a binary that fills the stderr pipe while the
    // test waits on stdout would otherwise never finish.
    nonisolated(unsafe) var e = Data()
    let errDone = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        e = err.fileHandleForReading.readDataToEndOfFile()
        errDone.signal()
    }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    errDone.wait()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// The smallest theme the engine accepts, for tests of what the generator
/// gives templates (contexts, strings, diagnostics) without the default
/// theme's markup and words: a redesign of the default theme cannot break
/// them. Every template is a stub (the layout writes only `{{{content}}}`),
/// and every text of the strings file is its own key in brackets, with its
/// placeholders: `notes_page: "[title.notes_page {n}]"`.
enum TinyTheme {
    static var files: String {
        var out = ""
        for name in TemplateName.allCases {
            out += "-- theme/templates/\(name.rawValue).mustache --\n" + (name == .layout ? "{{{content}}}\n" : "")
        }
        return out + "-- theme/i18n/ja.yaml --\n" + strings
    }

    /// The strings file: `[group.key {placeholder} …]` for every key.
    static var strings: String {
        var out = ""
        for group in StringKey.groups {
            out += group + ":\n"
            for key in StringKey.allCases where key.group == group {
                let marker = ([key.rawValue] + key.placeholders.map { "{\($0)}" }).joined(separator: " ")
                out += "  \(key.name): \"[\(marker)]\"\n"
            }
        }
        return out
    }
}
