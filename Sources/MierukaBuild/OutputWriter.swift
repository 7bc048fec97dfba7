import Foundation
import MierukaCore
import MierukaSite

/// Writes a built site so that `output/` is always either the complete old
/// site or the complete new one.
///
/// Files go into a staging folder beside `output/`; when all are written the
/// two folders are exchanged in one atomic `renameat2(RENAME_EXCHANGE)`. The
/// old site is kept as `.<output>.previous` and becomes the next build's
/// staging folder: its files are overwritten in place and the ones the new
/// site no longer has are removed, so a rebuild creates and deletes almost no
/// files (on ext4, deleting tens of thousands of files makes creating new
/// ones slow for a minute after). A marker file tells folders mieruka wrote
/// from any other: mieruka refuses to replace a non-empty folder without it.
public struct OutputWriter {
    /// The marker file written at the root of every output folder.
    public static let marker = ".mieruka-output"

    public let output: String
    let parent: String
    let name: String

    public init(output: String) {
        var o = output
        while o.count > 1 && o.hasSuffix("/") { o.removeLast() }
        self.output = o
        let url = URL(fileURLWithPath: o).standardizedFileURL
        self.parent = url.deletingLastPathComponent().path
        self.name = url.lastPathComponent
    }

    /// Why the output folder may not be used, or nil when it may.
    /// - Parameter protected: folders that must never be replaced (content, theme).
    public func refusal(protecting protected: [String]) -> String? {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        if target == "/" { return "the output folder cannot be the root folder '/'" }
        let home = fm.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if target == home { return "the output folder cannot be your home folder" }
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).standardizedFileURL.resolvingSymlinksInPath().path
        if target == cwd { return "the output folder cannot be the current folder" }
        for p in protected {
            let real = URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path
            if target == real || real.hasPrefix(target + "/") || target.hasPrefix(real + "/") {
                return "the output folder '\(output)' overlaps '\(p)', which mieruka must not replace"
            }
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: output, isDirectory: &isDir) {
            if !isDir.boolValue { return "'\(output)' is a file, not a folder" }
            let entries = (try? fm.contentsOfDirectory(atPath: output)) ?? []
            if !entries.isEmpty && !entries.contains(Self.marker) {
                return "the folder '\(output)' is not empty and was not made by mieruka, so mieruka will not replace it"
            }
        }
        return nil
    }

    /// The site before the last build, kept to be reused as a staging folder.
    var previous: String { "\(parent)/.\(name).previous" }

    /// The lock file beside the output folder: `.<output>.mieruka-lock`.
    var lockPath: String { "\(parent)/.\(name).mieruka-lock" }

    /// Takes the lock on this output folder for a whole build, waiting while
    /// another build holds it (`waiting` is called once, before the wait).
    ///
    /// Two builds into one folder share everything beside it: the reused
    /// `.previous` site (one build renamed it into its staging folder while
    /// the other deleted it), the leftovers a starting build clears away (it
    /// deleted the other build's live staging folder: "could not create
    /// '.output.staging-<pid>/…'"), the state files. With the lock they run
    /// one after the other, as make and cargo do. It is an advisory `flock`
    /// on a file that is never deleted (deleting lock files lets two builds
    /// lock two different files); the system releases it when the build
    /// ends in any way, killed included.
    public func lock(waiting: ((String) -> Void)? = nil) throws -> OutputLock {
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw WriteError("could not open the lock file '\(lockPath)': \(String(cString: strerror(errno)))")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let why = String(cString: strerror(errno))
                close(fd)
                throw WriteError("could not lock '\(lockPath)': \(why)")
            }
            waiting?("waiting for another build into '\(output)' to finish")
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let why = String(cString: strerror(errno))
                    close(fd)
                    throw WriteError("could not lock '\(lockPath)': \(why)")
                }
            }
        }
        TestPause.at("locked")
        return OutputLock(fd: fd)
    }

    /// Makes the staging folder beside `output/`, for files to be written into
    /// (from several threads) as they are rendered: the previous site when
    /// there is one (see the type's comment), else an empty folder.
    public func begin() throws -> StagingFolder {
        let fm = FileManager.default
        try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let staging = "\(parent)/.\(name).staging-\(ProcessInfo.processInfo.processIdentifier)"
        try? fm.removeItem(atPath: staging)
        var existing: StagingFolder.Inventory?
        if fm.fileExists(atPath: previous + "/" + Self.marker), rename(previous, staging) == 0 {
            existing = StagingFolder.inventory(staging)
        } else {
            try? fm.removeItem(atPath: previous)
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
        }
        TestPause.at("write-start")
        return StagingFolder(path: staging, existing: existing)
    }

    /// Marks the staging folder as mieruka's, removes what an earlier site
    /// left in it, and swaps it in for `output/`.
    public func finish(_ staging: StagingFolder) throws {
        do {
            try staging.write(
                OutputFile(Self.marker, "This folder is written by mieruka and replaced on every build.\n"))
            try staging.removeStale()
        } catch {
            abandon(staging)
            throw error
        }
        try swap(staging.path)
    }

    /// Gives up a build: `output/` stays as it was, and the staging folder is
    /// kept for the next build to reuse (when it was a reused site) or deleted.
    public func abandon(_ staging: StagingFolder) {
        keepAsPrevious(staging.path)
    }

    /// Replaces one existing file of `output/` with one atomic rename: readers
    /// see the old file or the new one, never a part. For a rebuild in which
    /// only this file changed (`QuickRebuild`); bytes that are already there
    /// are not written again.
    public func replace(_ relative: String, with bytes: [UInt8]) throws {
        guard let safe = SafePath.relative(relative), safe == relative else {
            throw WriteError("refusing to write '\(relative)': the path leaves the output folder")
        }
        let dest = output + "/" + relative
        var st = stat()
        guard lstat(dest, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            throw WriteError("'\(dest)' is not a file of the site")
        }
        if StagingFolder.hasContent(dest, bytes) { return }
        // Beside the output folder (same file system), so a build killed
        // before the rename leaves nothing inside `output/`.
        let temporary = "\(parent)/.\(name).replace-\(ProcessInfo.processInfo.processIdentifier)"
        try Self.writeFile(temporary, bytes)
        TestPause.at("replace-before")
        guard rename(temporary, dest) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError("could not replace '\(dest)': \(why)")
        }
    }

    /// Exchanges staging and output atomically; the old site is kept as `.previous`.
    func swap(_ staging: String) throws {
        let fm = FileManager.default
        TestPause.at("swap-before")
        if fm.fileExists(atPath: output) {
            if Self.exchange(staging, output) {
                TestPause.at("swap-after")
                keepAsPrevious(staging)
                return
            }
            // No renameat2 (old kernel): two renames; a crash between them
            // leaves the old site in the `.old` folder, restored on the next run.
            let old = "\(parent)/.\(name).old-\(ProcessInfo.processInfo.processIdentifier)"
            try fm.moveItem(atPath: output, toPath: old)
            try fm.moveItem(atPath: staging, toPath: output)
            keepAsPrevious(old)
        } else {
            try fm.moveItem(atPath: staging, toPath: output)
        }
    }

    /// Keeps the site just replaced for the next build to write over; a folder
    /// that is not mieruka's output (no marker) is deleted instead.
    func keepAsPrevious(_ old: String) {
        let fm = FileManager.default
        try? fm.removeItem(atPath: previous)
        if !fm.fileExists(atPath: old + "/" + Self.marker) || rename(old, previous) != 0 {
            try? fm.removeItem(atPath: old)
        }
    }

    /// Removes staging and old folders left by a build that was killed, and
    /// restores an old site if the output folder itself went missing. Called
    /// with the lock held (`lock()`), so no other build of this mieruka is
    /// writing; a folder whose process is still alive (a build that took no
    /// lock) is left alone all the same.
    func removeLeftovers() {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: parent) else { return }
        let own = ProcessInfo.processInfo.processIdentifier
        for entry in entries.sorted()
        where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-")
            || entry.hasPrefix(".\(name).replace-")
        {
            if let pid = Int32(entry[entry.index(after: entry.lastIndex(of: "-")!)...]), pid != own, pid > 0,
                kill(pid, 0) == 0 || errno == EPERM
            {
                continue
            }
            let path = parent + "/" + entry
            if entry.hasPrefix(".\(name).old-") && !fm.fileExists(atPath: output) {
                try? fm.moveItem(atPath: path, toPath: output)
                continue
            }
            try? fm.removeItem(atPath: path)
        }
    }

    /// Writes a new file with plain POSIX calls. Foundation's atomic write
    /// would fsync and rename each of thousands of files; the staging folder
    /// and the single swap already make the whole site atomic.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        // O_NOFOLLOW: never write through a link left in a reused folder.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw WriteError("could not create '\(path)': \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { buf in
            while offset < buf.count {
                let n = Foundation.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw WriteError("could not write '\(path)': \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
    }

    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2(..., RENAME_EXCHANGE)`, looked up at run time because the
    /// C library headers Swift sees do not declare it.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let atCWD: Int32 = -100
            let renameExchange: UInt32 = 2
            return renameat2(atCWD, a, atCWD, b, renameExchange) == 0
        #else
            return false
        #endif
    }
}

/// The folder a build writes into before it becomes `output/`. Files come
/// from the rendering threads as each is made, so the whole site is never in
/// memory and writing overlaps rendering.
public final class StagingFolder: OutputSink, @unchecked Sendable {
    /// What an earlier site left in a reused staging folder (absolute paths).
    struct Inventory {
        var files: Set<String> = []
        var folders: Set<String> = []
    }

    public let path: String
    private let lock = NSLock()
    /// Folders this site needs, made or found (guarded by `lock`).
    private var made: Set<String>
    /// Files written so far (guarded by `lock`).
    private var written: Set<String> = []
    private let existing: Inventory

    init(path: String, existing: Inventory? = nil) {
        self.path = path
        self.made = [path]
        self.existing = existing ?? Inventory()
    }

    public func write(_ file: OutputFile) throws {
        guard let safe = SafePath.relative(file.path), safe == file.path else {
            throw WriteError("refusing to write '\(file.path)': the path leaves the output folder")
        }
        let dest = path + "/" + file.path
        try makeParents(of: dest)
        let bytes: [UInt8]
        switch file.content {
        case .bytes(let b):
            bytes = b
        case .copy(let source):
            guard let data = FileManager.default.contents(atPath: source) else {
                throw WriteError("could not read '\(source)'")
            }
            bytes = [UInt8](data)
        case .sent:
            throw WriteError("'\(file.path)' has no content left to write")
        }
        if existing.folders.contains(dest) {
            // A folder of the earlier site where this site has a file.
            try? FileManager.default.removeItem(atPath: dest)
        }
        // A file the earlier site already had with these very bytes is left
        // alone: its time stays, so rsync and HTTP caches see it unchanged.
        if !(existing.files.contains(dest) && Self.hasContent(dest, bytes)) {
            try OutputWriter.writeFile(dest, bytes)
        }
        lock.lock()
        written.insert(dest)
        let count = written.count
        lock.unlock()
        if count == 5 { TestPause.at("write-middle") }  // some files written, most not
    }

    /// Whether the regular file at `path` holds exactly `bytes`.
    static func hasContent(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, Int(st.st_size) == bytes.count else { return false }
        if bytes.isEmpty { return true }
        var old = [UInt8](repeating: 0, count: bytes.count + 1)
        var got = 0
        while got < old.count {
            let n = old.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        return got == bytes.count && old.prefix(got).elementsEqual(bytes)
    }

    /// Creates the folders above `path` that do not exist yet.
    private func makeParents(of path: String) throws {
        let dir = String(path[..<path.lastIndex(of: "/")!])
        lock.lock()
        defer { lock.unlock() }
        try makeFolder(dir)
    }

    /// Called with `lock` held.
    private func makeFolder(_ dir: String) throws {
        if made.contains(dir) { return }
        try makeFolder(String(dir[..<dir.lastIndex(of: "/")!]))
        if !existing.folders.contains(dir) {
            // A file of the earlier site where this site has a folder.
            if existing.files.contains(dir) { unlink(dir) }
            if mkdir(dir, 0o755) != 0 && errno != EEXIST {
                throw WriteError("could not create the folder '\(dir)': \(String(cString: strerror(errno)))")
            }
        }
        made.insert(dir)
    }

    /// Deletes the files and folders of the earlier site that this one does
    /// not have. Called once every file is written.
    func removeStale() throws {
        lock.lock()
        defer { lock.unlock() }
        for file in existing.files where !written.contains(file) && !made.contains(file) {
            if unlink(file) != 0 && errno != ENOENT {
                throw WriteError(
                    "could not remove '\(file)' left by the previous site: \(String(cString: strerror(errno)))")
            }
        }
        for folder in existing.folders.sorted(by: >) where !made.contains(folder) && !written.contains(folder) {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// The files and folders in a folder being reused. Anything that is not a
    /// plain folder or a regular file with one link (a symbolic link, or a
    /// file hard-linked from elsewhere, which writing in place would change
    /// there too) is removed first, so writing never reaches outside.
    static func inventory(_ root: String) -> Inventory {
        var inventory = Inventory()
        var queue = [root]
        while let dir = queue.popLast() {
            var remove: [String] = []
            forEachEntry(in: dir) { name, st in
                let full = dir + "/" + name
                switch st.st_mode & S_IFMT {
                case S_IFDIR:
                    inventory.folders.insert(full)
                    queue.append(full)
                case S_IFREG where st.st_nlink == 1:
                    inventory.files.insert(full)
                default:
                    remove.append(full)
                }
            }
            for full in remove { unlink(full) }
        }
        return inventory
    }
}

/// The lock on an output folder (see `OutputWriter.lock`), held until this
/// value is released or the process ends.
public final class OutputLock: @unchecked Sendable {
    private let fd: Int32

    init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }
}

struct WriteError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Lets the crash-safety tests stop a real build at a named point and kill
/// it there: with `MIERUKA_TEST_PAUSE=<point>` the process says
/// `paused at <point>` on standard error and sleeps. Unset, it does nothing.
enum TestPause {
    static let point = ProcessInfo.processInfo.environment["MIERUKA_TEST_PAUSE"]

    static func at(_ name: String) {
        guard point == name else { return }
        FileHandle.standardError.write(Data("paused at \(name)\n".utf8))
        sleep(60)
    }
}
