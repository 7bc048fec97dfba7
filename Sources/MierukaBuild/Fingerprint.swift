import Foundation
import MierukaCore

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
