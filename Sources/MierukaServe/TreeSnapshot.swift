import Foundation

/// The modification time, size and inode of every file under some folders,
/// compared between two polls to see whether anything changed.
///
/// Polling works the same on every system and file system (network drives,
/// containers, editors that save by renaming), needs no extra package, and a
/// walk over a site's few hundred files every 300 ms costs well under a
/// millisecond of work per file. Names starting with `.` are skipped, as the
/// build skips them (editor swap files do not trigger rebuilds).
struct TreeSnapshot: Equatable {
    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    private(set) var files: [String: Stamp] = [:]

    /// Walks `roots` (at most 32 folders deep). A link to a file is followed
    /// (its file's changes count); a link to a folder is not, as the build
    /// refuses those links (`ContentFiles`): following `ln -s . loop` and
    /// `ln -s .. up` would visit exponentially many paths. The link itself
    /// is stamped, so adding or removing it still rebuilds.
    init(_ roots: [String]) {
        for root in roots { walk(root, depth: 0, isRoot: true) }
    }

    private mutating func walk(_ path: String, depth: Int, isRoot: Bool = false) {
        var st = stat()
        guard (isRoot ? stat(path, &st) : lstat(path, &st)) == 0 else { return }
        if st.st_mode & S_IFMT == S_IFLNK {
            var target = stat()
            if stat(path, &target) == 0, target.st_mode & S_IFMT != S_IFDIR { st = target }
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            guard depth < 32, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names where !name.hasPrefix(".") { walk(path + "/" + name, depth: depth + 1) }
        } else {
            files[path] = Stamp(
                seconds: Int(st.st_mtim.tv_sec), nanoseconds: Int(st.st_mtim.tv_nsec),
                size: Int64(st.st_size), inode: UInt64(st.st_ino))
        }
    }

    /// Files added, removed or changed since `old`, sorted.
    func changes(since old: TreeSnapshot) -> [String] {
        var out: [String] = []
        for (path, stamp) in files where old.files[path] != stamp { out.append(path) }
        for path in old.files.keys where files[path] == nil { out.append(path) }
        return out.sorted()
    }
}
