import Foundation
import MierukaCore
import MierukaYAML
import MierukaMarkdown

/// What other pages show of a note: everything but its text. A build keeps
/// one per note so that the next build, when only one note's text changed,
/// can render that note's page without reading the other notes.
public struct NoteRecord: Sendable, Equatable {
    public var file: String
    public var slug: String
    public var title: String
    public var date: LocalDate
    public var updated: LocalDate?
    public var author: String?
    public var tags: [String]
    public var summary: String
    public var cover: String?
    public var draft: Bool
    /// Whether the body has ```chart blocks (those need the datasets).
    public var hasCharts: Bool

    public init(
        file: String, slug: String, title: String, date: LocalDate, updated: LocalDate?, author: String?,
        tags: [String],
        summary: String, cover: String?, draft: Bool, hasCharts: Bool
    ) {
        (self.file, self.slug, self.title, self.date, self.updated, self.author) = (
            file, slug, title, date, updated, author
        )
        (self.tags, self.summary, self.cover, self.draft, self.hasCharts) = (tags, summary, cover, draft, hasCharts)
    }

    public init(_ note: Note) {
        file = note.file
        slug = note.slug
        title = note.title
        date = note.date
        updated = note.updated
        author = note.author
        tags = note.tags
        summary = note.summary
        cover = note.cover
        draft = note.draft
        hasCharts = !note.body.chartBlocks.isEmpty
    }

    /// The note with an empty body: enough for neighbours, tags and lists.
    public var note: Note {
        Note(
            slug: slug, title: title, date: date, updated: updated, author: author,
            tags: tags,
            summary: summary, cover: cover, draft: draft, body: MarkdownDocument(""), file: file, bodyLineOffset: 0,
            charts: [])
    }
}

/// The few files a one-note rebuild reads: site.yaml, the initiatives (a
/// note page lists its related ones) and the note itself.
public struct QuickLoad: Sendable {
    public var config: SiteConfig
    public var initiatives: [Initiative]
    public var note: Note
}

extension ContentLoader {
    /// Reads site.yaml, the initiatives and one note (`relative`, e.g.
    /// `notes/2020-07-01-x.md`). Nil when anything has a diagnostic, even a
    /// warning: the caller then builds the whole site, which reports it.
    public static func quickLoad(contentDirectory: String, note relative: String, options: LoadOptions) -> QuickLoad? {
        let log = DiagnosticLog()
        let files = ContentFiles(root: contentDirectory, log: log)
        let loader = Loader(files: files, log: log, options: options)
        guard relative.hasPrefix("notes/"), relative.hasSuffix(".md") else { return nil }
        let name = String(relative.dropFirst("notes/".count).dropLast(3))
        guard let config = loader.loadSiteConfig(),
            let (note, _) = loader.loadNote(relative, name: name)
        else { return nil }
        let initiatives = loader.loadInitiatives().sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        guard log.diagnostics.isEmpty else { return nil }
        return QuickLoad(config: config, initiatives: initiatives, note: note)
    }
}
