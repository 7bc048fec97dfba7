import MierukaCore
import MierukaYAML
import MierukaMarkdown

extension Loader {
    /// `notes/YYYY-MM-DD-<slug>.md`, every one (drafts are dropped later).
    func loadNotes() -> [Note] {
        // Translations (`x.en.md`) are read with `loadTranslations`.
        let names = files.list("notes").filter {
            !$0.hasSuffix(".md") || Self.translationName(String($0.dropLast(3))) == nil
        }
        // Each note is read and parsed on its own, on all cores, with its own
        // log; the logs are merged in file-name order, so the result is the
        // same as one pass would give.
        let loaded = inParallel(names.count) { loader, i -> (Note, SourceLocation)? in
            let name = names[i]
            let relative = "notes/" + name
            if loader.files.isDirectory(relative) { return nil }
            guard name.hasSuffix(".md") else {
                loader.log.warning(
                    "this file is not a .md file, so it is not used as a note",
                    at: .file(loader.files.display(relative)),
                    hint: "a note's file name ends in .md; put images and other files in content/static/")
                return nil
            }
            return loader.loadNote(relative, name: String(name.dropLast(3)))
        }
        var notes: [Note] = []
        var slugs: [String: String] = [:]
        for case let (note, slugAt)? in loaded {
            if let first = slugs[note.slug] {
                log.error(
                    "two notes have the slug '\(note.slug)': this one and \(first)", at: slugAt,
                    hint: "give one of them another 'slug:' in its front matter, or rename its file")
                continue
            }
            slugs[note.slug] = note.file
            notes.append(note)
        }
        return notes
    }

