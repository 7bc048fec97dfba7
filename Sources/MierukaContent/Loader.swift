import Foundation
import MierukaCore
import MierukaYAML
import MierukaMarkdown

/// Options of a load that change what the site holds.
public struct LoadOptions: Sendable {
    /// Include notes marked `draft: true`.
    public var drafts: Bool
    /// Replaces `base_url` from site.yaml (the `--base-url` option).
    public var baseURL: String?
    /// "Today", for warnings about overdue datasets, when a test fixes it.
    public var today: LocalDate?
    /// The instant of the build (seconds since 1970 UTC): "today" is its date
    /// in the site's time zone. Passed in rather than read from the clock, so
    /// a load is repeatable; with neither, overdue warnings are skipped.
    public var now: Int?

    public init(drafts: Bool = false, baseURL: String? = nil, today: LocalDate? = nil, now: Int? = nil) {
        self.drafts = drafts
        self.baseURL = baseURL
        self.today = today
        self.now = now
    }
}

/// The result of loading: a site when nothing stopped it, and every diagnostic.
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: Diagnostics
    /// The site in each of its other languages (`languages:` in site.yaml).
    public var editions: [SiteEdition] = []
    /// How much of the site each other language has translated.
    public var coverage: [TranslationCoverage] = []
}

/// Reads `content/` into a `Site`, checking everything and collecting all
/// problems. The site is returned only when there is no error.
public enum ContentLoader {
    public static func load(contentDirectory: String, options: LoadOptions = LoadOptions()) -> LoadResult {
        let log = DiagnosticLog()
        let files = ContentFiles(root: contentDirectory, log: log)
        guard files.isDirectory(".") || FileManager.default.fileExists(atPath: contentDirectory) else {
            log.error(
                "the content folder '\(contentDirectory)' does not exist", at: .file(contentDirectory),
                hint: "run mieruka from the site's folder, or give the folder with --content")
            return LoadResult(site: nil, diagnostics: log.diagnostics)
        }
        var loader = Loader(files: files, log: log, options: options)
        let site = loader.loadAll()
        guard let site, !log.hasErrors else { return LoadResult(site: nil, diagnostics: log.diagnostics) }
        var (editions, coverage) = Loader.editions(of: site, translations: loader.translations, files: files)
        if let languages = log.textLanguages {
            for i in editions.indices {
                Loader.translateYAML(
                    &editions[i], coverage: &coverage[i], default: site, languages: languages,
                    contentDirectory: contentDirectory, options: options, files: files)
            }
        }
        return LoadResult(site: site, diagnostics: log.diagnostics, editions: editions, coverage: coverage)
    }
}

extension ContentLoader {
    /// `time_zone` of `site.yaml`, read by the same rule as a build (for
    /// `new note`, which needs "today" without loading the whole site).
    public static func siteTimeZone(contentDirectory: String) -> (SiteTimeZone, Diagnostics) {
        let log = DiagnosticLog()
        let loader = Loader(files: ContentFiles(root: contentDirectory, log: log), log: log, options: LoadOptions())
        guard let node = loader.files.yaml("site.yaml", starts: "'name:'"),
            let m = YAMLMapping(node, what: "site.yaml", log: log)
        else { return (.standard, log.diagnostics) }
        return (loader.readTimeZone(m), log.diagnostics)
    }
}

struct Loader {
    let files: ContentFiles
    let log: DiagnosticLog
    let options: LoadOptions
    let referenceLocations = References()
    /// What the cells of the dataset being read show, for the spreadsheet-formula
    /// warning and the machine-readability rules (`CellFindings`).
    let cells = CellFindings()
    /// Report machine-readability findings as warnings (`machine_readability:`
    /// in site.yaml); the conformance table is made either way.
    var ruleWarnings = true
    /// The translations of notes and pages (`x.en.md`), read with the site.
    var translations: [TranslationFile] = []

