import Foundation
import MierukaCore
import MierukaContent
import MierukaSite

/// What a full build leaves for the next one to rebuild a single note's page
/// without reading the rest of the site: every note's record (all but its
/// text), a stamp of every file in the content folder, the theme's
/// fingerprint and the settings. Kept in `.<output>.mieruka-notes`.
struct QuickState {
    /// The main state's `inputs` when this was written: ties the two files together.
    var inputs: String
    var settings: String
    var theme: String
    /// Path relative to the content folder -> stamp; folders end in `/`.
    var content: [String: UInt64]
    /// The notes of the site, newest first, as the last build rendered them.
    var notes: [NoteRecord]

    static func path(for output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".mieruka-notes"
    }

    static let header = "mieruka-notes 1"

    /// Lines of tab-separated fields (tabs, newlines and backslashes in values
    /// escaped): JSON through Codable took a third of a one-note rebuild.
    func write(for output: String) {
        var out =
            Self.header + "\n"
            + "inputs\t\(inputs)\nsettings\t\(settings)\ntheme\t\(theme)\ncontent\t\(content.count)\n"
        out.reserveCapacity(notes.count * 300 + content.count * 80)
        for (path, stamp) in content { out += Self.escape(path) + "\t" + String(stamp, radix: 16) + "\n" }
        out += "notes\t\(notes.count)\n"
        for n in notes {
            let fields = [
                Self.escape(n.file), Self.escape(n.slug), Self.escape(n.title), n.date, Self.optional(n.updated),
                Self.optional(n.author), n.tags.map(Self.escape).joined(separator: "\u{1F}"), Self.escape(n.summary),
                Self.optional(n.cover), n.draft ? "1" : "0", n.hasCharts ? "1" : "0",
            ]
            out += fields.joined(separator: "\t") + "\n"
        }
        try? Data(out.utf8).write(to: URL(fileURLWithPath: QuickState.path(for: output)), options: .atomic)
    }

    static func read(for output: String) -> QuickState? {
        guard let data = FileManager.default.contents(atPath: path(for: output)) else { return nil }
        // Lines split into tab-separated fields straight from the bytes.
        var lines: [[Substring]] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var fields: [Substring] = []
            var start = 0
            func field(_ end: Int) {
                fields.append(
                    Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
                start = end + 1
            }
            for i in 0..<bytes.count {
                if bytes[i] == 0x09 {
                    field(i)
                } else if bytes[i] == 0x0A {
                    field(i)
                    lines.append(fields)
                    fields = []
                }
            }
            field(bytes.count)
            lines.append(fields)
        }
        var i = 0
        func next() -> [Substring]? { defer { i += 1 }; return i < lines.count ? lines[i] : nil }
        func value(_ key: String) -> String? {
            guard let f = next(), f.count == 2, f[0] == key else { return nil }
            return String(f[1])
        }
        guard next() == [Substring(header)], let inputs = value("inputs"), let settings = value("settings"),
            let theme = value("theme"),
            let contentCount = value("content").flatMap({ Int($0) })
        else { return nil }
        var content: [String: UInt64] = [:]
        content.reserveCapacity(contentCount)
        for _ in 0..<contentCount {
            guard let f = next(), f.count == 2, let stamp = UInt64(f[1], radix: 16) else { return nil }
            content[unescape(f[0])] = stamp
        }
        guard let noteCount = value("notes").flatMap({ Int($0) }) else { return nil }
        var notes: [NoteRecord] = []
        notes.reserveCapacity(noteCount)
        for _ in 0..<noteCount {
            guard let f = next(), f.count == 11 else { return nil }
            let tags =
                f[6].isEmpty ? [] : f[6].split(separator: "\u{1F}", omittingEmptySubsequences: false).map(unescape)
            notes.append(
                NoteRecord(
                    file: unescape(f[0]), slug: unescape(f[1]), title: unescape(f[2]), date: String(f[3]),
                    updated: optional(f[4]), author: optional(f[5]), tags: tags, summary: unescape(f[7]),
                    cover: optional(f[8]), draft: f[9] == "1", hasCharts: f[10] == "1"))
        }
        return QuickState(inputs: inputs, settings: settings, theme: theme, content: content, notes: notes)
    }

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

