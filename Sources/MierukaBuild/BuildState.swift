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

    /// A fingerprint of everything a build reads: every file under the content
    /// and theme folders (path, size, modification time in nanoseconds), the
    /// options, and the binary itself.
    static func inputs(_ options: SiteOptions) -> String {
        var h = Fingerprint()
        h.add("mieruka \(Mieruka.version)")
        h.add(fileStamp(CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? ""))
        h.add("base \(options.baseURL ?? "-") drafts \(options.drafts) today \(options.today?.iso ?? "-")")
        for root in [options.content, options.theme] {
            h.add("root \(URL(fileURLWithPath: root).standardizedFileURL.path)")
            for (file, stamp) in stamps(root) { h.add(file); h.add(stamp) }
        }
        return h.hex
    }

    /// A fingerprint of the output folder: every file's path, size and time.
    static func outputs(_ output: String) -> String {
        var h = Fingerprint()
        for (file, stamp) in stamps(output) { h.add(file); h.add(stamp) }
        return h.hex
    }

    static func fileStamp(_ path: String) -> String {
        var st = stat()
        guard lstat(path, &st) == 0 else { return "missing" }
        return stamp(st)
    }

    static func stamp(_ st: stat) -> String {
        "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_ino) \(st.st_mode)"
    }

    /// Every path below `root` (files, links, and folders with a trailing
    /// `/`), relative and sorted, with its stamp. Plain `readdir` and
    /// `fstatat`: a large site has tens of thousands of entries.
    static func stamps(_ root: String) -> [(path: String, stamp: String)] {
        var out: [(path: String, stamp: String)] = []
        var queue = [""]
        while let dir = queue.popLast() {
            let full = dir.isEmpty ? root : root + "/" + dir
            guard let d = opendir(full) else { continue }
            defer { closedir(d) }
            let fd = dirfd(d)
            while let entry = readdir(d) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                var st = stat()
                guard fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                let rel = dir.isEmpty ? name : dir + "/" + name
                if st.st_mode & S_IFMT == S_IFDIR {
                    queue.append(rel)
                    out.append((rel + "/", stamp(st)))
                } else {
                    out.append((rel, stamp(st)))
                }
            }
        }
        return out.sorted { $0.path < $1.path }
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

    var hex: String { String(a, radix: 16) + String(b, radix: 16) }
}
