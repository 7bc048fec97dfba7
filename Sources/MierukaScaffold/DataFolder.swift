import Foundation

/// The folder of files mieruka needs besides its binary:
///
///     <data folder>/
///     ├── themes/default/   the default theme, copied into a new site by `init`
///     └── starter/          the starter site `init` copies: .gitignore, content/…
///
/// In a source checkout it is the repository's top folder. An installed copy
/// keeps it in `<prefix>/share/mieruka/`, beside `<prefix>/bin/mieruka`: that
/// is where `make install` must put both folders (`/usr/local/share/mieruka/
/// themes/default` and `/usr/local/share/mieruka/starter` for the prefix
/// `/usr/local`), hidden files included (`starter/.gitignore`).
public struct DataFolder: Sendable, Equatable {
    public var path: String

    public init(path: String) { self.path = path }

    /// The default theme: `themes/default`.
    public var theme: String { path + "/themes/default" }
    /// The starter site: `starter`.
    public var starter: String { path + "/starter" }

    /// Whether `path` holds both the default theme and the starter site.
    public static func isDataFolder(_ path: String) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: path + "/themes/default/templates/layout.mustache")
            && fm.fileExists(atPath: path + "/starter/content/site.yaml")
    }

    /// The folders `find` looks in, in order: the running binary's folder and
    /// each folder above it (seven in all), each as itself and with
    /// `share/mieruka` under it, then the current folder. This finds the
    /// repository from `.build/debug/mieruka` (or `.build/<triple>/release/…`)
    /// and `/usr/local/share/mieruka` from `/usr/local/bin/mieruka`.
    public static func candidates(executable: String?, currentDirectory: String) -> [String] {
        var out: [String] = []
        if let executable {
            var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<7 {
                let base = dir.path == "/" ? "" : dir.path
                out += [dir.path, base + "/share/mieruka"]
                if dir.path == "/" { break }
                dir.deleteLastPathComponent()
            }
        }
        out.append(currentDirectory)
        return out
    }

    /// The first of `candidates` that holds both the theme and the starter
    /// site; nil when none does (a half-installed folder is not used).
    public static func find(
        executable: String? = currentExecutable(),
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> DataFolder? {
        candidates(executable: executable, currentDirectory: currentDirectory).first(where: isDataFolder).map(
            DataFolder.init(path:))
    }

    /// The running binary's path (`/proc/self/exe` on Linux).
    public static func currentExecutable() -> String? {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        return Bundle.main.executablePath
    }
}
