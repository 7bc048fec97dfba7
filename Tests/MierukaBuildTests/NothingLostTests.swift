import Foundation
import Testing
import MierukaTestSupport

/// `output/` is always the complete old site or the complete new one, even
/// when the build is killed, and builds do not depend on the machine.
@Suite(.serialized) struct NothingLostTests {
    /// Starts the real binary with MIERUKA_TEST_PAUSE, waits until it says it
    /// paused, then kills it with SIGKILL.
    func killBuild(_ f: Fixture, at point: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: mierukaBinary)
        p.arguments = [
            "build", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default", "--output",
            f.root + "/output",
        ]
        var env = ProcessInfo.processInfo.environment
        env["MIERUKA_TEST_PAUSE"] = point
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var said = Data()
        let deadline = Date().addingTimeInterval(20)
        while !String(decoding: said, as: UTF8.self).contains("paused at \(point)") && Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(
            String(decoding: said, as: UTF8.self).contains("paused at \(point)"), "the build never reached \(point)")
    }

    @Test(arguments: ["write-start", "write-middle", "swap-before", "swap-after"])
    func killedBuildLeavesOldOrNewSite(_ point: String) throws {
        let f = Fixture(notesSite)
        #expect(f.build().wrote)
        let old = f.snapshot()
        // The new content, built once elsewhere for reference.
        let changed = "-- content/notes/2020-07-20-why-dx.md --\n---\ntitle: 新しい題名\n---\n新しい本文。\n"
        let reference = Fixture(notesSite)
        reference.write(changed)
        reference.build()
        let new = reference.snapshot()
        #expect(old != new)

        f.write(changed)
        try killBuild(f, at: point)
        let after = f.snapshot()
        #expect(after == old || after == new, "output/ is neither the old nor the new site after a kill at \(point)")
        if point == "swap-after" { #expect(after == new) } else { #expect(after == old) }

        // The next build cleans up what the killed one left behind.
        #expect(f.build().wrote)
        #expect(f.snapshot() == new)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.root).filter {
            $0.contains(".staging-") || $0.contains(".old-")
        }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    @Test func outputDoesNotDependOnTimeZoneOrLocale() throws {
        let f = Fixture(notesSite + "\n" + strategyOnly)
        var snapshots: [[String: Data]] = []
        for env in [
            ["TZ": "America/New_York", "LANG": "C", "LC_ALL": "C"],
            ["TZ": "Asia/Tokyo", "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"],
            ["TZ": "Pacific/Kiritimati", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"],
        ] {
            let r = try runMieruka(
                [
                    "build", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default",
                    "--output", f.root + "/output",
                ], environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            snapshots.append(f.snapshot())
        }
        #expect(snapshots[0].count > 20)
        #expect(snapshots[0] == snapshots[1])
        #expect(snapshots[0] == snapshots[2])
    }
}

/// A dataset with a chart, to bring numbers and dates into the determinism test.
let strategyOnly = """
    -- content/datasets/population.yaml --
    title: 人口
    description: 人口の推移（例示）
    frequency: irregular
    fields:
      - name: year
        type: year
      - name: population
        type: number
        unit: 人
    rows:
      - [2000, 4200.5]
      - [2010, 3800.25]
      - [2020, 3400]
    charts:
      - id: trend
        type: line
        x: year
        y: population
    """

/// A build with nothing changed stops early; any change builds in full.
@Suite struct UpToDateTests {
    @Test func noOpBuildIsDetectedAndAnyChangeRebuilds() throws {
        let f = Fixture(notesSite)
        let first = f.build()
        #expect(first.wrote && !first.upToDate)
        let built = f.snapshot()
        let second = f.build()
        #expect(second.upToDate && !second.wrote)
        #expect(second.pages == first.pages && second.files == first.files)
        #expect(f.snapshot() == built)

        // An edited note: a full build, and the same bytes as a fresh build of the edit.
        f.write("-- content/notes/2020-07-20-why-dx.md --\n---\ntitle: 変えた題名\n---\n本文。\n")
        let third = f.build()
        #expect(third.wrote && !third.upToDate)
        let fresh = Fixture(notesSite)
        fresh.write("-- content/notes/2020-07-20-why-dx.md --\n---\ntitle: 変えた題名\n---\n本文。\n")
        fresh.build()
        #expect(f.snapshot() == fresh.snapshot())

        // A file deleted from the output: rebuilt.
        try FileManager.default.removeItem(atPath: f.root + "/output/notes/index.html")
        #expect(f.build().wrote)
        #expect(f.exists("notes/index.html"))

        // Other options: rebuilt.
        #expect(f.build(drafts: true).wrote)
        #expect(f.build(drafts: true).upToDate)
    }

    @Test func warningsAreRepeatedWhenNothingChanged() throws {
        let f = Fixture(notesSite + "\n-- content/notes/readme.txt --\nメモ\n")
        let first = f.build()
        #expect(first.diagnostics.warningCount == 1)
        let second = f.build()
        #expect(second.upToDate)
        #expect(f.diagnostics(second) == f.diagnostics(first))
    }
}
