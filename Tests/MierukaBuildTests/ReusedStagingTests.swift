import Foundation
import Testing
import MierukaCore
import MierukaBuild
import MierukaTestSupport

/// A rebuild writes over the site before the last one (`.output.previous`)
/// instead of a fresh folder. Whatever that folder held, the result must be
/// byte for byte what a build into an empty folder makes.
@Suite struct ReusedStagingTests {
    func freshBuild(_ f: Fixture, _ n: Int) -> [String: Data] { f.freshBuild(n) }

    /// Folders under output/, relative: stale folders must go too.
    func folders(_ base: String) -> [String] {
        (FileManager.default.subpaths(atPath: base) ?? []).filter { p in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + p, isDirectory: &isDir) && isDir.boolValue
        }.sorted()
    }

    @Test func rebuildsAfterRandomEditsMatchFreshBuilds() throws {
        let f = Fixture(notesSite)
        #expect(f.build().wrote)
        var random = SeededRandom(seed: 20_201_001)
        var notes = ["2020-07-01-strategy-office", "2020-07-20-why-dx"]
        var made = 0
        for step in 1...24 {
            switch random.next(7) {
            case 0:  // a new note, sometimes with a tag no note had
                made += 1
                let name = "2021-0\(1 + random.next(9))-1\(random.next(9))-added-\(made)"
                notes.append(name)
                f.write(
                    "-- content/notes/\(name).md --\n---\ntitle: 追加\(made)\ntags: [\(random.next(2) == 0 ? "組織" : "新規\(made)")]\n---\n本文\(made)。\n"
                )
            case 1:  // a body edited
                let name = notes[random.next(notes.count)]
                f.write("-- content/notes/\(name).md --\n---\ntitle: 書き換え\(step)\n---\n段落\(step)。\n\n## 見出し\n")
            case 2 where notes.count > 1:  // a note deleted: its page, folder and tag pages go
                let name = notes.remove(at: random.next(notes.count))
                try FileManager.default.removeItem(atPath: f.root + "/content/notes/\(name).md")
            case 3:  // a static file added where a folder was, or a folder where a file was
                try? FileManager.default.removeItem(atPath: f.root + "/content/static/files/x")
                if random.next(2) == 0 {
                    f.write("-- content/static/files/x --\nfile \(step)\n")
                } else {
                    f.write("-- content/static/files/x/inner.txt --\nfolder \(step)\n")
                }
            case 4:  // a page renamed
                try? FileManager.default.removeItem(atPath: f.root + "/content/pages/about.md")
                try? FileManager.default.removeItem(atPath: f.root + "/content/pages/about-us.md")
                f.write(
                    "-- content/pages/\(random.next(2) == 0 ? "about" : "about-us").md --\n---\ntitle: 町について\(step)\n---\n本文。\n"
                )
            case 5:  // the same bytes again: nothing changes but the times
                let name = notes[random.next(notes.count)]
                let path = f.root + "/content/notes/\(name).md"
                let data = try #require(FileManager.default.contents(atPath: path))
                _ = FileManager.default.createFile(atPath: path, contents: data)
            default:  // the site renamed: every page changes
                f.write(Fixture.siteYAML.replacingOccurrences(of: "\nname: ", with: "\nname: 第\(step)版 "))
            }
            let report = f.build()
            #expect(report.wrote || report.upToDate, "step \(step): \(f.diagnostics(report))")
            let fresh = freshBuild(f, step)
            let rebuilt = f.snapshot()
            #expect(rebuilt.keys.sorted() == fresh.keys.sorted(), "step \(step): different files")
            for (path, bytes) in fresh where rebuilt[path] != bytes {
                Issue.record("step \(step): \(path) differs from a fresh build")
            }
            var o = f.options
            o.output = f.root + "/check-folders"
            _ = Mieruka.build(o)
            #expect(folders(f.root + "/output") == folders(o.output), "step \(step): stale folders")
            try? FileManager.default.removeItem(atPath: o.output)
        }
        #expect(FileManager.default.fileExists(atPath: f.root + "/.output.previous"), "the last site is kept for reuse")
    }

    @Test func unchangedFilesKeepTheirTimeAcrossRebuilds() throws {
        let f = Fixture(notesSite)
        #expect(f.build().wrote)
        let css = f.root + "/output/assets/style.css"
        let first = try FileManager.default.attributesOfItem(atPath: css)[.modificationDate] as? Date
        for step in 1...2 {
            Thread.sleep(forTimeInterval: 0.02)
            f.write("-- content/notes/2020-07-20-why-dx.md --\n---\ntitle: 書き換え\(step)\n---\n本文。\n")
            #expect(f.build().wrote)
        }
        // The third site was written over the first: the stylesheet had the same bytes.
        let third = try FileManager.default.attributesOfItem(atPath: css)[.modificationDate] as? Date
        #expect(first != nil && first == third)
        #expect(f.file("notes/why-dx/index.html")?.contains("書き換え2") == true)
    }

    @Test func linksLeftInTheReusedFolderAreNeverWrittenThrough() throws {
        let f = Fixture(notesSite)
        #expect(f.build().wrote)
        f.write("-- content/notes/2020-07-20-why-dx.md --\n---\ntitle: 二回目\n---\n本文。\n")
        #expect(f.build().wrote)
        let previous = f.root + "/.output.previous"
        #expect(FileManager.default.fileExists(atPath: previous + "/index.html"))
        // Someone plants a symbolic link and a hard link in the kept site.
        let victim = f.root + "/victim.txt", linked = f.root + "/linked.txt"
        _ = FileManager.default.createFile(atPath: victim, contents: Data("keep me".utf8))
        try FileManager.default.removeItem(atPath: previous + "/index.html")
        try FileManager.default.createSymbolicLink(atPath: previous + "/index.html", withDestinationPath: victim)
        try FileManager.default.removeItem(atPath: previous + "/robots.txt")
        _ = FileManager.default.createFile(atPath: linked, contents: Data("mine".utf8))
        try FileManager.default.linkItem(atPath: linked, toPath: previous + "/robots.txt")
        try FileManager.default.createSymbolicLink(atPath: previous + "/notes/elsewhere", withDestinationPath: f.root)

        f.write("-- content/notes/2020-07-20-why-dx.md --\n---\ntitle: 三回目\n---\n本文。\n")
        #expect(f.build().wrote)
        #expect(
            String(decoding: try #require(FileManager.default.contents(atPath: victim)), as: UTF8.self) == "keep me")
        #expect(String(decoding: try #require(FileManager.default.contents(atPath: linked)), as: UTF8.self) == "mine")
        #expect(f.snapshot() == freshBuild(f, 0))
        #expect(!FileManager.default.fileExists(atPath: f.root + "/output/notes/elsewhere"))
    }
}

extension Fixture {
    /// Builds the content into a new, empty folder and returns its files.
    func freshBuild(_ n: Int) -> [String: Data] {
        var o = options
        o.output = root + "/fresh-\(n)"
        let report = Mieruka.build(o)
        #expect(report.wrote, "fresh build \(n) failed")
        var out: [String: Data] = [:]
        let base = o.output
        for p in FileManager.default.subpaths(atPath: base) ?? [] {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + p, isDirectory: &isDir), !isDir.boolValue {
                out[p] = FileManager.default.contents(atPath: base + "/" + p)
            }
        }
        try? FileManager.default.removeItem(atPath: base)
        try? FileManager.default.removeItem(atPath: root + "/.fresh-\(n).mieruka-cache")
        return out
    }
}

/// A small deterministic generator (SplitMix64), so a failing sequence repeats.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