    /// The note and where its slug was written (its `slug:` line, or the file
    /// when the slug comes from the file name).
    func loadNote(_ relative: String, name: String) -> (Note, SourceLocation)? {
        let path = files.display(relative)
        let fileName = NoteFileName(name)
        if case .badDate(let written) = fileName {
            let why = DateHint.whyNot(written).map { $0 + "; " } ?? ""
            log.error(
                "the date in the file name '\(name).md' does not exist", at: .file(path),
                hint: "\(why)note files are named like 2020-07-01-strategy-office.md")
            return nil
        }
        guard let text = files.text(relative) else { return nil }
        guard let doc = readFrontMatter(text, path: path, what: "the note's front matter") else { return nil }
        let m = doc.mapping
        let writtenTitle = m?.string("title", required: true)
        let title = furiganaText(writtenTitle)
        let date = m?.date("date")
        let updated = m?.date("updated")
        let author = m?.string("author")
        let tags = m?.strings("tags") ?? []
        let summary = furiganaText(m?.string("summary"))
        let cover = m?.string("cover")
        let draft = m?.bool("draft")?.value ?? false
        let slugOverride = m?.string("slug")
        let easy = readsEasyJapanese(m?.string("language"))
        m?.finish()

        guard let noteDate = date?.value ?? fileName.date else {
            // A 'date:' that cannot be read has its own diagnostic already.
            if m?.has("date") == true { return nil }
            log.error(
                "the note has no date: its file name does not start with one and its front matter has no 'date:'",
                at: .file(path),
                hint:
                    "name the file like 2020-07-01-\(Slug.isValid(name) ? name : "strategy-office").md, or add 'date: 2020-07-01'"
            )
            return nil
        }
        let slug = slugOverride?.value ?? fileName.slug ?? name
        if slug.isEmpty && slugOverride == nil {
            log.error(
                "the file name '\(name).md' has a date but no slug after it", at: .file(path),
                hint: "name the file like \(name)strategy-office.md; the slug becomes the note's web address")
            return nil
        }
        guard Slug.isValid(slug) else {
            log.error(
                "the note's slug '\(slug)' can only use lowercase letters a–z, digits and hyphens",
                at: slugOverride?.location ?? .file(path),
                hint: "for a Japanese title, pick a short English slug such as 'strategy-office'")
            return nil
        }
        if let updated, updated.value < noteDate {
            log.error(
                "'updated' (\(updated.value.iso)) is before the note's date (\(noteDate.iso))", at: updated.location)
        }
        var tagNames: [String] = []
        if tags.count > Note.maxTags {
            // Each tag's page lists the note with all its tags: the output grows with the square of the count.
            log.error(
                "this note has \(tags.count) tags, but a note may have at most \(Note.maxTags)",
                at: tags[Note.maxTags].location,
                hint:
                    "keep the few tags a reader would look for; every tag makes a page that lists the note with all its tags"
            )
        }
        for tag in tags.prefix(Note.maxTags) {
            let trimmed = tag.value.trimmingCharacters(in: .whitespaces)
            if let slug = Slug.tag(trimmed), slug.utf8.count > Slug.maxBytes {
                log.error(
                    "the tag '\(tag.value)' is too long: it becomes a folder name of \(slug.utf8.count) bytes, and at most \(Slug.maxBytes) are allowed",
                    at: tag.location,
                    hint:
                        "use a shorter tag (about \(Slug.maxBytes / 3) Japanese characters or \(Slug.maxBytes) letters at most)"
                )
            } else if Slug.tag(trimmed) == nil {
                log.error("the tag '\(tag.value)' has no letters that can go in a web address", at: tag.location)
            } else if !tagNames.contains(trimmed) {
                tagNames.append(trimmed)
            }
        }
        var coverPath: String?
        if let cover {
            if cover.value.hasPrefix("http://") || cover.value.hasPrefix("https://") {
                coverPath = cover.value
            } else if let safe = SafePath.relative(
                cover.value.hasPrefix("/") ? String(cover.value.dropFirst()) : cover.value)
            {
                if files.exists("static/" + safe) && files.staysInside("static/" + safe) {
                    coverPath = safe
                } else {
                    log.error(
                        "the cover image '\(cover.value)' is not in the static folder", at: cover.location,
                        hint:
                            "put the image in content/static/ and write its path from there, e.g. cover: images/photo.jpg"
                    )
                }
            } else {
                log.error(
                    "the cover image path '\(cover.value)' points outside the static folder", at: cover.location,
                    hint: "put the image in content/static/ and write its path from there, e.g. cover: images/photo.jpg"
                )
            }
        }
        let body = MarkdownDocument(doc.body)
        let charts = chartReferences(in: body, path: path, lineOffset: doc.bodyLineOffset)
        checkFurigana(in: body, path: path, lineOffset: doc.bodyLineOffset)
        if easy { checkEasyJapanese(in: body, path: path, lineOffset: doc.bodyLineOffset) }
        guard let title else { return nil }
        let summaryText = summary?.value ?? body.firstParagraphText.map { Self.shorten($0, to: 120) } ?? ""
        let note = Note(
            slug: slug, title: title.value, date: noteDate, updated: updated?.value, author: author?.value,
            tags: tagNames,
            summary: summaryText, cover: coverPath, draft: draft, body: body, file: path,
            bodyLineOffset: doc.bodyLineOffset, charts: charts, rubyTitle: Self.rubySource(writtenTitle, title))
        return (note, slugOverride?.location ?? .file(path))
    }

