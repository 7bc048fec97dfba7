import Foundation
import MierukaCore
import MierukaBuild
import MierukaConsole

/// Builds the preview, then polls the content and theme folders and builds
/// again after every change. Runs on its own thread, so a build never holds
/// up the server's requests, and builds never overlap.
final class Rebuilder: @unchecked Sendable {
    let options: ServeOptions
    let site: String
    let url: String
    let status: BuildStatus
    let hub: ReloadHub
    let session: String
    private var generation = 0

    init(options: ServeOptions, site: String, url: String, status: BuildStatus, hub: ReloadHub, session: String) {
        self.options = options
        self.site = site
        self.url = url
        self.status = status
        self.hub = hub
        self.session = session
    }

    /// Starts the thread: the first build, then `announce` on stdout, then polling.
    func start(announce: String) {
        let thread = Thread { [self] in
            var before = TreeSnapshot([options.content, options.theme])
            build()
            FileHandle.standardOutput.write(Data(announce.utf8))
            while true {
                Thread.sleep(forTimeInterval: options.pollInterval)
                var now = TreeSnapshot([options.content, options.theme])
                guard now != before else { continue }
                // Let an editor finish saving (several files, or write-then-rename).
                Thread.sleep(forTimeInterval: 0.05)
                now = TreeSnapshot([options.content, options.theme])
                let changed = now.changes(since: before)
                before = now
                if options.verbosity != .quiet {
                    let shown = changed.prefix(3).joined(separator: ", ")
                    let more = changed.count > 3 ? " and \(changed.count - 3) more" : ""
                    FileHandle.standardError.write(Data("changed: \(shown)\(more); rebuilding\n".utf8))
                }
                build()
            }
        }
        thread.name = "mieruka-serve-rebuild"
        thread.start()
    }

    /// One build into the preview folder; publishes the result to requests and open pages.
    func build() {
        let site = SiteOptions(
            content: options.content, theme: options.theme, output: self.site, baseURL: url,
            drafts: options.drafts, now: Mieruka.now())
        let reporter = ProgressReporter(verbosity: options.verbosity)
        let report = Mieruka.build(site, progress: reporter.handler)
        reporter.finish()
        generation += 1
        let token = "\(session)-\(generation)"
        status.update(token: token, failure: report.succeeded ? nil : report.diagnostics.sorted, wrote: report.wrote)
        var text = Console.report(
            report, command: "build", verbosity: options.verbosity, githubActions: false, coverage: true)
        if !report.succeeded && options.verbosity != .quiet {
            text +=
                status.current.hasSite
                ? "the browser shows these errors; the last good build stays underneath until they are fixed\n"
                : "the browser shows these errors until they are fixed\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
        let hub = self.hub
        Task { await hub.publish(token) }
    }
}
