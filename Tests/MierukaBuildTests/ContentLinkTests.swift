import Foundation
import Testing
import MierukaTestSupport

/// Links inside `content/`: a link to a regular file inside the content folder
/// is followed; a link to a folder (inside or out), a link out, a link to
/// nothing and a loop of links are refused, with the link's path in the
/// message. `ContentFiles` decides once, at load, so `check` and `build` say
/// the same thing, and a refused build leaves `output/` as it was.
@Suite struct ContentLinkTests {
    static let site =
        notesSite + """

            -- content/static/images/office.txt --
            庁舎の写真の代わり
            -- content/shared/logo.txt --
            町のロゴの代わり
            """

    /// A fixture built once without links, so a refused build has an
    /// `output/` to leave alone.
    func builtFixture() -> (Fixture, [String: Data]) {
        let f = Fixture(Self.site)
        #expect(f.build().wrote)
        return (f, f.snapshot())
    }

    func link(_ f: Fixture, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: f.root + "/" + path, withDestinationPath: target)
    }

    /// `check` and `build` both fail with exactly `expected`; `output/` is
    /// unchanged and no staging folder is left.
    func expectRefused(
        _ f: Fixture, _ before: [String: Data], _ expected: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let check = f.check()
        #expect(!check.succeeded, sourceLocation: sourceLocation)
        #expect(f.diagnostics(check) == expected, "check", sourceLocation: sourceLocation)
        let build = f.build()
        #expect(!build.wrote, sourceLocation: sourceLocation)
        #expect(f.diagnostics(build) == expected, "build", sourceLocation: sourceLocation)
        #expect(f.snapshot() == before, "output/ changed", sourceLocation: sourceLocation)
        let left = try FileManager.default.contentsOfDirectory(atPath: f.root).filter { $0.contains(".staging-") }
        #expect(left.isEmpty, "left behind: \(left)", sourceLocation: sourceLocation)
    }

    static let folderHint =
        "  hint: remove the link; to have the same files in two places, copy them (a link to a single file inside the content folder is followed)\n"

    @Test func linkToItsOwnFolderIsRefused() throws {
        let (f, before) = builtFixture()
        try link(f, "content/static/loop", to: ".")
        try expectRefused(
            f, before,
            """
            content/static/loop:1:1: error: 'content/static/loop' is a link to the folder 'content/static'; mieruka does not follow links to folders
            \(Self.folderHint)
            """)
    }

    @Test func linkToTheFolderAboveIsRefused() throws {
        let (f, before) = builtFixture()
        try link(f, "content/static/up", to: "..")
        try expectRefused(
            f, before,
            """
            content/static/up:1:1: error: 'content/static/up' is a link to the folder 'content'; mieruka does not follow links to folders
            \(Self.folderHint)
            """)
    }

    /// `ln -s . static/loop` and `ln -s .. static/up` together: a walk that
    /// follows them has two ways down at every level (exponential, which once
    /// ran until killed). Each link here reaches its folder through 19 hidden
    /// links (names starting with '.' are not read), so the kernel's limit of
    /// 40 links per path stops any walk that follows them after two levels:
    /// this test ends quickly even on code that follows links.
    @Test func twoLoopsTogetherAreRefusedQuickly() throws {
        let (f, before) = builtFixture()
        for (name, target) in [("loop", "."), ("up", "..")] {
            try link(f, "content/static/\(name)", to: ".\(name)1")
            for i in 1..<19 { try link(f, "content/static/.\(name)\(i)", to: ".\(name)\(i + 1)") }
            try link(f, "content/static/.\(name)19", to: target)
        }
        try expectRefused(
            f, before,
            """
            content/static/loop:1:1: error: 'content/static/loop' is a link to the folder 'content/static'; mieruka does not follow links to folders
            \(Self.folderHint)content/static/up:1:1: error: 'content/static/up' is a link to the folder 'content'; mieruka does not follow links to folders
            \(Self.folderHint)
            """)
    }

    @Test func linkToASiblingFolderIsRefused() throws {
        let (f, before) = builtFixture()
        try link(f, "content/static/logos", to: "../shared")
        try expectRefused(
            f, before,
            """
            content/static/logos:1:1: error: 'content/static/logos' is a link to the folder 'content/shared'; mieruka does not follow links to folders
            \(Self.folderHint)
            """)
    }

    /// `content/static` itself a link: refused too, not copied from wherever it leads.
    @Test func staticFolderThatIsALinkIsRefused() throws {
        let (f, before) = builtFixture()
        try FileManager.default.moveItem(atPath: f.root + "/content/static", toPath: f.root + "/content/shared/static")
        try link(f, "content/static", to: "shared/static")
        try expectRefused(
            f, before,
            """
            content/static:1:1: error: 'content/static' is a link to the folder 'content/shared/static'; mieruka does not follow links to folders
            \(Self.folderHint)
            """)
    }

    @Test func linkToAFolderOutsideIsRefused() throws {
        let (f, before) = builtFixture()
        try FileManager.default.createDirectory(atPath: f.root + "/elsewhere", withIntermediateDirectories: true)
        try link(f, "content/notes/old", to: "../../elsewhere")
        try expectRefused(
            f, before,
            """
            content/notes/old:1:1: error: 'content/notes/old' is a link to a folder outside the content folder; mieruka does not follow links to folders
              hint: copy the files into the content folder instead of linking to them

            """)
    }

    /// A link to a folder among the notes (whose subfolders are skipped) is
    /// refused as well: the rule is the same in every folder of the content.
    @Test func linkToAFolderAmongTheNotesIsRefused() throws {
        let (f, before) = builtFixture()
        try link(f, "content/notes/more", to: "../pages")
        try expectRefused(
            f, before,
            """
            content/notes/more:1:1: error: 'content/notes/more' is a link to the folder 'content/pages'; mieruka does not follow links to folders
            \(Self.folderHint)
            """)
    }

    /// A CSV file reached through a folder link: the link is named.
    @Test func csvThroughAFolderLinkIsRefused() throws {
        let (f, before) = builtFixture()
        f.write(
            """
            -- content/shared/counts.csv --
            year,count
            2020,1
            -- content/datasets/counts.yaml --
            title: 件数
            description: 件数の例
            frequency: irregular
            fields:
              - name: year
                type: year
              - name: count
                type: integer
            csv: tables/counts.csv
            """)
        try link(f, "content/datasets/tables", to: "../shared")
        try expectRefused(
            f, before,
            """
            content/datasets/tables:1:1: error: 'content/datasets/tables' is a link to the folder 'content/shared'; mieruka does not follow links to folders
            \(Self.folderHint)
            """)
    }

    @Test func linkToAFileInsideIsFollowed() throws {
        let (f, _) = builtFixture()
        f.write("-- content/shared/later.md --\n---\ntitle: 共有の記事\n---\n共有の本文。\n")
        try link(f, "content/static/logo.txt", to: "../shared/logo.txt")
        try link(f, "content/notes/2020-08-01-shared.md", to: "../shared/later.md")
        let check = f.check()
        #expect(check.succeeded)
        #expect(f.diagnostics(check) == "")
        let build = f.build()
        #expect(build.wrote)
        #expect(f.diagnostics(build) == "")
        #expect(f.file("logo.txt") == "町のロゴの代わり\n")
        #expect(f.file("notes/shared/index.html")?.contains("共有の本文。") == true)
        var st = stat()
        #expect(
            lstat(f.root + "/output/logo.txt", &st) == 0 && st.st_mode & S_IFMT == S_IFREG,
            "the output holds a copy, not a link")
    }

    @Test func linkOutIsRefused() throws {
        let (f, before) = builtFixture()
        _ = FileManager.default.createFile(atPath: f.root + "/secret.txt", contents: Data("秘密".utf8))
        try link(f, "content/static/secret.txt", to: f.root + "/secret.txt")
        try expectRefused(
            f, before,
            """
            content/static/secret.txt:1:1: error: 'content/static/secret.txt' is a link to a place outside the content folder, so it is not copied
              hint: copy the file into the content folder instead of linking to it

            """)
    }

    @Test func danglingLinkIsRefused() throws {
        let (f, before) = builtFixture()
        try link(f, "content/static/images/map.png", to: "mapp.png")
        try expectRefused(
            f, before,
            """
            content/static/images/map.png:1:1: error: 'content/static/images/map.png' is a link to 'mapp.png', which does not exist
              hint: correct the link or remove it; a link is followed only to a file inside the content folder

            """)
    }

    @Test func loopOfFileLinksIsRefused() throws {
        let (f, before) = builtFixture()
        try link(f, "content/static/a.txt", to: "b.txt")
        try link(f, "content/static/b.txt", to: "a.txt")
        let expected = { (name: String) in
            """
            content/static/\(name):1:1: error: 'content/static/\(name)' is a link that leads back to itself through other links, so it leads to no file
              hint: remove the link, or replace it with the file itself

            """
        }
        try expectRefused(f, before, expected("a.txt") + expected("b.txt"))
    }

    /// A named pipe would make the copy wait for ever.
    @Test func pipeInStaticIsRefused() throws {
        let (f, before) = builtFixture()
        #expect(mkfifo(f.root + "/content/static/pipe", 0o644) == 0)
        try expectRefused(
            f, before,
            """
            content/static/pipe:1:1: error: 'content/static/pipe' is neither a file nor a folder (a pipe, a socket or a device), so it is not copied
              hint: remove it from the content folder

            """)
    }
}
