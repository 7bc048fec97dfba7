import Foundation

/// A content folder of this fuzzing process, on tmpfs when the machine has
/// one (`/dev/shm`), so that loading through `ContentLoader.load` costs no
/// disk writes. Each input rewrites the files it needs and deletes the rest,
/// so one input never sees another's files. The folder is removed at exit.
public final class Scratch: @unchecked Sendable {
    /// The content folder, e.g. `/dev/shm/mieruka-fuzz-1234/content`.
    public let content: String
    private let root: String
    private var written: Set<String> = []

    public static let shared = Scratch()

    private init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
        root = base + "mieruka-fuzz-\(getpid())"
        content = root + "/content"
        try? FileManager.default.removeItem(atPath: root)
        try! FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        atexit { Scratch.removeAtExit() }
    }

    private static func removeAtExit() { try? FileManager.default.removeItem(atPath: shared.root) }

    /// Makes the content folder hold exactly `files` (path relative to it -> bytes).
    public func set(_ files: [String: [UInt8]]) {
        for path in written where files[path] == nil {
            unlink(content + "/" + path)
        }
        for (path, bytes) in files {
            let full = content + "/" + path
            let folder = (full as NSString).deletingLastPathComponent
            if !FileManager.default.fileExists(atPath: folder) {
                try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            precondition(fd >= 0, "cannot write \(full)")
            bytes.withUnsafeBytes { buffer in
                var done = 0
                while done < buffer.count {
                    let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                    precondition(n > 0, "cannot write \(full)")
                    done += n
                }
            }
            close(fd)
        }
        written = Set(files.keys)
    }

    /// The same, for text files.
    public func set(text files: [String: String]) {
        set(files.mapValues { Array($0.utf8) })
    }

    /// A site.yaml that passes every check, so a load goes on to the files
    /// under test and the validator runs over them.
    public static let siteYAML = """
        name: 磐梯町 DXの歩み
        municipality:
          name: 磐梯町
          prefecture: 福島県
          code: "074071"
        base_url: https://example.org/

        """
}
