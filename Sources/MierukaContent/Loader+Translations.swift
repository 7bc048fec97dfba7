import MierukaCore
import MierukaMarkdown
import MierukaYAML

/// How much of the site one language has: notes and pages translated,
/// translated but made from an older version of the original, and missing.
public struct TranslationCoverage: Sendable, Equatable {
    public var language: SiteLanguage
    public var translated: Int
    public var outdated: Int
    public var missing: Int
}

/// A translation of a note or page: a file beside the original with the
/// language's code before `.md` (`2020-07-01-office.en.md`,
/// `about.ja-easy.md`). It gives the title, summary and body in that
/// language; everything else (slug, date, tags, …) is the original's.
struct TranslationFile {
    var language: SiteLanguage
    /// The original, relative to the content folder: `notes/2020-07-01-office.md`.
    var original: String
    var title: Located<String>
    var rubyTitle: String?
    var summary: String?
    var body: MarkdownDocument
    var bodyLineOffset: Int
    var charts: [ChartReference]
    var path: String
    var outdated: Bool
}

extension Loader {
    /// `x.en` (a file name without `.md`) -> (`x`, `en`) when the part after
    /// the last dot looks like a language code; a slug has no dots.
    static func translationName(_ name: String) -> (base: String, code: String)? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let code = String(name[name.index(after: dot)...])
        return SiteLanguage.hasCodeShape(code) ? (String(name[..<dot]), code) : nil
    }

    /// The version of an original a translation names in `source_version`:
    /// the first 8 hex digits of the SHA-256 of its file (line ends as `\n`).
    static func sourceVersion(_ text: String) -> String {
        String(SHA256.hex(Array(text.replacingOccurrences(of: "\r\n", with: "\n").utf8)).prefix(8))
    }

    /// Reads the translations in `folder` (`notes` or `pages`) into the site's
    /// other languages. Each is checked: its language must be one of the
    /// site's (and not the default), its original must exist, its front matter
    /// holds only what a translation changes, and `source_version` must name
    /// the original's current version (else a warning: the translation is
    /// outdated).
    func loadTranslations(in folder: String, config: SiteConfig) -> [TranslationFile] {
        let names = files.list(folder).filter { $0.hasSuffix(".md") }
        let originals = Set(names.map { String($0.dropLast(3)) }.filter { Self.translationName($0) == nil })
        var out: [TranslationFile] = []
        for name in names {
            guard let (base, code) = Self.translationName(String(name.dropLast(3))) else { continue }
            let relative = folder + "/" + name
            let path = files.display(relative)
            let language = SiteLanguage(code)
            let others = config.languages.dropFirst().map(\.code)
            guard config.languages.dropFirst().contains(language) else {
                let isDefault = language == config.defaultLanguage
                log.error(
                    isDefault
                        ? "'\(name)' is a translation into '\(code)', which is the site's default language"
                        : "'\(name)' is a translation into '\(code)', which site.yaml's 'languages' does not list",
                    at: .file(path),
                    hint: isDefault
                        ? "the default language's text is the original, \(base).md"
                        : others.isEmpty
                            ? "add 'languages: [\(config.defaultLanguage.code), \(code)]' to site.yaml, or rename the file"
                            : "the site's other languages are \(others.joined(separator: ", "))"
                                + Suggest.didYouMean(Suggest.closest(to: code, in: others)))
                continue
            }
            guard originals.contains(base) else {
                log.error(
                    "'\(name)' is a translation of '\(folder)/\(base).md', which does not exist",
                    at: .file(path),
                    hint: "name it after its original, e.g. "
                        + (Suggest.closest(to: base, in: originals.sorted()).map { "\($0).\(code).md" }
                            ?? "2020-07-01-office.\(code).md beside 2020-07-01-office.md"))
                continue
            }
            if let t = loadTranslation(relative, language: language, original: folder + "/" + base + ".md") {
                out.append(t)
            }
        }
        return out
    }

    func loadTranslation(_ relative: String, language: SiteLanguage, original: String) -> TranslationFile? {
        let path = files.display(relative)
        guard let text = files.text(relative),
            let doc = readFrontMatter(text, path: path, what: "the translation's front matter")
        else { return nil }
        let m = doc.mapping
        let writtenTitle = m?.string("title", required: true)
        let title = furiganaText(writtenTitle)
        let summary = furiganaText(m?.string("summary"))
        let version = m?.string("source_version")
        // What the original decides is not repeated in a translation.
        for shared in ["slug", "date", "updated", "author", "tags", "cover", "draft", "language"] {
            if let at = m?.refused(shared) {
                log.error(
                    "'\(shared)' is the same in every language, so a translation does not set it",
                    at: at, hint: "remove it here; the original, \(files.display(original)), sets it")
            }
        }
        m?.finish()
        let body = MarkdownDocument(doc.body)
        let charts = chartReferences(in: body, path: path, lineOffset: doc.bodyLineOffset)
        checkFurigana(in: body, path: path, lineOffset: doc.bodyLineOffset)
        if language.isEasyJapanese { checkEasyJapanese(in: body, path: path, lineOffset: doc.bodyLineOffset) }
        referenceLocations.add(charts: charts)
        guard let title else { return nil }
        let current = files.text(original).map(Self.sourceVersion) ?? ""
        var outdated = false
        if let version {
            if version.value != current {
                outdated = true
                log.warning(
                    "this translation was made from version \(version.value) of \(files.display(original)), which has changed since (it is now \(current))",
                    at: version.location,
                    hint: "bring the translation up to date, then write 'source_version: \(current)'")
            }
        } else {
            outdated = true
            log.warning(
                "this translation does not say which version of \(files.display(original)) it was made from",
                at: .file(path),
                hint:
                    "add 'source_version: \(current)' to its front matter once it matches the original; mieruka then warns when the original changes"
            )
        }
        return TranslationFile(
            language: language, original: original, title: title, rubyTitle: Self.rubySource(writtenTitle, title),
            summary: summary?.value, body: body, bodyLineOffset: doc.bodyLineOffset, charts: charts, path: path,
            outdated: outdated)
    }

    /// The site in each of its other languages: every translated note and
    /// page in that language, the rest as in the default language; and how
    /// much each language has.
    static func editions(of site: Site, translations: [TranslationFile], files: ContentFiles) -> (
        [SiteEdition], [TranslationCoverage]
    ) {
        var editions: [SiteEdition] = [], coverage: [TranslationCoverage] = []
        let total = site.notes.count + site.pages.count
        for language in site.config.languages.dropFirst() {
            var edition = site
            var translated: Set<String> = []
            var outdated = 0
            let mine = Dictionary(
                translations.filter { $0.language == language }.map { (files.display($0.original), $0) },
                uniquingKeysWith: { a, _ in a })
            /// Each item with a translation gets its texts (`apply`), and counts.
            func swap<T>(_ items: inout [T], file: KeyPath<T, String>, _ apply: (inout T, TranslationFile) -> Void) {
                for i in items.indices {
                    guard let t = mine[items[i][keyPath: file]] else { continue }
                    apply(&items[i], t)
                    translated.insert(items[i][keyPath: file])
                    if t.outdated { outdated += 1 }
                }
            }
            swap(&edition.notes, file: \.file) { note, t in
                note.summary = t.summary ?? t.body.firstParagraphText.map { shorten($0, to: 120) } ?? note.summary
                (note.title, note.rubyTitle, note.body, note.charts) = (t.title.value, t.rubyTitle, t.body, t.charts)
                note.bodyLineOffset = t.bodyLineOffset
            }
            swap(&edition.pages, file: \.file) { page, t in
                (page.title, page.rubyTitle, page.summary) = (t.title.value, t.rubyTitle, t.summary)
                (page.body, page.charts, page.bodyLineOffset) = (t.body, t.charts, t.bodyLineOffset)
            }
            editions.append(SiteEdition(language: language, site: edition, translated: translated))
            coverage.append(
                TranslationCoverage(
                    language: language, translated: translated.count - outdated, outdated: outdated,
                    missing: total - translated.count))
        }
        return (editions, coverage)
    }

    /// The YAML content of one other language: site.yaml, the strategy, the
    /// initiatives, the timeline and the agreements read again with that
    /// language's texts (`title: {ja: …, en: …}`). A file is translated when
    /// every per-language text in it has the language; an untranslated file's
    /// page is shown in the default language, with a notice, never half and half.
    static func translateYAML(
        _ edition: inout SiteEdition, coverage: inout TranslationCoverage, default site: Site,
        languages: TextLanguages, contentDirectory: String, options: LoadOptions, files: ContentFiles
    ) {
        let code = edition.language.code
        func translated(_ file: String) -> Bool { languages.languagesOfEveryGroup(in: file).contains(code) }
        // A second reading with the language's texts; its diagnostics are the first reading's, already given.
        let log = DiagnosticLog()
        log.textLanguages = TextLanguages(codes: languages.codes, current: code)
        var loader = Loader(files: ContentFiles(root: contentDirectory, log: log), log: log, options: options)
        loader.ruleWarnings = false
        var yamlFiles = 0, yamlTranslated = 0
        if translated(files.display("site.yaml")), let config = loader.loadSiteConfig() {
            edition.site.config = config
        }
        if site.strategy != nil {
            yamlFiles += 1
            if translated(files.display("strategy.yaml")), let strategy = loader.loadStrategy() {
                edition.site.strategy = strategy
                edition.translated.insert(SiteEdition.strategy)
                yamlTranslated += 1
            }
        }
        let initiatives = site.initiatives.contains { translated($0.file) } ? loader.loadInitiatives() : []
        for i in edition.site.initiatives.indices {
            yamlFiles += 1
            let file = edition.site.initiatives[i].file
            guard translated(file), let t = initiatives.first(where: { $0.file == file }) else { continue }
            edition.site.initiatives[i] = t
            edition.translated.insert(file)
            yamlTranslated += 1
        }
        if !site.timeline.isEmpty {
            yamlFiles += 1
            if translated(files.display("timeline.yaml")) {
                let timeline = loader.loadTimeline()
                if timeline.count == site.timeline.count {
                    edition.site.timeline = timeline
                    edition.translated.insert(SiteEdition.timeline)
                    yamlTranslated += 1
                }
            }
        }
        if !site.agreements.isEmpty {
            yamlFiles += 1
            if translated(files.display("agreements.yaml")) {
                let agreements = loader.loadAgreements()
                if agreements.count == site.agreements.count {
                    edition.site.agreements = agreements
                    edition.translated.insert(SiteEdition.agreements)
                    yamlTranslated += 1
                }
            }
        }
        coverage.translated += yamlTranslated
        coverage.missing += yamlFiles - yamlTranslated
    }
}
