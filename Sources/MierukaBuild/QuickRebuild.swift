import Foundation
import MierukaCore
import MierukaContent
import MierukaSite

/// A rebuild in which only the text of one note changed: what other pages
/// show of it (title, date, tags, summary, …: its `NoteRecord`) is the same,
/// and the renderer recorded, in the last full build, that its text is shown
/// by its own page alone, made from parts of the site this rebuild can read
/// without the rest (`available`). Then only that page changes, and it is
/// the only file rendered and written: the new page replaces the old one with
/// one atomic rename, so `output/` is the old site or the new one at every
/// moment. Whenever any condition does not hold, nil: the caller builds the
/// whole site. This code does not know what a page shows; it asks the
/// records (`PageInputs`) the renderer made. `ReusedStagingTests` and
/// `QuickRebuildTests` compare the result with a build into an empty folder.
enum QuickRebuild {
    /// What `ContentLoader.quickLoad` reads: site.yaml, the initiatives, and
    /// the records of the notes (from the cache) with the one note's text.
    static let available: SiteParts = [.settings, .notes, .initiatives]

    /// - Parameter cache: the last build's cache; the caller has checked that
    ///   the output folder is as that build left it.
    static func attempt(_ options: SiteOptions, inputs: BuildInputs, cache: BuildCache, start: Date)
        -> BuildReport?
    {
        var cache = cache
        guard cache.settings == inputs.settings, cache.theme == inputs.theme, let details = cache.loadDetails()
        else { return nil }
        let content = inputs.content
        // Exactly one file changed, and the same files exist.
        guard content.count == details.content.count else { return nil }
        var changed: [String] = []
        for (path, stamp) in content {
            guard let old = details.content[path] else { return nil }
            if !path.hasSuffix("/") && old != stamp { changed.append(path) }
        }
        guard changed.count == 1, let relative = changed.first else { return nil }
        guard
            let loaded = ContentLoader.quickLoad(
                contentDirectory: options.content, note: relative,
                options: options.loadOptions),
            let index = details.notes.firstIndex(where: { $0.record.file == loaded.note.file })
        else { return nil }
        let cached = details.notes[index]
        // A note with chart blocks is refused by its records (its page reads the
        // publication); a new chart block changes the record.
        guard NoteRecord(loaded.note) == cached.record,
            cached.textShownBy == [Routes.file(Routes.note(loaded.note.slug))],
            available.isSuperset(of: cached.textShownByInputs),
            !cache.warnings.contains(where: { $0.location.file == loaded.note.file })
        else { return nil }
        let (theme, themeDiagnostics) = Theme.load(from: options.theme)
        guard let theme, themeDiagnostics.isEmpty else { return nil }
        var notes = details.notes.map(\.record.note)
        notes[index] = loaded.note
        let site = Site(
            config: loaded.config, notes: notes, pages: [], strategy: nil, initiatives: loaded.initiatives,
            timeline: [], agreements: [], datasets: [], staticFiles: [])
        guard
            let (file, pageInputs) = SiteRenderer.renderNotePage(
                site, theme: theme, slug: loaded.note.slug, available: available),
            file.path == cached.textShownBy.first, case .bytes(let bytes) = file.content
        else { return nil }
        let writer = OutputWriter(output: options.output)
        // The file and its folder are the only entries of the output that
        // change: their stats before and after update the fingerprint.
        let folder = String(file.path[..<(file.path.lastIndex(of: "/") ?? file.path.startIndex)])
        let watched = folder.isEmpty ? [file.path] : [file.path, folder]
        func stats() -> [stat]? {
            var out: [stat] = []
            for rel in watched {
                var st = stat()
                guard lstat(options.output + "/" + rel, &st) == 0 else { return nil }
                out.append(st)
            }
            return out
        }
        guard let before = stats() else { return nil }
        do {
            try writer.replace(file.path, with: bytes)
        } catch {
            return nil
        }
        let outputs =
            stats().flatMap { after in
                TreeFingerprint.adjusted(
                    cache.outputs, changes: zip(watched, zip(before, after)).map { ($0.0, $0.1.0, $0.1.1) })
            } ?? TreeFingerprint.of(options.output)
        var note = cached
        note.record = NoteRecord(loaded.note)
        note.textShownByInputs = cached.textShownByInputs.union(pageInputs.parts)
        cache.update(inputs: inputs, outputs: outputs, note: note)
        cache.write(for: options.output)

        var report = cache.report(start: start)
        report.wrote = true
        report.rebuiltOnly = file.path
        return report
    }
}
