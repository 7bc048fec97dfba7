import Foundation
import MierukaBuild

/// How much a command prints besides its diagnostics.
public enum Verbosity: Sendable {
    /// Diagnostics only: no progress, no summary.
    case quiet
    /// Progress on one rewritten line when stderr is a terminal; the summary.
    case normal
    /// Every stage as a plain line (terminal or not); the summary.
    case verbose
}

/// Shows build progress on stderr: on a terminal one line rewritten with
/// `\r` (so CI logs and pipes never get escape codes), plain lines with
/// `--verbose`, nothing with `--quiet`.
public final class ProgressReporter: @unchecked Sendable {
    let verbosity: Verbosity
    let isTerminal: Bool
    let write: @Sendable (String) -> Void
    private let lock = NSLock()
    private var lineShown = false

    /// - Parameters:
    ///   - isTerminal: whether stderr is a terminal; by default asks `isatty`
    ///     and treats `TERM=dumb` as no terminal.
    ///   - write: where text goes; stderr by default.
    public init(
        verbosity: Verbosity, isTerminal: Bool = ProgressReporter.stderrIsTerminal(),
        write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.verbosity = verbosity
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Whether stderr is an interactive terminal that understands `\r` and `ESC [K`.
    public static func stderrIsTerminal() -> Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// The handler to pass to `Mieruka.build` / `Mieruka.check`.
    public var handler: ProgressHandler { { [self] in self.report($0) } }

    public func report(_ progress: BuildProgress) {
        lock.lock(); defer { lock.unlock() }
        switch (verbosity, isTerminal) {
        case (.quiet, _), (.normal, false):
            return
        case (.verbose, _):
            write(progress.line + "\n")
        case (.normal, true):
            write("\r\u{1B}[K" + progress.line)
            lineShown = true
        }
    }

    /// A line that is not a stage (`waiting for another build …`): shown
    /// unless quiet, on a line of its own.
    public func note(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        guard verbosity != .quiet else { return }
        if lineShown { write("\r\u{1B}[K") }
        lineShown = false
        write(line + "\n")
    }

    /// Clears the progress line, so the diagnostics and summary start at the
    /// beginning of a clean line.
    public func finish() {
        lock.lock(); defer { lock.unlock() }
        if lineShown { write("\r\u{1B}[K") }
        lineShown = false
    }
}

extension Console {
    /// Everything a build or check prints when it ends: the diagnostics, then
    /// (unless quiet) the summary.
    /// - Parameter coverage: show the translation coverage table (by default for `check`; the
    ///   preview server shows it after each build).
    public static func report(
        _ report: BuildReport, command: String, verbosity: Verbosity, githubActions: Bool, coverage: Bool? = nil
    ) -> String {
        var out = diagnostics(report, githubActions: githubActions)
        if verbosity != .quiet && (coverage ?? (command == "check")) { out += Self.coverage(report.coverage) }
        if verbosity != .quiet { out += summary(report, command: command) }
        return out
    }
}
