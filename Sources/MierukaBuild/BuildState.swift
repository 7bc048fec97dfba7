import Foundation
import MierukaCore

/// What the last successful build read and wrote, kept beside the output
/// folder in `.<output>.mieruka-state`, so that a build with nothing changed
/// can stop after a few thousand `stat` calls instead of rebuilding.
///
/// The state is a fingerprint, not a cache of content: if any input file,
/// option, the date (overdue warnings depend on it) or the mieruka binary
/// differs, or any output file is missing or has another size or time, the
/// build runs in full. It never changes what a build writes.
struct BuildState: Codable, Equatable {
    struct Warning: Codable, Equatable {
        var file: String, line: Int, column: Int, message: String, hint: String?
    }
    var inputs: String
    var outputs: String
    var warnings: [Warning]
    var notes: Int, pages: Int, datasets: Int, charts: Int, files: Int

    static func path(for output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".mieruka-state"
    }

    static func read(for output: String) -> BuildState? {
        guard let data = FileManager.default.contents(atPath: path(for: output)) else { return nil }
        return try? JSONDecoder().decode(BuildState.self, from: data)
    }

    func write(for output: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return }
        try? data.write(to: URL(fileURLWithPath: BuildState.path(for: output)), options: .atomic)
    }

    static func remove(for output: String) { try? FileManager.default.removeItem(atPath: path(for: output)) }

    /// Everything but the files a build reads: the binary, the options, the
    /// date (overdue warnings depend on it) and where the folders are.
    static func settings(_ options: SiteOptions) -> String {
        var h = Fingerprint()
        h.add("mieruka \(Mieruka.version)")
        h.add(
            fileStamp(CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? "")
        )
        h.add(
            "base \(options.baseURL ?? "-") drafts \(options.drafts) today \(options.today?.iso ?? "-") \(options.now.map { SiteTimeZone.datesInEveryZone(at: $0).map(\.iso).joined(separator: " ") } ?? "-")"
        )
        h.add("content \(URL(fileURLWithPath: options.content).standardizedFileURL.path)")
        h.add("theme \(URL(fileURLWithPath: options.theme).standardizedFileURL.path)")
        return h.hex
    }

    /// What a build reads, fingerprinted once at its start: the settings, the
    /// theme folder, and every file of the content folder (path, size,
    /// modification time, inode), each on its own for `QuickRebuild`.
    struct Inputs {
        var settings: String
        var theme: String
        var content: [String: UInt64]
        /// All of it in one value, kept as the state's `inputs`.
        var fingerprint: String

        init(_ options: SiteOptions) {
            settings = BuildState.settings(options)
            theme = TreeFingerprint.of(options.theme)
            let (entries, contentFingerprint) = TreeFingerprint.entries(options.content)
            content = entries
            var h = Fingerprint()
            h.add(settings)
            h.add(contentFingerprint)
            h.add(theme)
            fingerprint = h.hex
        }
    }

    /// The report of a build that did not render: the last build's warnings
    /// and counts.
    func report(start: Date) -> BuildReport {
        var report = BuildReport(diagnostics: Diagnostics())
        for w in warnings {
            report.diagnostics.warning(
                w.message, at: SourceLocation(file: w.file, line: w.line, column: w.column), hint: w.hint)
        }
        (report.notes, report.pages, report.datasets, report.charts, report.files) = (
            notes, pages, datasets, charts, files
        )
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// A fingerprint of the output folder: every file's path, size and time.
    static func outputs(_ output: String) -> String { TreeFingerprint.of(output) }

    static func fileStamp(_ path: String) -> String {
        var st = stat()
        guard lstat(path, &st) == 0 else { return "missing" }
        return stamp(st)
    }

    static func stamp(_ st: stat) -> String {
        "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_ino) \(st.st_mode)"
    }
}

/// FNV-1a over 128 bits (two 64-bit lanes): fast, and enough to notice a change.
struct Fingerprint {
    private var a: UInt64 = 0xcbf29ce484222325
    private var b: UInt64 = 0x84222325cbf29ce4

