import Foundation
import MierukaCore
import MierukaContent
import MierukaSite
import MierukaPublish

/// The options every command shares, as the command line gives them.
public struct SiteOptions: Sendable {
    public var content: String
    public var theme: String
    public var output: String
    public var baseURL: String?
    public var drafts: Bool
    /// "Today" for overdue-data warnings, when a test fixes it.
    public var today: LocalDate?
    /// The instant of the build, seconds since 1970 UTC (the command line
    /// passes the clock): "today" is its date in the site's time zone.
    public var now: Int?

    public init(
        content: String = "content", theme: String = "themes/default", output: String = "output",
        baseURL: String? = nil, drafts: Bool = false, today: LocalDate? = nil, now: Int? = nil
    ) {
        self.now = now
        self.content = content
        self.theme = theme
        self.output = output
        self.baseURL = baseURL
        self.drafts = drafts
        self.today = today
    }
}

extension SiteOptions {
    /// What the loader needs of these options.
    var loadOptions: LoadOptions { LoadOptions(drafts: drafts, baseURL: baseURL, today: today, now: now) }
}

/// What a build or check did, for the summary line and for tests.
public struct BuildReport: Sendable {
    public var diagnostics: Diagnostics
    public var notes = 0
    public var pages = 0
    public var datasets = 0
    public var charts = 0
    public var files = 0
    /// Whether `output/` was replaced.
    public var wrote = false
    /// Nothing had changed since the last build, so nothing was done.
    public var upToDate = false
    /// Only one note's text had changed: this file (its page) was the only
    /// one rendered and written (see `QuickRebuild`).
    public var rebuiltOnly: String?
    public var seconds: Double = 0
    /// For a site with several languages: how much each has translated.
    public var coverage: [TranslationCoverage] = []

    public var succeeded: Bool { !diagnostics.hasErrors }
}
