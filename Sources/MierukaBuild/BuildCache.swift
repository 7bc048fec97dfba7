import Foundation
import MierukaCore
import MierukaContent
import MierukaSite

/// What a build reads, fingerprinted once at its start: the settings, the
/// theme folder, and every file of the content folder (path, size,
/// modification time, inode), each on its own so that the one-note rebuild
/// can tell which file changed.
struct BuildInputs {
    var settings: String
    var theme: String
    /// Path relative to the content folder -> stamp; folders end in `/`.
    var content: [String: UInt64]
    /// All of it in one value.
    var fingerprint: String

    init(_ options: SiteOptions) {
        settings = BuildInputs.settings(options)
        theme = TreeFingerprint.of(options.theme)
        let (entries, contentFingerprint) = TreeFingerprint.entries(options.content)
        content = entries
        var h = Fingerprint()
        h.add(settings)
        h.add(contentFingerprint)
        h.add(theme)
        fingerprint = h.hex
    }

    /// Everything but the files a build reads: the binary, the options, the
    /// date (overdue warnings depend on it) and where the folders are.
    static func settings(_ options: SiteOptions) -> String {
        var h = Fingerprint()
        h.add("mieruka \(Mieruka.version)")
        h.add(
            fileStamp(CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? "")
        )
        let today = options.today?.iso ?? "-"
        let now = options.now.map { SiteTimeZone.datesInEveryZone(at: $0).map(\.iso).joined(separator: " ") } ?? "-"
        h.add("base \(options.baseURL ?? "-") drafts \(options.drafts) today \(today) \(now)")
        h.add("content \(URL(fileURLWithPath: options.content).standardizedFileURL.path)")
        h.add("theme \(URL(fileURLWithPath: options.theme).standardizedFileURL.path)")
        return h.hex
    }

    static func fileStamp(_ path: String) -> String {
        var st = stat()
        guard lstat(path, &st) == 0 else { return "missing" }
        return "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_ino) \(st.st_mode)"
    }
}

/// What the last successful build leaves for the next one, in one file beside
/// the output folder, `.<output>.mieruka-cache`:
///
/// - the fingerprints of its inputs and of the output folder it wrote, so a
///   build with nothing changed stops after a few thousand `stat` calls and
///   repeats the last build's warnings and counts;
/// - for the one-note rebuild (`QuickRebuild`), a stamp of every content
///   file and what other pages show of every note (`NoteRecord`, with typed
///   dates), with the output files that show its text and what those files
///   are made from (`PageInputs`, as the renderer recorded them).
///
/// It is a fingerprint and a record of the last build, never a cache of
/// content a build would trust instead of reading it: whenever anything it
/// cannot vouch for changed, the build runs in full. The format is lines of
/// tab-separated fields (tabs, newlines and backslashes in values escaped);
/// the sections the no-op check does not need are parsed only when asked
/// for (JSON through Codable took a third of a one-note rebuild).
struct BuildCache {
    /// The main fingerprint of the inputs, and of the output folder as written.
    var inputs: String
    var outputs: String
    /// Parts of `inputs`, compared on their own by the one-note rebuild.
    var settings: String
    var theme: String
    var warnings: [Diagnostic]
    var notes: Int, pages: Int, datasets: Int, charts: Int, files: Int
    /// The content stamps and note records, read on demand.
    private var details: Details?
    /// The file's lines after the warnings, not yet parsed.
    private var rest = LineReader(Data())

    /// What the one-note rebuild needs.
    struct Details {
        /// Path relative to the content folder -> stamp; folders end in `/`.
        var content: [String: UInt64]
        /// The notes of the site, newest first, as the last build rendered them.
        var notes: [CachedNote]
    }

    /// One note as the last build rendered it.
    struct CachedNote: Equatable {
        var record: NoteRecord
        /// The output files that show the note's text.
        var textShownBy: [String]
        /// What those files are made from, together.
        var textShownByInputs: SiteParts
    }

    static let header = "mieruka-cache 2"

    static func path(for output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".mieruka-cache"
    }

