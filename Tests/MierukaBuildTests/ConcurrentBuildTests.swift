import Foundation
import Testing
import MierukaTestSupport

/// Two `mieruka build`s into the same output folder at the same time (a
/// watcher and a hand-typed build, two terminals, `make -j`): the second waits
/// for the first (a lock file beside the output folder), so both succeed and
/// the output is the site a build on its own makes.
@Suite(.serialized) struct ConcurrentBuildTests {
    /// Enough notes that a build takes a while, so the two overlap.
    static let site: String =
        notesSite
        + (1...60).map { i in
            "\n-- content/notes/2021-02-\(String(format: "%02d", i % 28 + 1))-many-\(i).md --\n---\ntitle: お知らせ \(i)\ntags: [多数]\n---\n本文 \(i)。\n"
        }.joined()

    func start(_ f: Fixture) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: mierukaBinary)
        p.arguments = [
            "build", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default", "--output",
            f.root + "/output",
        ]
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GITHUB_ACTIONS")
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return (p, err)
    }

    @Test func twoBuildsAtOnceBothSucceedAndTheOutputIsWhole() throws {
        let f = Fixture(Self.site)
        for round in 1...5 {
            // Something new each round, so neither build is a no-op or a one-note rebuild.
            f.write(
                "-- content/notes/2021-03-\(String(format: "%02d", round))-round-\(round).md --\n---\ntitle: 第\(round)回\n---\n回 \(round)。\n"
            )
            let (a, aErr) = try start(f)
            let (b, bErr) = try start(f)
            let aSaid = String(decoding: aErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let bSaid = String(decoding: bErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            a.waitUntilExit()
            b.waitUntilExit()
            #expect(a.terminationStatus == 0, "round \(round), first build: \(aSaid)")
            #expect(b.terminationStatus == 0, "round \(round), second build: \(bSaid)")

            let reference = Fixture(Self.site)
            for r in 1...round {
                reference.write(
                    "-- content/notes/2021-03-\(String(format: "%02d", r))-round-\(r).md --\n---\ntitle: 第\(r)回\n---\n回 \(r)。\n"
                )
            }
            #expect(reference.build().wrote)
            #expect(
                f.snapshot() == reference.snapshot(),
                "round \(round): the output is not the site a build on its own makes")
            let left = try FileManager.default.contentsOfDirectory(atPath: f.root).filter {
                $0.contains(".staging-") || $0.contains(".old-")
            }
            #expect(left.isEmpty, "round \(round), left behind: \(left)")
        }
    }
}

extension ConcurrentBuildTests {
    /// A build that holds the lock (paused right after taking it) makes the
    /// next one say once that it waits, and wait; killing the first releases
    /// the lock, and the second then builds.
    @Test func theSecondBuildSaysItWaitsAndGoesOnWhenTheFirstEnds() throws {
        let f = Fixture(notesSite)
        let first = Process()
        first.executableURL = URL(fileURLWithPath: mierukaBinary)
        first.arguments = [
            "build", "--content", f.root + "/content", "--theme", repoRoot + "/themes/default", "--output",
            f.root + "/output",
        ]
        var env = ProcessInfo.processInfo.environment
        env["MIERUKA_TEST_PAUSE"] = "locked"
        first.environment = env
        let firstErr = Pipe()
        first.standardError = firstErr
        first.standardOutput = FileHandle.nullDevice
        try first.run()
        defer { if first.isRunning { kill(first.processIdentifier, SIGKILL); first.waitUntilExit() } }
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("paused at locked") {
            let chunk = firstErr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        #expect(String(decoding: said, as: UTF8.self).contains("paused at locked"))

        let (second, secondErr) = try start(f)
        // Its first line, which it prints before waiting.
        var secondSaid = Data()
        while !secondSaid.contains(UInt8(ascii: "\n")) {
            let chunk = secondErr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            secondSaid.append(chunk)
        }
        #expect(
            String(decoding: secondSaid, as: UTF8.self)
                == "waiting for another build into '\(f.root)/output' to finish\n")
        #expect(second.isRunning, "the second build waits while the first holds the lock")
        #expect(!FileManager.default.fileExists(atPath: f.root + "/output"))

        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        secondSaid.append(secondErr.fileHandleForReading.readDataToEndOfFile())
        second.waitUntilExit()
        let text = String(decoding: secondSaid, as: UTF8.self)
        #expect(second.terminationStatus == 0, "\(text)")
        #expect(text.components(separatedBy: "waiting for another build").count == 2, "said once: \(text)")
        #expect(f.exists("notes/why-dx/index.html"))
        #expect(FileManager.default.fileExists(atPath: f.root + "/.output.mieruka-lock"))
    }
}
