import Foundation
import MierukaCore
import MierukaYAML

/// Reads files under the content folder safely: only regular files inside
/// it, only valid UTF-8, bounded in size. A byte order mark is dropped and
/// CRLF line endings become LF, so positions are the same as an editor shows.
///
/// Links are decided here, once, for every reader of the content (so `check`,
/// `build` and `serve` agree): a link to a regular file inside the content
/// folder is followed; a link to a folder (inside or out), a link out of the
/// content folder, a link to nothing and a loop of links are refused, with
/// the link's own path in the message. Not following links to folders is
/// what keeps every walk finite: `ln -s . static/loop` would otherwise make
/// `static/loop/loop/…` (and with a second link, exponentially many paths).
struct ContentFiles {
    /// The content folder as the user gave it; diagnostics show paths under it.
    let root: String
    let realRoot: String
    let log: DiagnosticLog
    /// Links already reported, shared by every copy (see `init(sharing:log:)`),
    /// so a link met by two readers is reported once.
    private let reported: Reported

    static let maxTextBytes = 8 * 1024 * 1024

    init(root: String, log: DiagnosticLog) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.realRoot = Self.realPath(root) ?? URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        self.log = log
        self.reported = Reported()
    }

    /// The same folder, reporting to another log (for loading files in parallel).
    init(sharing other: ContentFiles, log: DiagnosticLog) {
        (root, realRoot, reported, self.log) = (other.root, other.realRoot, other.reported, log)
    }

    /// `content/notes/x.md` for `notes/x.md`.
    func display(_ relative: String) -> String {
        if relative == "." || relative.isEmpty { return root }
        return root == "." ? relative : root + "/" + relative
    }

    func exists(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: display(relative), isDirectory: &isDir) && !isDir.boolValue
    }

    func isDirectory(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: display(relative), isDirectory: &isDir) && isDir.boolValue
    }

    /// Names in a folder of the content, sorted so builds never depend on the
    /// order the file system lists them in. Hidden files are skipped. Real
    /// subfolders are listed (the caller decides what to do with them); links
    /// to folders, links to nothing and loops of links are reported and left
    /// out; links to files are listed, and `text` decides whether they may be
    /// read. A folder that is itself reached through a link gives nothing
    /// (the link is reported).
    func list(_ relative: String) -> [String] {
        guard !folderIsLinked(relative) else { return [] }
        var names: [String] = []
        Self.forEachEntry(in: display(relative)) { name, st in
            guard !name.hasPrefix(".") else { return }
            let path = relative == "." ? name : relative + "/" + name
            if st.st_mode & S_IFMT == S_IFLNK, let refusal = refusal(ofLink: path) {
                if case .outside(folder: false) = refusal {
                } else {
                    report(refusal, at: path, reading: .listing)
                    return
                }
            }
            names.append(name)
        }
        return names.sorted()
    }

    /// Every regular file below a folder (links to regular files inside the
    /// content folder included), as paths relative to the content root,
    /// sorted. Everything else is reported and left out: links to folders,
    /// out of the content folder or to nothing, pipes and devices.
    func walk(_ relative: String) -> [String] {
        guard !folderIsLinked(relative) else { return [] }
        var out: [String] = []
        var queue = [relative]
        while let dir = queue.popLast() {
            Self.forEachEntry(in: display(dir)) { name, st in
                guard !name.hasPrefix(".") else { return }
                let path = dir + "/" + name
                switch st.st_mode & S_IFMT {
                case S_IFDIR: queue.append(path)
                case S_IFREG: out.append(path)
                case S_IFLNK:
                    if let refusal = refusal(ofLink: path) {
                        report(refusal, at: path, reading: .copying)
                    } else {
                        out.append(path)
                    }
                default: report(.notAFile, at: path, reading: .copying)
                }
            }
        }
        return out.sorted()
    }

    /// Whether the file, after following links, is still inside the content folder.
    func staysInside(_ relative: String) -> Bool {
        // Most files: no link anywhere below the content folder, which a
        // `lstat` per path component shows without resolving the whole path.
        var prefix = root
        var linked = false
        for component in relative.split(separator: "/") where component != "." {
            prefix += "/" + component
            var st = stat()
            guard lstat(prefix, &st) == 0 else { break }
            if st.st_mode & S_IFMT == S_IFLNK { linked = true; break }
        }
        if !linked { return true }
        guard let real = Self.realPath(display(relative)) else { return false }
        return isInside(real)
    }

    // MARK: links

    /// Why a link cannot be followed.
    enum LinkRefusal: Equatable {
        /// It leads out of the content folder (to a folder or not).
        case outside(folder: Bool)
        /// It leads to a folder inside the content folder (shown as `display` shows it).
        case folder(String)
        /// Nothing is where it leads; the link's own text.
        case missing(String)
        /// It leads, through other links, back to itself (or through more links than the system follows).
        case loop
        /// What it leads to (or the entry itself) is neither a file nor a folder: a pipe, a socket, a device.
        case notAFile
    }

    /// What the reader was doing, for the end of the message.
    enum Reading { case listing, copying, reading }

    /// Why the link at `relative` may not be followed, or nil when it leads
    /// to a regular file inside the content folder.
    func refusal(ofLink relative: String) -> LinkRefusal? {
        let path = display(relative)
        guard let real = Self.realPath(path) else {
            if errno == ELOOP { return .loop }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(path, &buffer, buffer.count - 1)
            return .missing(n > 0 ? String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "")
        }
        var st = stat()
        let kind = stat(real, &st) == 0 ? st.st_mode & S_IFMT : 0
        guard isInside(real) else { return .outside(folder: kind == S_IFDIR) }
        switch kind {
        case S_IFREG: return nil
        case S_IFDIR: return .folder(display(real == realRoot ? "." : String(real.dropFirst(realRoot.count + 1))))
        default: return .notAFile
        }
    }

    /// Whether a folder to list or walk is reached through a link (reported
    /// at the link). The content folder itself may be a link.
    func folderIsLinked(_ relative: String) -> Bool {
        if let (link, refusal) = linkOnTheWay(to: relative) {
            report(refusal, at: link, reading: .listing)
            return true
        }
        return false
    }

    /// The first link on the way from the content folder to `relative` that
    /// may not be followed: a link to a folder anywhere on the way, or a
    /// last component that is a refused link. A link to a file inside is
    /// followed.
    func linkOnTheWay(to relative: String) -> (String, LinkRefusal)? {
        let components = relative.split(separator: "/").filter { $0 != "." }
        var prefix = ""
        for component in components {
            prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
            var st = stat()
            guard lstat(display(prefix), &st) == 0 else { return nil }
            guard st.st_mode & S_IFMT == S_IFLNK else { continue }
            // A link to a file where a folder is wanted: the path goes no
            // further, and opening it says so.
            guard let refusal = refusal(ofLink: prefix) else { return nil }
            return (prefix, refusal)
        }
        return nil
    }

    /// Reports a refused link (once per link, however many readers meet it).
    func report(_ refusal: LinkRefusal, at relative: String, reading: Reading) {
        guard reported.insert(relative) else { return }
        let path = display(relative)
        let copyHint = "copy the file into the content folder instead of linking to it"
        switch refusal {
        case .outside(folder: true) where reading != .copying:
            log.error(
                "'\(path)' is a link to a folder outside the content folder; mieruka does not follow links to folders",
                at: .file(path),
                hint: "copy the files into the content folder instead of linking to them")
        case .outside:
            if reading == .copying {
                log.error(
                    "'\(path)' is a link to a place outside the content folder, so it is not copied", at: .file(path),
                    hint: copyHint)
            } else {
                log.error(
                    "'\(path)' is a link to a file outside the content folder; mieruka does not read it",
                    at: .file(path), hint: copyHint)
            }
        case .folder(let folder):
            log.error(
                "'\(path)' is a link to the folder '\(folder)'; mieruka does not follow links to folders",
                at: .file(path),
                hint:
                    "remove the link; to have the same files in two places, copy them (a link to a single file inside the content folder is followed)"
            )
        case .missing(let target):
            log.error(
                "'\(path)' is a link to '\(target)', which does not exist", at: .file(path),
                hint: "correct the link or remove it; a link is followed only to a file inside the content folder")
        case .loop:
            log.error(
                "'\(path)' is a link that leads back to itself through other links, so it leads to no file",
                at: .file(path),
                hint: "remove the link, or replace it with the file itself")
        case .notAFile:
            log.error(
                "'\(path)' is neither a file nor a folder (a pipe, a socket or a device), so \(reading == .copying ? "it is not copied" : "mieruka does not read it")",
                at: .file(path), hint: "remove it from the content folder")
        }
    }

    func isInside(_ real: String) -> Bool {
        real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    /// `realpath(3)`: the path with every link resolved, or nil (with `errno` set).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Reads one folder with `readdir` and `lstat` (links are not followed):
    /// each entry's name and `stat`, "." and ".." left out.
    static func forEachEntry(in dir: String, _ body: (String, stat) -> Void) {
        guard let d = opendir(dir) else { return }
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
    }

    /// The paths of links already reported (shared between parallel readers).
    final class Reported: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: Set<String> = []
        /// True the first time a path is given.
        func insert(_ path: String) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return paths.insert(path).inserted
        }
    }

    /// The text of a content file, or nil with a diagnostic.
    /// - Parameter spreadsheet: a CSV file, which may also be Shift_JIS (`TextEncoding`).
    func text(_ relative: String, maxBytes: Int = ContentFiles.maxTextBytes, spreadsheet: Bool = false) -> String? {
        let path = display(relative)
        if let (link, refusal) = linkOnTheWay(to: relative) {
            report(refusal, at: link, reading: .reading)
            return nil
        }
        // Plain POSIX: a large site reads ten thousand files.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            log.error("'\(path)' cannot be read", at: .file(path))
            return nil
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            log.error("'\(path)' cannot be read", at: .file(path))
            return nil
        }
        let size = Int(st.st_size)
        if size > maxBytes {
            log.error(
                "'\(path)' is \(size / 1_048_576) MB, larger than the \(maxBytes / 1_048_576) MB a content file may be",
                at: .file(path), hint: "split it into smaller files")
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, size - got) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            got += n
        }
        guard got == size else {
            log.error("'\(path)' cannot be read", at: .file(path))
            return nil
        }
        return ContentFiles.decode(bytes, path: path, log: log, spreadsheet: spreadsheet)
    }

    /// UTF-8 text with BOM dropped and CRLF/CR turned into LF; a diagnostic at
    /// the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8], path: String, log: DiagnosticLog, spreadsheet: Bool = false) -> String? {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            if spreadsheet { return decodeSpreadsheet(bytes, path: path, log: log) }
            let (line, column) = firstInvalidUTF8(bytes)
            log.error(
                "the file is not saved as UTF-8 text: the first character that cannot be read is here",
                at: SourceLocation(file: path, line: line, column: column),
                hint: "save the file again with the UTF-8 encoding; files saved as Shift_JIS cannot be read")
            return nil
        }
        return withLFLineEnds(text)
    }

    /// CRLF and lone CR become LF, so positions are those an editor shows.
    static func withLFLineEnds(_ text: String) -> String {
        if !text.containsByte(0x0D) { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// A CSV that is not UTF-8: Shift_JIS is read with a warning, anything
    /// else refused with a message naming what it is.
    static func decodeSpreadsheet(_ bytes: ArraySlice<UInt8>, path: String, log: DiagnosticLog) -> String? {
        let hint = "in Excel, use File → Save As → \"CSV UTF-8 (comma delimited)\"; mieruka always publishes UTF-8"
        switch TextEncoding.detect(bytes) {
        case .shiftJIS(let text):
            log.warning(
                "the CSV file is saved as Shift_JIS (what Excel writes for \"CSV (comma delimited)\"); mieruka read it, but UTF-8 is safer",
                at: .file(path), hint: hint)
            return withLFLineEnds(text)
        case .utf16(let big):
            log.error(
                "the CSV file is saved as UTF-16 (\(big ? "big" : "little")-endian, Excel's \"Unicode text\"), which mieruka cannot read",
                at: .file(path), hint: hint)
        case .mixed:
            let (line, column) = firstInvalidUTF8(bytes)
            log.error(
                "the CSV file mixes UTF-8 with another encoding: the first character that is not UTF-8 is here",
                at: SourceLocation(file: path, line: line, column: column),
                hint: "the file was probably pasted together from two programs; save it again from one of them as UTF-8"
            )
        case .unknown:
            let (line, column) = firstInvalidUTF8(bytes)
            log.error(
                "the CSV file is neither UTF-8 nor Shift_JIS: the first character that cannot be read is here",
                at: SourceLocation(file: path, line: line, column: column), hint: hint)
        }
        return nil
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            if i + length > bytes.endIndex { return (line, column) }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return (line, column) }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return (line, column)
    }

    /// Parses a YAML file; nil (with the diagnostic) when it cannot be read or parsed.
    /// - Parameters:
    ///   - starts: what the file should start with, for the hint when it is
    ///     empty, e.g. "'title:' and 'status:'".
    ///   - required: whether the site needs the file (then deleting it is no way out).
    func yaml(_ relative: String, starts: String, required: Bool = false) -> YAMLNode? {
        guard let text = text(relative) else { return nil }
        let path = display(relative)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            log.error(
                "the file is empty", at: .file(path),
                hint: "write its keys in it, starting with \(starts)\(required ? "" : ", or delete the file")")
            return nil
        }
        do {
            return try YAMLParser.parse(text, file: path)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
    }
}