    static func unescape(_ s: Substring) -> String {
        guard s.utf8.contains(0x5C) else { return String(s) }
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
    static func optional(_ s: Substring) -> String? { s.isEmpty ? nil : unescape(s.dropFirst()) }

    static func remove(for output: String) { try? FileManager.default.removeItem(atPath: path(for: output)) }
}

/// A rebuild in which only the text of one note changed: its title, date,
/// tags, summary and every other thing other pages show of it are the same,
/// it has no chart blocks, and it is not in the feed (which holds the texts
/// of the latest 20). Then only that note's page changes, and it is the only
/// file rendered and written: the new page replaces the old one with one
/// atomic rename, so `output/` is the old site or the new one at every
/// moment. Whenever any condition does not hold, nil: the caller builds the
/// whole site. `ReusedStagingTests` and `QuickRebuildTests` compare the
/// result with a build into an empty folder.
enum QuickRebuild {
    /// - Parameter state: the last build's state; the caller has checked that
    ///   the output folder is as that build left it.
    static func attempt(_ options: SiteOptions, inputs: BuildState.Inputs, state: BuildState, start: Date)
        -> BuildReport?
    {
        guard let quick = QuickState.read(for: options.output), quick.inputs == state.inputs,
            quick.settings == inputs.settings, quick.theme == inputs.theme
        else { return nil }
        let content = inputs.content
        // Exactly one file changed, and the same files exist.
        guard content.count == quick.content.count else { return nil }
        var changed: [String] = []
        for (path, stamp) in content {
            guard let old = quick.content[path] else { return nil }
            if !path.hasSuffix("/") && old != stamp { changed.append(path) }
        }
        guard changed.count == 1, let relative = changed.first else { return nil }
        guard
            let loaded = ContentLoader.quickLoad(
                contentDirectory: options.content, note: relative,
                options: options.loadOptions),
            let index = quick.notes.firstIndex(where: { $0.file == loaded.note.file }),
            index >= SiteRenderer.feedEntries, NoteRecord(loaded.note) == quick.notes[index],
            !quick.notes[index].hasCharts,
            !state.warnings.contains(where: { $0.file == loaded.note.file })
        else { return nil }
        let (theme, themeDiagnostics) = Theme.load(from: options.theme)
        guard let theme, themeDiagnostics.isEmpty else { return nil }
        var notes = quick.notes.compactMap(\.note)
        guard notes.count == quick.notes.count else { return nil }
        notes[index] = loaded.note
        let site = Site(
            config: loaded.config, notes: notes, pages: [], strategy: nil, initiatives: loaded.initiatives,
            timeline: [], agreements: [], datasets: [], staticFiles: [])
        guard let page = SiteRenderer.renderNotePage(site, theme: theme, slug: loaded.note.slug),
            case .bytes(let bytes) = page.content
        else { return nil }
        let writer = OutputWriter(output: options.output)
        // The file and its folder are the only entries of the output that
        // change: their stats before and after update the fingerprint.
        let folder = String(page.path[..<(page.path.lastIndex(of: "/") ?? page.path.startIndex)])
        let watched = folder.isEmpty ? [page.path] : [page.path, folder]
        func stats() -> [stat]? {
            var out: [stat] = []
            for rel in watched {
                var st = stat()
                guard lstat(options.output + "/" + rel, &st) == 0 else { return nil }
                out.append(st)
            }
            return out
        }
        guard let before = stats() else { return nil }
        do {
            try writer.replace(page.path, with: bytes)
        } catch {
            return nil
        }
        var newState = state
        newState.inputs = inputs.fingerprint
        if let after = stats(),
            let outputs = TreeFingerprint.adjusted(
                state.outputs, changes: zip(watched, zip(before, after)).map { ($0.0, $0.1.0, $0.1.1) })
        {
            newState.outputs = outputs
        } else {
            newState.outputs = BuildState.outputs(options.output)
        }
        newState.write(for: options.output)
        var newQuick = quick
        newQuick.inputs = inputs.fingerprint
        newQuick.content = content
        newQuick.write(for: options.output)

        var report = state.report(start: start)
        report.wrote = true
        report.rebuiltOnly = page.path
        return report
    }
}
