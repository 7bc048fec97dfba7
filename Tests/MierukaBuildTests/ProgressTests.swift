import Foundation
import Testing
import MierukaBuild
import MierukaConsole
import MierukaTestSupport

/// Progress lines and `--quiet` / `--verbose`.
@Suite struct ProgressTests {
    /// Collects what a reporter writes.
    final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func write(_ s: String) { lock.lock(); parts.append(s); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
    }

    static let events = [BuildProgress(.loading, "content"), BuildProgress(.rendering, "2 notes, 0 pages, 0 datasets")]

    func shown(_ verbosity: Verbosity, terminal: Bool) -> String {
        let sink = Sink()
        let reporter = ProgressReporter(verbosity: verbosity, isTerminal: terminal, write: { sink.write($0) })
        for e in Self.events { reporter.report(e) }
        reporter.finish()
        return sink.text
    }

    @Test func aTerminalGetsOneRewrittenLineAndPipesGetNoEscapeCodes() {
        #expect(
            shown(.normal, terminal: true)
                == "\r\u{1B}[K[1/5] loading content: content\r\u{1B}[K[4/5] rendering: 2 notes, 0 pages, 0 datasets\r\u{1B}[K"
        )
        #expect(shown(.normal, terminal: false) == "")
        #expect(
            shown(.verbose, terminal: false)
                == "[1/5] loading content: content\n[4/5] rendering: 2 notes, 0 pages, 0 datasets\n")
        #expect(shown(.verbose, terminal: true) == shown(.verbose, terminal: false))
        #expect(shown(.quiet, terminal: true) == "")
    }

    @Test func buildReportsEveryStageInOrder() {
        let f = Fixture(notesSite)
        let sink = Sink()
        let report = Mieruka.build(f.options, progress: { sink.write("\($0.stage.rawValue) \($0.detail)\n") })
        #expect(report.succeeded)
        let lines = sink.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.map { $0.prefix(1) } == ["1", "2", "3", "4", "5"])
        #expect(lines[2] == "3 0 datasets and the strategy data")
        #expect(lines[3] == "4 2 notes, 1 pages, 0 datasets")
        #expect(lines[4] == "5 \(report.files) files")

        let broken = Fixture(
            """
            -- content/notes/2020-07-01-a.md --
            ---
            titel: x
            ---
            """)
        let stages = Sink()
        #expect(!Mieruka.build(broken.options, progress: { stages.write("\($0.stage.rawValue)") }).succeeded)
        #expect(stages.text == "12", "a failed build stops after loading")
    }

    @Test func quietAndVerboseOnTheCommandLine() throws {
        let f = Fixture(notesSite)
        let args = ["--content", "content", "--theme", repoRoot + "/themes/default"]
        let quiet = try runMieruka(["build", "--quiet"] + args, cwd: f.root)
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "" && quiet.stdout == "")
        // Another output folder, so this build is not skipped as up to date.
        let verbose = try runMieruka(["build", "--verbose", "--output", "output2"] + args, cwd: f.root)
        #expect(verbose.status == 0)
        #expect(
            verbose.stderr.hasPrefix(
                "[1/5] loading content: content\n[2/5] loading theme: \(repoRoot)/themes/default\n[3/5] publishing data: 0 datasets and the strategy data\n[4/5] rendering: 2 notes, "
            ))
        #expect(verbose.stderr.contains("\n[5/5] writing: "))
        #expect(
            verbose.stderr.split(separator: "\n").last?.hasPrefix("built ") == true, "every build ends with the summary"
        )
        let plain = try runMieruka(["check"] + args, cwd: f.root)
        #expect(plain.stderr.hasPrefix("check passed: 2 notes, "), "no stage lines without a terminal")
        #expect(try runMieruka(["build", "--quiet", "--verbose"] + args, cwd: f.root).status != 0)

        f.write(
            """
            -- content/notes/2020-07-01-a.md --
            ---
            titel: x
            ---
            """)
        let failed = try runMieruka(["check", "-q"] + args, cwd: f.root)
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("content/notes/2020-07-01-a.md:1:1: error:"))
        #expect(!failed.stderr.contains("check failed"), "--quiet prints only the diagnostics")
    }
}