    mutating func loadAll() -> Site? {
        let config = loadSiteConfig()
        ruleWarnings = config?.machineReadabilityWarnings ?? true
        var notes = loadNotes()
        let pages = loadPages()
        let strategy = loadStrategy()
        let initiatives = loadInitiatives()
        let timeline = loadTimeline()
        let agreements = loadAgreements()
        let datasets = loadDatasets()
        let staticFiles = files.staticFiles()
        if let config {
            translations = loadTranslations(in: "notes", config: config) + loadTranslations(in: "pages", config: config)
        }

        if !options.drafts { notes.removeAll { $0.draft } }
        notes.sort { ($0.date, $0.slug) > ($1.date, $1.slug) }

        guard let config else { return nil }
        var site = Site(
            config: config, notes: notes, pages: pages, strategy: strategy,
            initiatives: initiatives.sorted { ($0.order, $0.id) < ($1.order, $1.id) },
            timeline: timeline, agreements: agreements, datasets: datasets, staticFiles: staticFiles)
        let today = options.today ?? options.now.map { site.config.timeZone.date(at: $0) }
        Validator(site: site, references: referenceLocations, log: log, today: today).run()
        site.notes = notes
        return site
    }

    // MARK: site.yaml

    func loadSiteConfig() -> SiteConfig? {
        guard files.exists("site.yaml") else {
            log.error(
                "the content folder has no site.yaml", at: .file(files.display("site.yaml")),
                hint: "create content/site.yaml with at least 'name:' and 'municipality:' (see docs/content.md)")
            return nil
        }
        guard let node = files.yaml("site.yaml", starts: "'name:' and 'municipality:'", required: true),
            let m = YAMLMapping(node, what: "site.yaml", log: log)
        else { return nil }
        // The languages first: every text after them may be written per language.
        let languageValue = m.string("language")
        let (languages, languageLocations) = readLanguages(m, default: languageValue)
        if log.textLanguages == nil {
            log.textLanguages = TextLanguages(codes: languages.map(\.code), current: languages[0].code)
        }
        let language = languageValue?.value ?? languages.first?.code ?? "ja"
        let name = m.string("name", required: true)
        let description = m.string("description")
        var municipality: Municipality?
        if let mm = m.mapping("municipality", required: true, what: "'municipality'") {
            let mname = mm.string("name", required: true)
            let en = mm.string("name_en")
            let pref = mm.string("prefecture", required: true)
            let code = mm.string("code", required: true)
            if let code, !LocalGovernmentCode.isValid(code.value) { checkLocalGovernmentCode(code) }
            mm.finish()
            if let mname, let pref, let code {
                municipality = Municipality(
                    name: mname.value, nameEnglish: en?.value, prefecture: pref.value, code: code.value)
            }
        }
        var baseURL = m.string("base_url")?.value ?? "/"
        if let override = options.baseURL {
            baseURL = override
            if !(override.hasPrefix("https://") || override.hasPrefix("http://")) {
                log.error(
                    "--base-url must be a full web address starting with https://, but found '\(override)'",
                    at: .file(files.display("site.yaml")), hint: "for example --base-url https://example.org/dx/")
            }
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        if let b = m.node("base_url"), options.baseURL == nil {
            if !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
                log.error(
                    "'base_url' must be a full web address starting with https://, but found '\(b.scalar ?? baseURL)'",
                    at: b.location,
                    hint: "write the address the site is published at, e.g. base_url: https://www.town.example.jp/dx/")
            } else if baseURL.hasPrefix("http://") {
                log.warning(
                    "'base_url' starts with http://, so browsers will mark the site as not secure", at: b.location,
                    hint:
                        "publish the site over https and write base_url: https://\(baseURL.dropFirst("http://".count))")
            }
        }
        let timeZone = readTimeZone(m)
        let license = readLicense(in: m)
        var publisherName: String?, publisherURL: String?
        if let p = m.mapping("publisher", what: "'publisher'") {
            publisherName = p.string("name", required: true)?.value
            publisherURL = p.link("url", rule: .web)?.value
            p.finish()
        }
        var email: String?, phone: String?, address: String?
        if let c = m.mapping("contact", what: "'contact'") {
            email = c.email("email")?.value
            phone = c.string("phone")?.value
            address = c.string("address")?.value
            c.finish()
        }
        var navigation: [NavigationItem] = []
        for item in m.list("navigation") {
            guard let n = YAMLMapping(item, what: "a navigation item", log: log) else { continue }
            if let t = n.string("title", required: true), let u = n.link("url", required: true, rule: .link) {
                navigation.append(NavigationItem(title: t.value, url: u.value))
            }
            n.finish()
        }
        let bom = m.bool("csv_bom")?.value ?? true
        let perPage = m.int("notes_per_page", in: 1...1000)?.value ?? 10
        let raw = m.bool("allow_raw_html")?.value ?? false
        let version = m.string("data_version")?.value ?? "1.0.0"
        let rules = m.bool("machine_readability")?.value ?? true
        m.finish()
        guard let name, let municipality else { return nil }
        return SiteConfig(
            name: name.value, description: description?.value, municipality: municipality, baseURL: baseURL,
            language: language, languages: languages, languageLocations: languageLocations, timeZone: timeZone,
            license: license ?? .ccBy40,
            publisherName: publisherName ?? municipality.name, publisherURL: publisherURL,
            contactEmail: email, contactPhone: phone, contactAddress: address, navigation: navigation,
            csvBOM: bom, notesPerPage: perPage, allowRawHTML: raw, dataVersion: version,
            machineReadabilityWarnings: rules)
    }

    /// `languages: [ja, ja-easy, en]`: the codes are checked (a known language,
    /// `ja-easy`, no repeats), and the first must be `language` when both are
    /// given. Without the key, the site has one language, `language`.
    func readLanguages(_ m: YAMLMapping, default languageValue: Located<String>?) -> (
        [SiteLanguage], [SiteLanguage: SourceLocation]
    ) {
        let language = languageValue?.value ?? "ja"
        let written = m.strings("languages")
        var languages: [SiteLanguage] = [], locations: [SiteLanguage: SourceLocation] = [:]
        for code in written {
            guard SiteLanguage.isValid(code.value) else {
                let known = SiteLanguage.commonMistakes[code.value.lowercased()]
                log.error(
                    "'\(code.value)' is not a language code mieruka knows",
                    at: code.location,
                    hint: (known.map { "did you mean '\($0)'? " } ?? "")
                        + "write ISO 639-1 codes such as ja, en, zh-Hans, ko, vi, pt-BR, or ja-easy for やさしい日本語")
                continue
            }
            let l = SiteLanguage(code.value)
            if let first = locations[l] {
                log.error(
                    "the language '\(code.value)' is listed twice in 'languages'", at: code.location,
                    hint: "it is first listed at line \(first.line), column \(first.column); remove one of them")
                continue
            }
            languages.append(l)
            locations[l] = code.location
        }
        guard let first = languages.first else {
            let l = SiteLanguage(language)
            return ([l], [l: languageValue?.location ?? m.node.location])
        }
        if let languageValue, first.code != language {
            log.error(
                "the first of 'languages' is the site's default language, but it is '\(first.code)' while 'language' is '\(language)'",
                at: written[0].location,
                hint: "list '\(language)' first, or leave out 'language' (line \(languageValue.location.line))")
        }
        return (languages, locations)
    }

    /// Explains a wrong 全国地方公共団体コード: a wrong check digit, a lost
    /// leading zero (`code: 74071`), or a code without its check digit.
    func checkLocalGovernmentCode(_ code: Located<String>) {
        let text = code.value
        let sixDigits = text.count == 6 && text.allSatisfy { $0.isASCII && $0.isNumber }
        if sixDigits, let expected = LocalGovernmentCode.checkDigit(String(text.prefix(5))) {
            log.error(
                "the local government code '\(text)' has a wrong check digit: for \(text.prefix(5)) the last digit should be \(expected)",
                at: code.location,
                hint:
                    "check the code in the official list of local government codes; for \(text.prefix(5)) it is \(text.prefix(5))\(expected)"
            )
            return
        }
        if sixDigits {
            log.error(
                "the local government code '\(text)' does not start with a prefecture number from 01 to 47",
                at: code.location,
                hint: "check the code in the official list of local government codes")
            return
        }
        var hint = "write the 6-digit code in quotes, e.g. code: \"074071\""
        if text.count == 5, let full = LocalGovernmentCode.withCheckDigit("0" + text.dropLast()), full == "0" + text {
            hint = "the leading 0 is part of the code: write it in quotes, code: \"\(full)\""
        } else if text.count == 5, let full = LocalGovernmentCode.withCheckDigit(text) {
            hint = "this looks like the code without its check digit; the full code is \"\(full)\""
        }
        log.error(
            "the local government code must be 6 digits (5 digits and a check digit), but found '\(text)'",
            at: code.location, hint: hint)
    }

    /// `time_zone`: one of `SiteTimeZone.known`; an unknown name is an error.
    func readTimeZone(_ m: YAMLMapping) -> SiteTimeZone {
        guard let z = m.string("time_zone") else { return .standard }
        if let zone = SiteTimeZone(named: z.value) { return zone }
        let names = SiteTimeZone.known.map(\.name)
        log.error(
            "'time_zone' must be one of \(names.joined(separator: ", ")), but found '\(z.value)'\(Suggest.didYouMean(z.value, in: names))",
            at: z.location, hint: "a town in Japan writes time_zone: Asia/Tokyo (or leaves it out)")
        return .standard
    }

    /// `license:` of site.yaml or a dataset: a known licence by its id alone
    /// (`license: PDL-1.0`), a group with `id` (and optionally `name`, shown
    /// instead of the known name, and `url`, which must be the known text's
    /// address), or a group with `name` and `url` for the site's own terms.
    /// A known licence is published with its name and canonical URL from
    /// `KnownLicense`; an unknown id and a `url` that is not the id's text
    /// are errors at their position.
    func readLicense(in parent: YAMLMapping) -> License? {
        guard let node = parent.node("license") else { return nil }
        if case .scalar = node.kind {
            guard let id = YAMLValue.string(node, key: "license", log: log) else { return nil }
            return knownLicense(id).map { License($0) }
        }
        guard let m = YAMLMapping(node, what: "'license'", log: log) else { return nil }
        let id = m.string("id")
        let name = m.string("name")
        let url = m.link("url", rule: .web)
        m.finish()
        guard let id else {
            if name == nil {
                log.error(
                    "the licence has neither an 'id' nor a 'name'", at: m.node.location,
                    hint:
                        "name a licence mieruka knows by its id (license: PDL-1.0), or give the 'name' and 'url' of other terms"
                )
            }
            return name.map { License(name: $0.value, url: url?.value) }
        }
        guard let known = knownLicense(id) else { return nil }
        if let url, !known.matches(url: url.value) {
            let other = KnownLicense.at(url: url.value)
            log.error(
                "the licence '\(known.id)' has its text at \(known.url), not at \(url.value)", at: url.location,
                hint: other.map { "that is the address of \($0.nameJapanese); write 'id: \($0.id)'" }
                    ?? "leave out 'url' (mieruka knows the address of \(known.id)), or, for other terms, leave out 'id' and give their 'name' and 'url'"
            )
            return nil
        }
        return License(name: name?.value ?? known.nameJapanese, url: known.url, id: known.id)
    }

    /// The known licence an id names; an unknown id is an error with "did you mean".
    func knownLicense(_ id: Located<String>) -> KnownLicense? {
        if let known = KnownLicense.named(id.value) { return known }
        let ids = KnownLicense.all.map(\.id)
        log.error(
            "mieruka does not know the licence id '\(id.value)'\(Suggest.didYouMean(KnownLicense.closestId(to: id.value)))",
            at: id.location,
            hint:
                "the licence ids mieruka knows are \(ids.joined(separator: ", ")); for other terms, write 'name' and 'url' without 'id'"
        )
        return nil
    }
}
