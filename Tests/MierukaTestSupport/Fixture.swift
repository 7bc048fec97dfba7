import Foundation
import MierukaBuild
import MierukaCore
import MierukaSite

/// The repository root, found from this file's path.
public let repoRoot: String = {
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
public final class Fixture {
    public let root: String

    /// A site.yaml that passes every check; most fixtures start from it.
    public static let siteYAML = """
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

    public init(_ files: String, withSite: Bool = true) {
        root = NSTemporaryDirectory() + "mieruka-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        write(withSite ? Fixture.siteYAML + files : files)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Adds or replaces files, written as `-- path --` sections. The first
    /// section under `theme/` writes `TinyTheme` first.
    public func write(_ files: String) {
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

    public func writeBytes(_ path: String, _ bytes: [UInt8]) {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
    }

    /// Where a theme written by the test goes.
    public var themeFolder: String { root + "/theme" }

    /// The fixture's own theme when it has one, else the default theme.
    public var theme: String {
        FileManager.default.fileExists(atPath: themeFolder) ? themeFolder : repoRoot + "/themes/default"
    }

    public var options: SiteOptions {
        SiteOptions(
            content: root + "/content", theme: theme, output: root + "/output",
            today: LocalDate(year: 2021, month: 4, day: 1))
    }

    @discardableResult
    public func build(baseURL: String? = nil, drafts: Bool = false) -> BuildReport {
        var o = options
        o.baseURL = baseURL
        o.drafts = drafts
        return Mieruka.build(o)
    }

    public func check() -> BuildReport { Mieruka.check(options) }

    /// The rendered diagnostics with the temporary folder removed from paths.
    public func diagnostics(_ report: BuildReport) -> String {
        var r = DiagnosticRenderer()
        return r.render(report.diagnostics.sorted).replacingOccurrences(of: root + "/", with: "")
    }

    public func file(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/output/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/output/" + path) }

    /// Every file under output/, relative, sorted.
    public func outputFiles() -> [String] {
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
    public func snapshot() -> [String: Data] {
        var out: [String: Data] = [:]
        for p in outputFiles() { out[p] = FileManager.default.contents(atPath: root + "/output/" + p) }
        return out
    }
}

/// The smallest theme the engine accepts, for tests of what the generator
/// gives templates (contexts, strings, diagnostics) without the default
/// theme's markup and words: a redesign of the default theme cannot break
/// them. Every template is a stub (the layout writes only `{{{content}}}`),
/// and every text of the strings file is its own key in brackets, with its
/// placeholders: `notes_page: "[title.notes_page {n}]"`.
public enum TinyTheme {
    public static var files: String {
        var out = ""
        for name in TemplateName.allCases {
            out += "-- theme/templates/\(name.rawValue).mustache --\n" + (name == .layout ? "{{{content}}}\n" : "")
        }
        return out + "-- theme/i18n/ja.yaml --\n" + strings
    }

    /// The strings file: `[group.key {placeholder} …]` for every key.
    public static var strings: String {
        let keys = ThemeStrings.requiredKeys
        func group(_ key: String) -> Substring { key.prefix { $0 != "." } }
        var groups: [Substring] = []
        for (key, _) in keys where !groups.contains(group(key)) { groups.append(group(key)) }
        var out = ""
        for g in groups {
            out += g + ":\n"
            for (key, placeholders) in keys where group(key) == g {
                let marker = ([key] + placeholders.map { "{\($0)}" }).joined(separator: " ")
                out += "  \(key.dropFirst(g.count + 1)): \"[\(marker)]\"\n"
            }
        }
        return out
    }
}