    init(
        inputs: BuildInputs, outputs: String, report: BuildReport, notes: [Note], rendered: [String: PageInputs]
    ) {
        self.inputs = inputs.fingerprint
        self.outputs = outputs
        self.settings = inputs.settings
        self.theme = inputs.theme
        self.warnings = report.diagnostics.sorted
        (self.notes, self.pages, self.datasets, self.charts, self.files) = (
            report.notes, report.pages, report.datasets, report.charts, report.files
        )
        // Which files show each note's text: few (its page, the feed), so found by one pass over the files.
        var shownBy: [String: [String]] = [:]
        var everyText: [String] = []
        for (path, i) in rendered {
            if i.parts.contains(.everyNoteText) { everyText.append(path) }
            for file in i.noteTexts { shownBy[file, default: []].append(path) }
        }
        self.details = Details(
            content: inputs.content,
            notes: notes.map { note in
                let paths = (shownBy[note.file, default: []] + everyText).sorted()
                var parts: SiteParts = []
                for p in paths { parts.formUnion(rendered[p]?.parts ?? .all) }
                return CachedNote(record: NoteRecord(note), textShownBy: paths, textShownByInputs: parts)
            })
    }

    /// The content stamps and note records; nil when the file is damaged.
    mutating func loadDetails() -> Details? {
        if let details { return details }
        var lines = rest
        func value(_ key: String) -> String? {
            guard let f = lines.popFirst(), f.count == 2, f[0] == key else { return nil }
            return f[1]
        }
        guard let contentCount = value("content").flatMap({ Int($0) }) else { return nil }
        var content: [String: UInt64] = [:]
        content.reserveCapacity(contentCount)
        for _ in 0..<contentCount {
            guard let f = lines.popFirst(), f.count == 2, let stamp = UInt64(f[1], radix: 16) else { return nil }
            content[Self.unescape(f[0])] = stamp
        }
        guard let noteCount = value("notes").flatMap({ Int($0) }) else { return nil }
        var notes: [CachedNote] = []
        notes.reserveCapacity(noteCount)
        for _ in 0..<noteCount {
            guard let f = lines.popFirst(), f.count == 13, let date = LocalDate(iso: f[3]),
                let parts = UInt16(f[12], radix: 16)
            else { return nil }
            let updated: LocalDate?
            if let u = Self.optional(f[4]) {
                guard let d = LocalDate(iso: u) else { return nil }
                updated = d
            } else {
                updated = nil
            }
            let record = NoteRecord(
                file: Self.unescape(f[0]), slug: Self.unescape(f[1]), title: Self.unescape(f[2]), date: date,
                updated: updated, author: Self.optional(f[5]), tags: Self.list(f[6]), summary: Self.unescape(f[7]),
                cover: Self.optional(f[8]), draft: f[9] == "1", hasCharts: f[10] == "1")
            notes.append(
                CachedNote(record: record, textShownBy: Self.list(f[11]), textShownByInputs: SiteParts(rawValue: parts))
            )
        }
        guard lines.popFirst() == nil else { return nil }
        details = Details(content: content, notes: notes)
        return details
    }

    /// After a one-note rebuild: the new fingerprints and stamps, the note's new record.
    mutating func update(inputs: BuildInputs, outputs: String, note: CachedNote) {
        self.inputs = inputs.fingerprint
        self.outputs = outputs
        guard var d = loadDetails() else { return }
        d.content = inputs.content
        if let i = d.notes.firstIndex(where: { $0.record.file == note.record.file }) { d.notes[i] = note }
        details = d
    }

    // MARK: The file

    func write(for output: String) {
        guard let details else { return }
        var out = Self.header + "\n"
        out += "inputs\t\(inputs)\noutputs\t\(outputs)\nsettings\t\(settings)\ntheme\t\(theme)\n"
        out += "counts\t\(notes) \(pages) \(datasets) \(charts) \(files)\n"
        out += "warnings\t\(warnings.count)\n"
        for w in warnings {
            out +=
                [
                    Self.escape(w.location.file), String(w.location.line), String(w.location.column),
                    Self.escape(w.message), Self.optional(w.hint),
                ].joined(separator: "\t") + "\n"
        }
        out.reserveCapacity(out.utf8.count + details.notes.count * 320 + details.content.count * 80)
        out += "content\t\(details.content.count)\n"
        for (path, stamp) in details.content.sorted(by: { $0.key < $1.key }) {
            out += Self.escape(path) + "\t" + String(stamp, radix: 16) + "\n"
        }
        out += "notes\t\(details.notes.count)\n"
        for n in details.notes {
            let r = n.record
            let fields = [
                Self.escape(r.file), Self.escape(r.slug), Self.escape(r.title), r.date.iso,
                Self.optional(r.updated?.iso),
                Self.optional(r.author), Self.list(r.tags), Self.escape(r.summary), Self.optional(r.cover),
                r.draft ? "1" : "0", r.hasCharts ? "1" : "0", Self.list(n.textShownBy),
                String(n.textShownByInputs.rawValue, radix: 16),
            ]
            out += fields.joined(separator: "\t") + "\n"
        }
        try? Data(out.utf8).write(to: URL(fileURLWithPath: Self.path(for: output)), options: .atomic)
    }

