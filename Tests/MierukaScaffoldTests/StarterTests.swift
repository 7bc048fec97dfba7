import Foundation
import Testing
import MierukaCore
import MierukaScaffold
import MierukaTestSupport

/// A fresh temporary folder, removed when the value goes away.
private final class TemporaryFolder {
    let path = NSTemporaryDirectory() + "mieruka-scaffold-" + UUID().uuidString
    init() { try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String = "") {
        let full = path + "/" + relative
        try! FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
    }

    /// A data folder: the theme's layout and the starter's site.yaml.
    func makeDataFolder(_ relative: String, theme: Bool = true, starter: Bool = true) {
        if theme { write(relative + "/themes/default/templates/layout.mustache") }
        if starter { write(relative + "/starter/content/site.yaml", "name: x\n") }
    }
}

/// `init` copies the starter site in `starter/`; `DataFolder` finds it and the theme.
@Suite struct StarterTests {
    static let april1 = LocalDate(year: 2021, month: 4, day: 1)!

    @Test func initWritesTheStarterFilesByteForByte() throws {
        let dir = TemporaryFolder()
        let site = dir.path + "/site"
        let starter = repoRoot + "/starter", theme = repoRoot + "/themes/default"
        let made = try Scaffold.initSite(at: site, starter: starter, theme: theme, date: Self.april1)
        #expect(
            made.filter { !$0.hasPrefix("themes/") } == [
                ".gitignore",
                ".vscode/extensions.json",
                ".vscode/settings.json",
                "content/datasets/online-procedures.yaml",
                "content/initiatives/online-procedures.yaml",
                "content/notes/2021-04-01-welcome.md",
                "content/site.yaml",
                "schemas/agreements.schema.json",
                "schemas/chart-block.schema.json",
                "schemas/dataset.schema.json",
                "schemas/initiative.schema.json",
                "schemas/note.schema.json",
                "schemas/page.schema.json",
                "schemas/site.schema.json",
                "schemas/strategy.schema.json",
                "schemas/timeline.schema.json",
                "schemas/translation.schema.json",
            ])
        let starterFiles = Scaffold.starterFiles(starter)
        #expect(starterFiles.contains("content/notes/YYYY-MM-DD-welcome.md"))
        for file in starterFiles {
            let written = FileManager.default.contents(atPath: site + "/" + Scaffold.dated(file, Self.april1))
            #expect(written != nil && written == FileManager.default.contents(atPath: starter + "/" + file), "\(file)")
        }
        let themeFiles = made.filter { $0.hasPrefix("themes/default/") }
        #expect(themeFiles.contains("themes/default/templates/layout.mustache"))
        for file in themeFiles {
            let original = theme + "/" + file.dropFirst("themes/default/".count)
            #expect(
                FileManager.default.contents(atPath: site + "/" + file)
                    == FileManager.default.contents(atPath: original), "\(file)")
        }
        // The two texts of the starter that are not content.
        #expect(FileManager.default.contents(atPath: site + "/.gitignore") == Data("output/\n.output.*\n".utf8))
        let siteYAML = try String(contentsOfFile: site + "/content/site.yaml", encoding: .utf8)
        #expect(siteYAML.contains("\ntime_zone: Asia/Tokyo\n"))
    }

    /// Every YAML file of the starter (and a note's front matter) starts with
    /// the comment naming its schema, and the schema is there in the new site.
    @Test func everyStarterFileNamesItsSchema() throws {
        let dir = TemporaryFolder()
        let site = dir.path + "/site"
        try Scaffold.initSite(
            at: site, starter: repoRoot + "/starter", theme: repoRoot + "/themes/default", date: Self.april1)
        let expected = [
            "content/site.yaml": "site", "content/initiatives/online-procedures.yaml": "initiative",
            "content/datasets/online-procedures.yaml": "dataset", "content/notes/2021-04-01-welcome.md": "note",
        ]
        let made = Scaffold.starterFiles(site + "/content").map { "content/" + $0 }
        #expect(Set(made) == Set(expected.keys), "a new kind of starter file needs its schema here")
        for (file, kind) in expected {
            let lines = try String(contentsOfFile: site + "/" + file, encoding: .utf8).split(separator: "\n")
            let first = file.hasSuffix(".md") ? lines[1] : lines[0]
            #expect(file.hasSuffix(".md") ? lines[0] == "---" : true)
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(file)")
            let relative = String(first.dropFirst(prefix.count))
            #expect(relative.hasSuffix("/schemas/\(kind).schema.json"), "\(file)")
            let folder = (site + "/" + file as NSString).deletingLastPathComponent
            let target = URL(fileURLWithPath: folder + "/" + relative).standardized.path
            #expect(target == URL(fileURLWithPath: site + "/schemas/\(kind).schema.json").standardized.path, "\(file)")
            #expect(FileManager.default.fileExists(atPath: target), "\(file)")
        }
        let settings = try String(contentsOfFile: site + "/.vscode/settings.json", encoding: .utf8)
        #expect(settings.contains("\"./schemas/initiative.schema.json\": [\n      \"/content/initiatives/*.yaml\""))
    }

    @Test func initRefusesAStarterThatIsNotOne() throws {
        let dir = TemporaryFolder()
        dir.write("starter/README")
        #expect {
            try Scaffold.initSite(
                at: dir.path + "/site", starter: dir.path + "/starter", theme: repoRoot + "/themes/default")
        } throws: { error in
            (error as? ScaffoldError)?.message
                == "'\(dir.path)/starter' is not a mieruka starter site (it has no content/site.yaml)"
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/site"), "nothing is made")
    }

    @Test func starterFilesAreRegularFilesHiddenOnesIncluded() throws {
        let dir = TemporaryFolder()
        dir.write("starter/.gitignore", "output/\n")
        dir.write("starter/content/site.yaml")
        dir.write("starter/content/notes/.keep")
        try FileManager.default.createSymbolicLink(
            atPath: dir.path + "/starter/content/link.yaml", withDestinationPath: "/etc/passwd")
        #expect(
            Scaffold.starterFiles(dir.path + "/starter") == [".gitignore", "content/notes/.keep", "content/site.yaml"])
        #expect(Scaffold.starterFiles(dir.path + "/nowhere") == [])
    }

    @Test func onlyTheFileNamesPlaceholderGetsTheDate() {
        #expect(
            Scaffold.dated("content/notes/YYYY-MM-DD-welcome.md", Self.april1) == "content/notes/2021-04-01-welcome.md")
        #expect(Scaffold.dated("YYYY-MM-DD.md", Self.april1) == "2021-04-01.md")
        #expect(Scaffold.dated("YYYY-MM-DD/welcome.md", Self.april1) == "YYYY-MM-DD/welcome.md")
        #expect(Scaffold.dated("content/site.yaml", Self.april1) == "content/site.yaml")
        #expect(
            Scaffold.dated("content/notes/welcome-YYYY-MM-DD.md", Self.april1) == "content/notes/welcome-YYYY-MM-DD.md")
    }

    @Test func theDataFolderIsFoundBesideTheBinaryOrInTheCurrentFolder() throws {
        // An installed copy: <prefix>/bin/mieruka and <prefix>/share/mieruka.
        let dir = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: dir.path + "/install/bin", withIntermediateDirectories: true)
        dir.makeDataFolder("install/share/mieruka")
        let installed = DataFolder.find(executable: dir.path + "/install/bin/mieruka", currentDirectory: "/")
        #expect(installed?.path == dir.path + "/install/share/mieruka")
        #expect(installed?.theme == dir.path + "/install/share/mieruka/themes/default")
        #expect(installed?.starter == dir.path + "/install/share/mieruka/starter")
        // A source checkout, from the binary SwiftPM builds, or from the current folder.
        #expect(
            DataFolder.find(
                executable: repoRoot + "/.build/x86_64-unknown-linux-gnu/release/mieruka", currentDirectory: "/")?.path
                == repoRoot)
        #expect(DataFolder.find(executable: nil, currentDirectory: repoRoot) == DataFolder(path: repoRoot))
        #expect(DataFolder.find(executable: nil, currentDirectory: dir.path) == nil)
        // This test's own binary is under .build/ of the repository.
        #expect(DataFolder.find(currentDirectory: "/")?.path == repoRoot)
    }

    @Test func aHalfInstalledDataFolderIsNotUsed() throws {
        let dir = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: dir.path + "/prefix/bin", withIntermediateDirectories: true)
        dir.makeDataFolder("prefix/share/mieruka", starter: false)
        dir.makeDataFolder("prefix", theme: false)
        // A site folder has a theme but no starter: running init inside one does not take its theme.
        dir.makeDataFolder("site", starter: false)
        #expect(
            DataFolder.find(executable: dir.path + "/prefix/bin/mieruka", currentDirectory: dir.path + "/site") == nil)
        dir.makeDataFolder("elsewhere")
        #expect(
            DataFolder.find(executable: dir.path + "/prefix/bin/mieruka", currentDirectory: dir.path + "/elsewhere")?
                .path
                == dir.path + "/elsewhere", "the current folder comes last")
    }

    @Test func theFoldersLookedInAndTheirOrder() {
        #expect(
            DataFolder.candidates(executable: "/usr/local/bin/mieruka", currentDirectory: "/home/town") == [
                "/usr/local/bin", "/usr/local/bin/share/mieruka",
                "/usr/local", "/usr/local/share/mieruka",
                "/usr", "/usr/share/mieruka",
                "/", "/share/mieruka",
                "/home/town",
            ])
        #expect(DataFolder.candidates(executable: nil, currentDirectory: "/home/town") == ["/home/town"])
    }
}
