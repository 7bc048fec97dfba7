import Foundation
import MierukaCore

extension Scaffold {
    /// The text a starter file's name starts with to be given the new site's
    /// date: `content/notes/YYYY-MM-DD-welcome.md` → `2021-04-01-welcome.md`.
    public static let datePlaceholder = "YYYY-MM-DD"

    /// Creates a new site in `directory`: a copy of the starter site (its
    /// `content/` with site.yaml, one note, one initiative and one dataset with
    /// a chart that the note shows, and a `.gitignore` for `output/`), the
    /// theme copied into `themes/default`, the content schemas in `schemas/`
    /// and VS Code's `.vscode/settings.json` and `.vscode/extensions.json`
    /// (`writeSchemas`, `writeEditorSettings`). The site builds as it is;
    /// every value to replace is marked in comments, and every YAML file of
    /// the starter starts with the comment that names its schema.
    ///
    /// Every file of `starter` is copied byte for byte, hidden ones included;
    /// a file name starting with `YYYY-MM-DD` gets the date instead.
    ///
    /// - Parameters:
    ///   - starter: the starter site to copy (`DataFolder.starter`).
    ///   - theme: the theme folder to copy (`DataFolder.theme`, or `--theme`).
    ///   - date: the sample note's date; by default today in Japan.
    /// - Returns: the files made, relative to `directory`, sorted.
    /// - Throws: when `directory` exists and is not empty, or the theme is not
    ///   a theme, or the starter is not a starter site.
    @discardableResult
    public static func initSite(
        at directory: String, starter: String, theme: String,
        date: LocalDate? = nil, now: Date = Date()
    ) throws(ScaffoldError) -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDir) {
            guard isDir.boolValue else { throw ScaffoldError("'\(directory)' is a file, not a folder") }
            let entries = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            guard entries.isEmpty else {
                throw ScaffoldError(
                    "the folder '\(directory)' is not empty; mieruka init only makes new sites",
                    hint: "name a new folder: mieruka init my-town-site")
            }
        }
        guard fm.fileExists(atPath: theme + "/templates/layout.mustache") else {
            throw ScaffoldError(
                "'\(theme)' is not a mieruka theme (it has no templates/layout.mustache)",
                hint: "pass the default theme with --theme path/to/themes/default")
        }
        guard fm.fileExists(atPath: starter + "/content/site.yaml") else {
            throw ScaffoldError(
                "'\(starter)' is not a mieruka starter site (it has no content/site.yaml)",
                hint: "reinstall mieruka, or run it from its source folder")
        }
        let day = date ?? SiteTimeZone.standard.date(at: Int(now.timeIntervalSince1970.rounded(.down)))
        let files = starterFiles(starter).map { ($0, dated($0, day)) }
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (source, target) in files {
                let full = directory + "/" + target
                try fm.createDirectory(
                    atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                let bytes = try Data(contentsOf: URL(fileURLWithPath: starter + "/" + source))
                try bytes.write(to: URL(fileURLWithPath: full), options: .withoutOverwriting)
            }
            try fm.createDirectory(atPath: directory + "/themes", withIntermediateDirectories: true)
            try fm.copyItem(atPath: theme, toPath: directory + "/themes/default")
        } catch {
            throw ScaffoldError("could not create the site in '\(directory)': \(error.localizedDescription)")
        }
        // The editor's help: the schemas (made from the loader's key tables,
        // not kept in starter/) and VS Code's settings that use them.
        let schemas = try writeSchemas(to: directory + "/" + schemaFolder).map {
            String($0.dropFirst(directory.count + 1))
        }
        let settings = try writeEditorSettings(siteDirectory: directory)
        var made = files.map(\.1) + schemas + settings
        if let e = fm.enumerator(atPath: directory + "/themes/default") {
            for case let p as String in e {
                var d: ObjCBool = false
                if fm.fileExists(atPath: directory + "/themes/default/" + p, isDirectory: &d), !d.boolValue {
                    made.append("themes/default/" + p)
                }
            }
        }
        return made.sorted()
    }

    /// The regular files under `starter`, hidden ones included, relative to
    /// it and sorted. Links and other special files are not copied.
    public static func starterFiles(_ starter: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: starter) else { return [] }
        var out: [String] = []
        for case let p as String in e {
            var st = stat()
            if lstat(starter + "/" + p, &st) == 0, st.st_mode & S_IFMT == S_IFREG { out.append(p) }
        }
        return out.sorted()
    }

    /// `path` with `YYYY-MM-DD` at the start of its file name replaced by `day`.
    public static func dated(_ path: String, _ day: LocalDate) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard path[slash...].hasPrefix(datePlaceholder) else { return path }
        return path[..<slash] + day.iso + path[slash...].dropFirst(datePlaceholder.count)
    }
}
