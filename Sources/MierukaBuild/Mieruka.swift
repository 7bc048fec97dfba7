import Foundation
import MierukaCore
import MierukaContent
import MierukaSite
import MierukaPublish

/// The commands, as library calls: `main` only parses arguments and prints.
public enum Mieruka {
    public static let version = "0.1.0"

    /// Loads, checks and renders the site, then writes it to the output
    /// folder. On any error nothing is written. Builds into the same output
    /// folder run one at a time: this one waits while another holds the lock
    /// beside the output folder (`OutputWriter.lock`).
    /// - Parameters:
    ///   - progress: told as each stage starts (see `ProgressReporter`).
    ///   - waiting: told once when another build into the same folder is
    ///     running and this one waits for it to finish.
    public static func build(
        _ options: SiteOptions, progress: ProgressHandler? = nil,
        waiting: ((String) -> Void)? = nil
    ) -> BuildReport {
        let start = Date()
        let writer = OutputWriter(output: options.output)
        // The whole build holds the lock: the no-op check and the one-note
        // rebuild read and write the state files and the output too. A folder
        // that will be refused gets no lock file (the refusal comes later,
        // after loading, as before).
        var lock: OutputLock?
        if writer.refusal(protecting: [options.content, options.theme]) == nil {
            do {
                lock = try writer.lock(waiting: waiting)
            } catch {
                var report = BuildReport(diagnostics: Diagnostics())
                report.diagnostics.error(
                    "the site could not be written: \(error)", at: .file(options.output),
                    hint: "the previous site in '\(options.output)' is unchanged")
                return report
            }
        }
        defer { withExtendedLifetime(lock) {} }
        // Nothing changed since the last build: say so, repeat its warnings, stop.
        let inputs = BuildInputs(options)
        // Both shortcuts need the output folder as the last build left it.
        if let cache = BuildCache.read(for: options.output), cache.outputs == TreeFingerprint.of(options.output) {
            if cache.inputs == inputs.fingerprint {
                var report = cache.report(start: start)
                report.upToDate = true
                return report
            }
            // Only one note's text changed: rebuild that page alone.
            if let report = QuickRebuild.attempt(options, inputs: inputs, cache: cache, start: start) {
                return report
            }
        }
        BuildCache.remove(for: options.output)
        var report = BuildReport(diagnostics: Diagnostics())
        buildAll(options, inputs: inputs, into: &report, progress: progress)
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// The full build: load, render into the staging folder, swap, keep the state.
    static func buildAll(
        _ options: SiteOptions, inputs: BuildInputs, into report: inout BuildReport, progress: ProgressHandler?
    ) {
        let writer = OutputWriter(output: options.output)
        func writeFailed(_ why: String, into report: inout BuildReport) {
            report.diagnostics.error(
                "the site could not be written: \(why)", at: .file(options.output),
                hint: "the previous site in '\(options.output)' is unchanged")
        }
        guard let (site, editions, theme) = load(options, into: &report, progress: progress) else { return }
        if let refusal = writer.refusal(protecting: [options.content, options.theme]) {
            report.diagnostics.error(refusal, at: .file(options.output), hint: "choose another folder with --output")
            return
        }
        // Pages go into the staging folder as they are rendered; `output/` is
        // touched only by the final swap, and only when nothing went wrong.
        let staging: StagingFolder
        do {
            staging = try writer.begin()
        } catch {
            writeFailed("\(error)", into: &report)
            return
        }
        let result = render(site, editions, theme, sink: staging, into: &report, progress: progress)
        if report.diagnostics.hasErrors || result.writeError != nil {
            writer.abandon(staging)
            if let message = result.writeError { writeFailed(message, into: &report) }
            return
        }
        do {
            progress?(BuildProgress(.writing, "\(result.files.count) files"))
            try writer.finish(staging)
            report.wrote = true
            BuildCache(
                inputs: inputs, outputs: TreeFingerprint.of(options.output), report: report, notes: site.notes,
                rendered: result.inputs
            ).write(for: options.output)
        } catch {
            writeFailed("\(error)", into: &report)
        }
    }

    /// Everything `build` does except writing.
    public static func check(_ options: SiteOptions, progress: ProgressHandler? = nil) -> BuildReport {
        let start = Date()
        var report = BuildReport(diagnostics: Diagnostics())
        if let (site, editions, theme) = load(options, into: &report, progress: progress) {
            _ = render(site, editions, theme, sink: DiscardingSink(), into: &report, progress: progress)
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// Loads the content and the theme; nil when either has an error.
    static func load(_ options: SiteOptions, into report: inout BuildReport, progress: ProgressHandler?) -> (
        Site, [SiteEdition], Theme
    )? {
        progress?(BuildProgress(.loading, options.content))
        let loaded = ContentLoader.load(
            contentDirectory: options.content,
            options: options.loadOptions)
        report.diagnostics.append(contentsOf: loaded.diagnostics)
        progress?(BuildProgress(.theme, options.theme))
        let (theme, themeDiagnostics) = Theme.load(from: options.theme)
        report.diagnostics.append(contentsOf: themeDiagnostics)
        if let site = loaded.site, let theme {
            report.diagnostics.append(contentsOf: theme.checkLanguages(of: site.config))
        }
        report.coverage = loaded.coverage
        guard let site = loaded.site, let theme, !report.diagnostics.hasErrors else { return nil }
        return (site, loaded.editions, theme)
    }

    /// Renders the site, each file going to `sink` as it is made.
    static func render(
        _ site: Site, _ editions: [SiteEdition], _ theme: Theme, sink: OutputSink, into report: inout BuildReport,
        progress: ProgressHandler?
    ) -> RenderResult {
        progress?(BuildProgress(.publishing, "\(site.datasets.count) datasets and the strategy data"))
        let publication = Publication(site)
        progress?(
            BuildProgress(
                .rendering, "\(site.notes.count) notes, \(site.pages.count) pages, \(site.datasets.count) datasets"))
        let result = SiteRenderer.render(
            site, publication: publication, theme: theme, sink: sink, editions: editions)
        report.diagnostics.append(contentsOf: result.diagnostics)
        report.notes = site.notes.count
        report.pages = result.pageCount
        report.datasets = site.datasets.count
        report.charts = result.chartCount
        report.files = result.files.count
        return result
    }

    /// The clock, read once per command: seconds since 1970 UTC. "Today" is
    /// its date in the site's time zone (`SiteTimeZone`), decided by the loader.
    public static func now() -> Int { Int(Date().timeIntervalSince1970.rounded(.down)) }
}