    mutating func add(_ s: String) {
        for byte in s.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte)) &* 0x100000001b3 &+ 0x9e3779b97f4a7c15
        }
        a = (a ^ 0xff) &* 0x100000001b3
        b = (b ^ 0xfe) &* 0x100000001b3
    }

    mutating func add(_ words: [UInt64]) {
        for w in words {
            a = (a ^ w) &* 0x100000001b3
            b = (b ^ w) &* 0x100000001b3 &+ 0x9e3779b97f4a7c15
        }
    }

    var lanes: (UInt64, UInt64) { (a, b) }
    var hex: String { String(a, radix: 16) + String(b, radix: 16) }
}

/// The path, size, modification time, inode and mode of every entry below a
/// folder, hashed into one value that does not depend on the order entries
/// are found in (each entry's hash is added), so the folders of each level
/// are read on all cores. Plain `readdir` and `fstatat`: a large site has tens
/// of thousands of entries, and a build with nothing changed reads them all.
enum TreeFingerprint {
    static func of(_ root: String) -> String { walk(root, keep: false).hex }

    /// Every entry's own stamp (path relative to `root`, folders ending in
    /// `/`), for finding which files changed since the last build, and the
    /// fingerprint of the whole tree, which is the same as `of(root)`.
    static func entries(_ root: String) -> (entries: [String: UInt64], hex: String) {
        let w = walk(root, keep: true)
        return (w.entries, w.hex)
    }

    static func walk(_ root: String, keep: Bool) -> (hex: String, entries: [String: UInt64]) {
        var sum = (UInt64(0), UInt64(0)), count = 0
        var entries: [String: UInt64] = [:]
        var level = [""]
        while !level.isEmpty {
            let results = parallelMap(level.count) { i in read(root, level[i], keep: keep) }
            level = []
            for r in results {
                sum.0 &+= r.sum.0
                sum.1 &+= r.sum.1
                count += r.count
                level += r.folders
                if keep { entries.merge(r.entries) { a, _ in a } }
            }
        }
        return (format(sum, count), entries)
    }

    static func format(_ sum: (UInt64, UInt64), _ count: Int) -> String {
        func hex(_ v: UInt64) -> String {
            let h = String(v, radix: 16)
            return String(repeating: "0", count: 16 - h.count) + h
        }
        return hex(sum.0) + hex(sum.1) + "-\(count)"
    }

    /// One entry's share of the fingerprint.
    static func entryHash(_ rel: String, _ st: stat) -> (UInt64, UInt64) {
        var h = Fingerprint()
        h.add(rel)
        h.add([
            UInt64(bitPattern: Int64(st.st_size)), UInt64(bitPattern: Int64(st.st_mtim.tv_sec)),
            UInt64(bitPattern: Int64(st.st_mtim.tv_nsec)), UInt64(st.st_ino), UInt64(st.st_mode),
        ])
        return h.lanes
    }

    /// `fingerprint` of a tree in which only these entries changed (same
    /// paths, new stats): no need to read the tree again.
    static func adjusted(_ fingerprint: String, changes: [(rel: String, before: stat, after: stat)]) -> String? {
        let parts = fingerprint.split(separator: "-")
        guard parts.count == 2, parts[0].count == 32, let count = Int(parts[1]),
            var a = UInt64(parts[0].prefix(16), radix: 16), var b = UInt64(parts[0].suffix(16), radix: 16)
        else { return nil }
        for change in changes {
            let old = entryHash(change.rel, change.before), new = entryHash(change.rel, change.after)
            a = a &- old.0 &+ new.0
            b = b &- old.1 &+ new.1
        }
        return format((a, b), count)
    }

    /// One folder: the hashes of its entries, and its subfolders (relative).
    static func read(_ root: String, _ dir: String, keep: Bool) -> (
        sum: (UInt64, UInt64), count: Int, folders: [String], entries: [(String, UInt64)]
    ) {
        var sum = (UInt64(0), UInt64(0)), count = 0
        var folders: [String] = []
        var entries: [(String, UInt64)] = []
        forEachEntry(in: dir.isEmpty ? root : root + "/" + dir) { name, st in
            let rel = dir.isEmpty ? name : dir + "/" + name
            let isFolder = st.st_mode & S_IFMT == S_IFDIR
            if isFolder { folders.append(rel) }
            let (a, b) = entryHash(rel, st)
            sum.0 &+= a
            sum.1 &+= b
            count += 1
            if keep { entries.append((isFolder ? rel + "/" : rel, a ^ (b << 1 | b >> 63))) }
        }
        return (sum, count, folders, entries)
    }
}
