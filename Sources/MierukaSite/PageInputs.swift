import Foundation
import MierukaCore
import MierukaContent

/// The parts of a loaded site an output file can be made from. The theme
/// (templates, strings, assets) is an input of every file and is not listed.
public struct SiteParts: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// site.yaml: name, navigation, licence, time zone, …
    public static let settings = SiteParts(rawValue: 1 << 0)
    /// What lists show of every note (title, date, tags, summary, cover,
    /// draft flag, order), not its text (`PageInputs.noteTexts`).
    public static let notes = SiteParts(rawValue: 1 << 1)
    public static let pages = SiteParts(rawValue: 1 << 2)
    public static let strategy = SiteParts(rawValue: 1 << 3)
    public static let initiatives = SiteParts(rawValue: 1 << 4)
    public static let timeline = SiteParts(rawValue: 1 << 5)
    public static let agreements = SiteParts(rawValue: 1 << 6)
    /// What the site publishes: the datasets with their tables and charts,
    /// the built-in strategy datasets, the catalogue.
    public static let publication = SiteParts(rawValue: 1 << 7)
    public static let staticFiles = SiteParts(rawValue: 1 << 8)
    /// The texts of every note, for a file whose reads were not recorded.
    public static let everyNoteText = SiteParts(rawValue: 1 << 9)

    public static let all: SiteParts = [
        .settings, .notes, .pages, .strategy, .initiatives, .timeline, .agreements, .publication, .staticFiles,
        .everyNoteText,
    ]
}

/// What one output file was made from, as the renderer read it while making
/// the file: the parts of the site, and the notes whose text it shows.
public struct PageInputs: Hashable, Sendable {
    public var parts: SiteParts
    /// The source files (`notes/…md`) of the notes whose text the file shows.
    public var noteTexts: Set<String>

    public init(parts: SiteParts = [], noteTexts: Set<String> = []) {
        self.parts = parts
        self.noteTexts = noteTexts
    }

    /// Whether the file shows the text of the note in `file`.
    public func showsText(ofNote file: String) -> Bool {
        parts.contains(.everyNoteText) || noteTexts.contains(file)
    }

    mutating func formUnion(_ other: PageInputs) {
        parts.formUnion(other.parts)
        noteTexts.formUnion(other.noteTexts)
    }
}

/// Collects what the renderer reads while it makes one file (or one section
/// of files). Each page rendered in parallel gets its own; the lock is for
/// the work a section shares out before its files are made (list items).
final class InputRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var read = PageInputs()

    init(_ start: PageInputs = PageInputs()) { read = start }

    var inputs: PageInputs {
        lock.lock()
        defer { lock.unlock() }
        return read
    }

    func read(_ parts: SiteParts) {
        lock.lock()
        read.parts.formUnion(parts)
        lock.unlock()
    }

    func readText(ofNote file: String) {
        lock.lock()
        read.noteTexts.insert(file)
        lock.unlock()
    }

    func reset(to start: PageInputs) {
        lock.lock()
        read = start
        lock.unlock()
    }
}

/// The loaded site, held once for the renderer's many copies.
final class SiteBox: Sendable {
    let site: Site
    init(_ site: Site) { self.site = site }
}

/// The loaded site as the renderer sees it: every part it reads is recorded.
struct RecordedSite {
    private let box: SiteBox
    let recorder: InputRecorder
    init(_ box: SiteBox, recorder: InputRecorder) {
        self.box = box
        self.recorder = recorder
    }
    private var source: Site { box.site }

    var config: SiteConfig {
        recorder.read(.settings)
        return source.config
    }
    /// The notes, newest first. Reading a note's `body` through this is not
    /// recorded: the renderer reads texts with `Renderer.text(of:)`.
    var notes: [Note] {
        recorder.read(.notes)
        return source.notes
    }
    var pages: [Page] {
        recorder.read(.pages)
        return source.pages
    }
    var strategy: Strategy? {
        recorder.read(.strategy)
        return source.strategy
    }
    var initiatives: [Initiative] {
        recorder.read(.initiatives)
        return source.initiatives
    }
    var timeline: [Milestone] {
        recorder.read(.timeline)
        return source.timeline
    }
    var agreements: [Agreement] {
        recorder.read(.agreements)
        return source.agreements
    }
    var datasets: [Dataset] {
        recorder.read(.publication)
        return source.datasets
    }
    var staticFiles: [StaticFile] {
        recorder.read(.staticFiles)
        return source.staticFiles
    }
}
