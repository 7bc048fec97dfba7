import Foundation
import MierukaCore
import MierukaContent

/// Why `new` or `init` refused, in the same plain words as a diagnostic.
public struct ScaffoldError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
    public var description: String { "error: \(message)\n" + (hint.map { "  hint: \($0)\n" } ?? "") }
}

/// `mieruka new note` and `mieruka init`, as library calls. Both only ever
/// create files: an existing file or a non-empty folder is never written over.
public enum Scaffold {
    /// What `newNote` made.
    public struct NewNote: Sendable, Equatable {
        /// The file, under the content folder as it was given (`content/notes/2021-04-01-x.md`).
        public var path: String
        public var slug: String
        /// True when the title gave no usable slug and a dated one was made up.
        public var slugIsFallback: Bool
    }

    /// Creates `notes/<date>-<slug>.md` with its front matter filled in.
    ///
    /// The slug is `slug` when given (it must be valid and unused), else made
    /// from an ASCII title (`Open Data Day` → `open-data-day`), else, for a
    /// Japanese title, `note-YYYYMMDD`; a made-up slug that another note
    /// already uses gets `-2`, `-3`, … because slugs are unique across dates.
    /// - Parameters:
    ///   - date: the note's date; by default today in the site's time zone
    ///     (`time_zone` in `site.yaml`).
    ///   - draft: write `draft: true`, so the note shows in `serve` but is
    ///     not published until the line is removed.
    public static func newNote(
        title rawTitle: String, slug: String? = nil, contentDirectory: String,
        date: LocalDate? = nil, draft: Bool = true, now: Date = Date()
    ) throws(ScaffoldError) -> NewNote {
        let fm = FileManager.default
        let title = rawTitle.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
            .reduce(into: "") { $0.unicodeScalars.append($1) }.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw ScaffoldError("the note needs a title", hint: "mieruka new note \"タイトル\"") }
        let siteFile = contentDirectory + "/site.yaml"
        guard fm.fileExists(atPath: siteFile) else {
            throw ScaffoldError(
                "there is no site here: '\(siteFile)' does not exist",
                hint: "run this in the site's folder, pass --content, or make a site with 'mieruka init'")
        }
        let (zone, problems) = ContentLoader.siteTimeZone(contentDirectory: contentDirectory)
        if let first = problems.sorted.first(where: { $0.severity == .error }), date == nil {
            throw ScaffoldError("\(first.location): \(first.message)", hint: first.hint)
        }
        let day = date ?? zone.date(at: Int(now.timeIntervalSince1970.rounded(.down)))
        let notes = contentDirectory + "/notes"
        let taken = usedNoteSlugs(contentDirectory: contentDirectory)

        var chosen: String
        var fallback = false
        if let slug {
            guard Slug.isValid(slug) else {
                throw ScaffoldError(
                    "'\(slug)' is not a valid slug",
                    hint: "use lowercase letters a-z, digits and hyphens, e.g. --slug seal-abolition")
            }
            guard !taken.contains(slug) else {
                throw ScaffoldError("another note already uses the slug '\(slug)'", hint: "choose another --slug")
            }
            chosen = slug
        } else {
            let base: String
            if let fromTitle = slugFromTitle(title) {
                base = fromTitle
            } else {
                base = "note-" + day.iso.replacingOccurrences(of: "-", with: "")
                fallback = true
            }
            chosen = base
            var n = 2
            while taken.contains(chosen) || fm.fileExists(atPath: "\(notes)/\(day.iso)-\(chosen).md") {
                chosen = "\(base)-\(n)"
                n += 1
            }
        }
        let path = "\(notes)/\(day.iso)-\(chosen).md"
        guard !fm.fileExists(atPath: path) else {
            throw ScaffoldError(
                "'\(path)' already exists; mieruka never writes over a note", hint: "choose another --slug")
        }
        do {
            try fm.createDirectory(atPath: notes, withIntermediateDirectories: true)
        } catch {
            throw ScaffoldError("could not make the folder '\(notes)': \(error.localizedDescription)")
        }
        let text = noteTemplate(title: title, draft: draft)
        // O_EXCL: if a file appeared since the check, fail instead of replacing it.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw ScaffoldError("could not create '\(path)': \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw ScaffoldError("could not write '\(path)'") }
        return NewNote(path: path, slug: chosen, slugIsFallback: fallback)
    }

    /// The front matter and a starter body of a new note.
    static func noteTemplate(title: String, draft: Bool) -> String {
        // The schema comment is the front matter's first line: a note must start with '---'.
        var s = "---\n" + ContentSchema.note.schemaComment() + "\ntitle: \(yamlQuoted(title))\n"
        s += "author:\n"
        s += "tags: []\n"
        s += "summary:\n"
        if draft { s += "draft: true   # 公開するときは、この行を消すか false にします\n" }
        s += "---\n"
        s += "ここに本文を書きます。最初の段落は、一覧やフィードに出る要約にもなります。\n\n"
        s += "## 見出し\n\n"
        s += "見出しは ## から始めます。グラフを載せるときは、データセットで宣言したグラフを ```chart のブロックで呼び出します。\n"
        return s
    }

    /// A YAML double-quoted scalar: safe for any title (`:`, `#`, quotes, leading `[`).
    static func yamlQuoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A slug from a title written in ASCII (`Open Data Day 2021` → `open-data-day-2021`),
    /// or nil when the title has other characters: romanising Japanese is
    /// guesswork, so the writer chooses with `--slug`.
    public static func slugFromTitle(_ title: String) -> String? {
        guard title.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
        return Slug.make(from: title, maxLength: 60)
    }

    /// Slugs of the notes already in the site, read as a build reads them
    /// (`ContentLoader.noteSlugs`): drafts included.
    static func usedNoteSlugs(contentDirectory: String) -> Set<String> {
        Set(ContentLoader.noteSlugs(contentDirectory: contentDirectory).values)
    }
}
