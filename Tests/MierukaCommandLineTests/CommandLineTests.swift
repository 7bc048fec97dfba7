import Foundation
import Testing
import MierukaTestSupport

/// The real binary, as CI and PR staff run it.
@Suite struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let v = try runMieruka(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout == "0.1.0\n")
        let h = try runMieruka(["build", "--help"])
        #expect(h.status == 0)
        #expect(h.stdout.contains("--base-url <base-url>"))
        #expect(h.stdout.contains("--drafts"))
        #expect(h.stdout.contains("--output <output>"))
    }

    @Test func buildSucceedsAndSummarises() throws {
        let f = Fixture(notesSite)
        let r = try runMieruka([
            "build", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default", "--output",
            f.root + "/output",
        ])
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("built "))
        #expect(r.stderr.contains(" pages (2 notes, 0 datasets, 0 charts), "))
        #expect(f.exists("notes/why-dx/index.html"))
    }

    /// `check` of a site with several languages prints how far each is translated.
    @Test func checkPrintsTheTranslationCoverage() throws {
        let r = try runMieruka(["check", "--content", repoRoot + "/content", "--theme", repoRoot + "/themes/default"])
        #expect(r.status == 0, "\(r.stderr)")
        let table = r.stderr.components(separatedBy: "translations:\n").last ?? ""
        let rows = table.split(separator: "\n").prefix(3).map { $0.split(separator: " ").map(String.init) }
        #expect(rows.first == ["language", "translated", "outdated", "missing"])
        #expect(rows.dropFirst().map(\.first) == ["ja-easy", "en"])
        for row in rows.dropFirst() {
            let counts = row.dropFirst().compactMap { Int($0) }
            #expect(counts.count == 3 && counts[0] >= 12, "\(row)")
        }
        // A site with one language has no table.
        let one = try runMieruka([
            "check", "--content", repoRoot + "/Tests/SiteFixtures/one-language/content", "--theme",
            repoRoot + "/themes/default",
        ])
        #expect(one.status == 0)
        #expect(!one.stderr.contains("translations:"))
    }

    @Test func errorsExitOneWithCompilerStyleDiagnosticsAndAnnotations() throws {
        let f = Fixture(
            """
            -- content/notes/2020-07-01-a.md --
            ---
            titel: 題名
            ---
            本文
            """)
        let r = try runMieruka(
            ["check", "--content", "content", "--theme", repoRoot + "/themes/default"], cwd: f.root,
            environment: ["GITHUB_ACTIONS": "true"])
        #expect(r.status == 1)
        #expect(
            r.stderr.hasPrefix(
                """
                content/notes/2020-07-01-a.md:1:1: error: the note's front matter is missing the required key 'title'
                   1 | ---
                     | ^
                content/notes/2020-07-01-a.md:2:1: error: unknown key 'titel'; did you mean 'title'?
                   2 | titel: 題名
                     | ^
                ::error file=content/notes/2020-07-01-a.md,line=1,col=1::the note's front matter is missing the required key 'title'
                ::error file=content/notes/2020-07-01-a.md,line=2,col=1::unknown key 'titel'; did you mean 'title'?
                check failed: 2 errors; nothing was written (
                """))
        #expect(!FileManager.default.fileExists(atPath: f.root + "/output"))
    }

    /// `runMieruka` reads stdout and stderr at once: a run that writes far more on
    /// stderr than a pipe holds (64 KB on Linux) while the test reads stdout finishes,
    /// with every byte read, instead of both waiting for ever. It runs on another
    /// thread, so that a deadlock fails this test after a minute instead of hanging.
    @Test func aRunThatPrintsMoreThanAPipeHoldsOnStderrFinishes() throws {
        let keys = (0..<500).map { "key\($0): 値\n" }.joined()
        let f = Fixture("-- content/notes/2020-07-01-a.md --\n---\ntitle: 題名\n" + keys + "---\n本文\n")
        let arguments = ["check", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default"]
        nonisolated(unsafe) var run: (status: Int32, stdout: String, stderr: String)?
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            run = try? runMieruka(arguments)
            done.signal()
        }
        try #require(done.wait(timeout: .now() + 60) == .success, "runMieruka did not finish")
        let r = try #require(run)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.utf8.count > 64 * 1024, "\(r.stderr.utf8.count) bytes")
        #expect(r.stderr.components(separatedBy: ": error: unknown key 'key").count - 1 == 500)
        #expect(r.stderr.contains("\ncheck failed: 500 errors; nothing was written ("))
    }

    @Test func refusesDangerousOutputFolders() throws {
        let f = Fixture(notesSite)
        _ = FileManager.default.createFile(atPath: f.root + "/precious/keep.txt", contents: nil)
        try FileManager.default.createDirectory(atPath: f.root + "/precious", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: f.root + "/precious/keep.txt", contents: Data("x".utf8))
        for (output, message) in [
            ("/", "the output folder cannot be the root folder '/'"),
            (f.root + "/content", "overlaps"),
            (f.root + "/precious", "is not empty and was not made by mieruka"),
        ] {
            let r = try runMieruka([
                "build", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default", "--output", output,
            ])
            #expect(r.status == 1, "\(output)")
            #expect(r.stderr.contains(message), "\(output): \(r.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: f.root + "/precious/keep.txt"))
        #expect(FileManager.default.fileExists(atPath: f.root + "/content/site.yaml"))
    }
}
