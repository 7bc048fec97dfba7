import MierukaCore
import MierukaYAML

/// What a note's file name (without `.md`) says: `2020-07-01-strategy-office`
/// is dated 2020-07-01 with the slug `strategy-office`; a name that does not
/// start with a date is the slug itself (the date is then in the front
/// matter). The one place that reads a note's file name: the loader and
/// `ContentLoader.noteSlugs` both use it.
enum NoteFileName: Equatable {
    /// `YYYY-MM-DD-<slug>`; the slug may be empty (`2020-07-01-.md`).
    case dated(LocalDate, slug: String)
    /// No date in front: the whole name is the slug.
    case undated(slug: String)
    /// Starts like a date (four digits, two hyphens) that does not exist:
    /// the text written as the date, e.g. `2021-02-30`.
    case badDate(String)

    init(_ name: String) {
        let parts = name.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        if parts.count == 4, let d = LocalDate(iso: parts[0...2].joined(separator: "-")) {
            self = .dated(d, slug: String(parts[3]))
        } else if parts.count >= 3, parts[0].count == 4, parts[0].allSatisfy(\.isNumber) {
            self = .badDate(parts[0...2].joined(separator: "-"))
        } else {
            self = .undated(slug: name)
        }
    }

    var date: LocalDate? {
        if case .dated(let d, _) = self { return d }
        return nil
    }

    /// The slug the name gives, unless the front matter says `slug:`.
    var slug: String? {
        switch self {
        case .dated(_, let slug), .undated(let slug): slug
        case .badDate: nil
        }
    }
}

extension ContentLoader {
    /// Every note's slug by the rule of a build: `slug:` in the front matter
    /// (read by the YAML loader, so quotes, comments and multi-line values
    /// mean what they mean in a build), else the file name after the date.
    /// For `new note`, which must not reuse a slug, without loading the site.
    ///
    /// Keyed by file name in `notes/` (`2020-07-01-why-dx.md`); drafts are
    /// included. A note whose front matter cannot be read keeps its file
    /// name's slug; a file the build would refuse for its name (a date that
    /// does not exist, nothing after the date and no `slug:`) is left
    /// out. Problems are not reported: the build reports them.
    public static func noteSlugs(contentDirectory: String) -> [String: String] {
        let log = DiagnosticLog()
        let loader = Loader(files: ContentFiles(root: contentDirectory, log: log), log: log, options: LoadOptions())
        let names = loader.files.list("notes").filter { $0.hasSuffix(".md") }
        let slugs = loader.inParallel(names.count) { loader, i -> String? in
            let relative = "notes/" + names[i]
            guard !loader.files.isDirectory(relative), let fromName = NoteFileName(String(names[i].dropLast(3))).slug
            else { return nil }
            guard let text = loader.files.text(relative),
                let written = loader.readFrontMatter(
                    text, path: loader.files.display(relative), what: "the note's front matter")?
                    .mapping?.string("slug")?.value
            else {
                return fromName.isEmpty ? nil : fromName
            }
            return written
        }
        var result: [String: String] = [:]
        for (name, slug) in zip(names, slugs) { result[name] = slug }
        return result
    }
}
