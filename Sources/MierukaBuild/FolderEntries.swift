import Foundation

/// Reads one folder with `readdir` and `fstatat` (links are not followed):
/// calls `body` with each entry's name and `stat`, "." and ".." left out.
/// Returns false when the folder cannot be opened. Plain POSIX because a
/// large site has tens of thousands of entries to look at.
@discardableResult
func forEachEntry(in dir: String, _ body: (String, stat) -> Void) -> Bool {
    guard let d = opendir(dir) else { return false }
    defer { closedir(d) }
    let fd = dirfd(d)
    while let entry = readdir(d) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
        }
        if name == "." || name == ".." { continue }
        var st = stat()
        guard fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
        body(name, st)
    }
    return true
}