    /// `pages/<slug>.md`.
    func loadPages() -> [Page] {
        var pages: [Page] = []
        for name in files.list("pages")
        where name.hasSuffix(".md") && Self.translationName(String(name.dropLast(3))) == nil {
            let relative = "pages/" + name
            let path = files.display(relative)
            let slug = String(name.dropLast(3))
            guard Slug.isValid(slug) else {
                log.error(
                    "the page file name '\(name)' can only use lowercase letters a–z, digits and hyphens",
                    at: .file(path),
                    hint: Self.renameHint(name, example: "open-data-policy.md"))
                continue
            }
            if Self.reservedPageSlugs.contains(slug) {
                log.error(
                    "a page cannot be called '\(slug)': /\(slug)/ is already used by mieruka", at: .file(path),
                    hint: "rename the file")
                continue
            }
            guard let text = files.text(relative),
                let doc = readFrontMatter(text, path: path, what: "the page's front matter")
            else { continue }
            let writtenTitle = doc.mapping?.string("title", required: true)
            let title = furiganaText(writtenTitle)
            let summary = furiganaText(doc.mapping?.string("summary"))
            let easy = readsEasyJapanese(doc.mapping?.string("language"))
            doc.mapping?.finish()
            let body = MarkdownDocument(doc.body)
            let charts = chartReferences(in: body, path: path, lineOffset: doc.bodyLineOffset)
            checkFurigana(in: body, path: path, lineOffset: doc.bodyLineOffset)
            if easy { checkEasyJapanese(in: body, path: path, lineOffset: doc.bodyLineOffset) }
            guard let title else { continue }
            pages.append(
                Page(
                    slug: slug, title: title.value, summary: summary?.value, body: body, file: path,
                    bodyLineOffset: doc.bodyLineOffset, charts: charts, rubyTitle: Self.rubySource(writtenTitle, title))
            )
        }
        return pages
    }

    static let reservedPageSlugs = Set(Routes.sections)

    struct SplitDocument {
        var mapping: YAMLMapping?
        var body: String
        var bodyLineOffset: Int
    }

    /// The front matter as a mapping (nil mapping when the file has none or it
    /// is broken; the diagnostic is already logged) and the body.
    func readFrontMatter(_ text: String, path: String, what: String) -> SplitDocument? {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            log.error(
                "the file is empty", at: .file(path),
                hint: "start it with a line '---', then 'title: …', then another line '---', and write the text below")
            return nil
        }
        switch FrontMatter.split(text) {
        case .failure:
            log.error(
                "the front matter starts with '---' on line 1 but is never closed", at: .file(path),
                hint: "add a line with just '---' after the last front matter line")
            return nil
        case .success(let fm):
            guard let yaml = fm.yaml else {
                log.error(
                    "the file has no front matter; it must start with a '---' line, then 'title: …', then another '---' line",
                    at: .file(path))
                return SplitDocument(mapping: nil, body: fm.body, bodyLineOffset: fm.bodyLineOffset)
            }
            do {
                var node = try YAMLParser.parse(yaml, file: path, lineOffset: fm.yamlLineOffset)
                // The front matter as a whole starts at its opening '---': a key
                // it lacks is reported there, not at whichever key comes first.
                if case .mapping = node.kind { node.location = SourceLocation(file: path, line: 1, column: 1) }
                return SplitDocument(
                    mapping: YAMLMapping(node, what: what, log: log), body: fm.body, bodyLineOffset: fm.bodyLineOffset)
            } catch {
                log.append(contentsOf: error.diagnostics)
                return SplitDocument(mapping: nil, body: fm.body, bodyLineOffset: fm.bodyLineOffset)
            }
        }
    }

    /// Reads each ```` ```chart ```` block's YAML (`dataset:` and `chart:`),
    /// with positions in the `.md` file. References are checked later, once
    /// the datasets are loaded.
    func chartReferences(in body: MarkdownDocument, path: String, lineOffset: Int, columnOffset: Int = 0)
        -> [ChartReference]
    {
        var refs: [ChartReference] = []
        for block in body.chartBlocks {
            let fenceLine = block.line + lineOffset
            let at = SourceLocation(file: path, line: fenceLine, column: 1 + columnOffset)
            guard !block.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                log.error("this chart block is empty; it needs 'dataset:' and 'chart:' lines", at: at)
                continue
            }
            do {
                let node = try YAMLParser.parse(
                    block.source, file: path, lineOffset: fenceLine, columnOffset: columnOffset)
                guard let m = YAMLMapping(node, what: "the chart block", log: log) else { continue }
                let dataset = m.string("dataset", required: true)
                let chart = m.string("chart", required: true)
                m.finish()
                if let dataset, let chart {
                    refs.append(
                        ChartReference(
                            dataset: dataset.value, chart: chart.value, location: dataset.location,
                            chartLocation: chart.location, blockLine: block.line))
                }
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        return refs
    }

    static func shorten(_ text: String, to limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