    /// The cache beside `output`, with its header and warnings read; nil when
    /// there is none or it is not one this version wrote.
    static func read(for output: String) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: path(for: output)) else { return nil }
        var lines = LineReader(data)
        func value(_ key: String) -> String? {
            guard let f = lines.popFirst(), f.count == 2, f[0] == key else { return nil }
            return f[1]
        }
        guard lines.popFirst() == [header], let inputs = value("inputs"), let outputs = value("outputs"),
            let settings = value("settings"), let theme = value("theme"),
            let counts = value("counts")?.split(separator: " ").compactMap({ Int($0) }), counts.count == 5,
            let warningCount = value("warnings").flatMap({ Int($0) })
        else { return nil }
        var warnings: [Diagnostic] = []
        for _ in 0..<warningCount {
            guard let f = lines.popFirst(), f.count == 5, let line = Int(f[1]), let column = Int(f[2]) else {
                return nil
            }
            warnings.append(
                .warning(
                    unescape(f[3]), at: SourceLocation(file: unescape(f[0]), line: line, column: column),
                    hint: optional(f[4])))
        }
        return BuildCache(
            inputs: inputs, outputs: outputs, settings: settings, theme: theme, warnings: warnings,
            notes: counts[0], pages: counts[1], datasets: counts[2], charts: counts[3], files: counts[4],
            details: nil, rest: lines)
    }

    private init(
        inputs: String, outputs: String, settings: String, theme: String, warnings: [Diagnostic], notes: Int,
        pages: Int, datasets: Int, charts: Int, files: Int, details: Details?, rest: LineReader
    ) {
        (self.inputs, self.outputs, self.settings, self.theme, self.warnings) = (
            inputs, outputs, settings, theme, warnings
        )
        (self.notes, self.pages, self.datasets, self.charts, self.files) = (notes, pages, datasets, charts, files)
        (self.details, self.rest) = (details, rest)
    }

    static func remove(for output: String) { try? FileManager.default.removeItem(atPath: path(for: output)) }

    /// The report of a build that did not render: the last build's warnings and counts.
    func report(start: Date) -> BuildReport {
        var report = BuildReport(diagnostics: Diagnostics())
        report.diagnostics.append(contentsOf: warnings)
        (report.notes, report.pages, report.datasets, report.charts, report.files) = (
            notes, pages, datasets, charts, files
        )
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    // MARK: Fields

    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x1F }) else {
            return s
        }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\u{1F}": out += "\\u"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        guard s.containsByte(0x5C) else { return s }
        var out = ""
        var escaped = false
        for c in s.unicodeScalars {
            if escaped {
                switch c {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                case "u": out += "\u{1F}"
                default: out.unicodeScalars.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// nil is an empty field; a value is written after `=`.
    static func optional(_ s: String?) -> String { s.map { "=" + escape($0) } ?? "" }
    static func optional(_ s: String) -> String? { s.isEmpty ? nil : unescape(String(s.dropFirst())) }

    /// A list of values in one field, separated by U+001F.
    static func list(_ values: [String]) -> String { values.map(escape).joined(separator: "\u{1F}") }
    static func list(_ s: String) -> [String] {
        s.isEmpty ? [] : s.split(separator: "\u{1F}", omittingEmptySubsequences: false).map { unescape(String($0)) }
    }
}

/// The lines of a file as tab-separated fields, one line at a time, straight from the bytes.
struct LineReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    /// The next line's fields; nil at the end.
    mutating func popFirst() -> [String]? {
        guard offset < bytes.count else { return nil }
        var fields: [String] = []
        var start = offset
        var i = offset
        while i < bytes.count && bytes[i] != 0x0A {
            if bytes[i] == 0x09 {
                fields.append(String(decoding: bytes[start..<i], as: UTF8.self))
                start = i + 1
            }
            i += 1
        }
        fields.append(String(decoding: bytes[start..<i], as: UTF8.self))
        offset = i + 1
        return fields
    }
}
