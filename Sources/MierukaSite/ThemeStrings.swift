import Foundation
import MierukaCore
import MierukaContent
import MierukaYAML

/// Every text mieruka itself writes into pages: page titles, breadcrumbs,
/// the names of statuses, update frequencies and field types, dates, the
/// kinds of a milestone's links and file sizes. Each is a key of the theme's
/// strings file, `i18n/<language>.yaml`, written `group.key` (two levels).
///
/// A text may hold placeholders, `{name}`, for the values mieruka puts in:
/// each key says which it gives (`placeholders`); `{{` and `}}` write a
/// brace itself. Texts the templates write themselves stay in the templates.
enum StringKey: String, CaseIterable, Sendable {
    case titleNotes = "title.notes"
    case titleNotesPage = "title.notes_page"
    case titleTags = "title.tags"
    case titleTag = "title.tag"
    case titleInitiatives = "title.initiatives"
    case titleTimeline = "title.timeline"
    case titleAgreements = "title.agreements"
    case titleData = "title.data"
    case titleNotFound = "title.not_found"
    case titleWithSite = "title.with_site"

    case breadcrumbHome = "breadcrumb.home"
    case breadcrumbNotes = "breadcrumb.notes"
    case breadcrumbNotesPage = "breadcrumb.notes_page"
    case breadcrumbTags = "breadcrumb.tags"
    case breadcrumbInitiatives = "breadcrumb.initiatives"
    case breadcrumbTimeline = "breadcrumb.timeline"
    case breadcrumbAgreements = "breadcrumb.agreements"
    case breadcrumbData = "breadcrumb.data"

    case statusPlanned = "status.planned"
    case statusInProgress = "status.in-progress"
    case statusDone = "status.done"
    case statusPaused = "status.paused"

    case frequencyDaily = "frequency.daily"
    case frequencyWeekly = "frequency.weekly"
    case frequencyMonthly = "frequency.monthly"
    case frequencyQuarterly = "frequency.quarterly"
    case frequencyYearly = "frequency.yearly"
    case frequencyIrregular = "frequency.irregular"
    case frequencyNever = "frequency.never"

    case fieldTypeInteger = "field_type.integer"
    case fieldTypeNumber = "field_type.number"
    case fieldTypeString = "field_type.string"
    case fieldTypeDate = "field_type.date"
    case fieldTypeYear = "field_type.year"
    case fieldTypeBoolean = "field_type.boolean"

    case dateDay = "date.day"
    case dateMonth = "date.month"

    case month1 = "month.1"
    case month2 = "month.2"
    case month3 = "month.3"
    case month4 = "month.4"
    case month5 = "month.5"
    case month6 = "month.6"
    case month7 = "month.7"
    case month8 = "month.8"
    case month9 = "month.9"
    case month10 = "month.10"
    case month11 = "month.11"
    case month12 = "month.12"

    case linkKindNote = "link_kind.note"
    case linkKindInitiative = "link_kind.initiative"
    case linkKindExternal = "link_kind.external"

    case noticeUntranslated = "notice.untranslated"

    case fileSizeBytes = "file_size.bytes"
    case fileSizeKilobytes = "file_size.kilobytes"
    case fileSizeMegabytes = "file_size.megabytes"

    /// The group, the first level of the file: `title`.
    var group: String { String(rawValue.prefix { $0 != "." }) }
    /// The key within its group: `notes_page`.
    var name: String { String(rawValue.drop { $0 != "." }.dropFirst()) }

    /// The groups, in the order of the file.
    static let groups: [String] = {
        var seen: [String] = []
        for key in allCases where !seen.contains(key.group) { seen.append(key.group) }
        return seen
    }()

    /// The placeholders mieruka fills in, in the order `format` takes them.
    var placeholders: [String] {
        switch self {
        case .titleNotesPage, .breadcrumbNotesPage: ["n"]
        case .titleTag: ["tag"]
        case .titleWithSite: ["title", "site"]
        case .dateDay: ["year", "month", "day", "month_name"]
        case .dateMonth: ["year", "month", "month_name"]
        case .fileSizeBytes, .fileSizeKilobytes, .fileSizeMegabytes: ["n"]
        default: []
        }
    }

    /// Where the text appears, for docs/theme.md.
    var description: String {
        switch self {
        case .titleNotes: "the title of the notes list"
        case .titleNotesPage: "the title of its further pages; `{n}` is the page number (2, 3, …)"
        case .titleTags: "the title of the tag list"
        case .titleTag: "the title of a tag's page; `{tag}` is the tag"
        case .titleInitiatives: "the title of the initiatives list"
        case .titleTimeline: "the title of the timeline"
        case .titleAgreements: "the title of the agreements page"
        case .titleData: "the title of the open-data catalogue"
        case .titleNotFound: "the title of the 404 page"
        case .titleWithSite:
            "the `<title>` of every page but the home page (`pageTitle`); `{title}` is the page's title, `{site}` the site's name"
        case .breadcrumbHome: "the first step of every page's breadcrumbs"
        case .breadcrumbNotes: "the step of the notes list (on the notes list, notes)"
        case .breadcrumbNotesPage: "the step of a further page of the notes list; `{n}` is the page number"
        case .breadcrumbTags: "the step of the tag list (on the tag list, tag pages)"
        case .breadcrumbInitiatives: "the step of the initiatives list (on it and on initiatives)"
        case .breadcrumbTimeline: "the step of the timeline"
        case .breadcrumbAgreements: "the step of the agreements page"
        case .breadcrumbData: "the step of the catalogue (on it and on dataset pages)"
        case .statusPlanned: "the name of the status `planned` (`statusLabel`, `label`)"
        case .statusInProgress: "the name of the status `in-progress`"
        case .statusDone: "the name of the status `done`"
        case .statusPaused: "the name of the status `paused`"
        case .frequencyDaily: "the update frequency `daily` on a dataset's page (`frequency`)"
        case .frequencyWeekly: "the update frequency `weekly`"
        case .frequencyMonthly: "the update frequency `monthly`"
        case .frequencyQuarterly: "the update frequency `quarterly`"
        case .frequencyYearly: "the update frequency `yearly`"
        case .frequencyIrregular: "the update frequency `irregular`"
        case .frequencyNever: "the update frequency `never`"
        case .fieldTypeInteger: "the field type `integer` in a dataset's list of fields (`type`)"
        case .fieldTypeNumber: "the field type `number`"
        case .fieldTypeString: "the field type `string`"
        case .fieldTypeDate: "the field type `date`"
        case .fieldTypeYear: "the field type `year`"
        case .fieldTypeBoolean: "the field type `boolean`"
        case .dateDay:
            "a date (`date.ja` and every other date's `ja`); `{year}`, `{month}`, `{day}` are numbers without leading zeros, `{month_name}` the month's name (`month.<n>`)"
        case .dateMonth: "a month (milestones and agreements dated `2019-06`)"
        case .month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9, .month10, .month11,
            .month12:
            "the name of month \(name), for `{month_name}` in dates (January, 1月, …)"
        case .linkKindNote: "a milestone's link to a note (`kind`)"
        case .linkKindInitiative: "a milestone's link to an initiative"
        case .linkKindExternal: "a milestone's link to an outside page"
        case .noticeUntranslated:
            "on a page that has no translation into the file's language: says so, in that language (`untranslatedNotice`); needed by sites with more than one language"
        case .fileSizeBytes: "a download's size under 1 KB (`size`); `{n}` is the number of bytes"
        case .fileSizeKilobytes: "a size under 1 MB; `{n}` is the size in KB with one decimal, e.g. `12.3`"
        case .fileSizeMegabytes: "a larger size; `{n}` is the size in MB, e.g. `1,024.5`"
        }
    }

    static func status(_ s: InitiativeStatus) -> StringKey {
        switch s {
        case .planned: .statusPlanned
        case .inProgress: .statusInProgress
        case .done: .statusDone
        case .paused: .statusPaused
        }
    }

    static func frequency(_ f: UpdateFrequency) -> StringKey {
        switch f {
        case .daily: .frequencyDaily
        case .weekly: .frequencyWeekly
        case .monthly: .frequencyMonthly
        case .quarterly: .frequencyQuarterly
        case .yearly: .frequencyYearly
        case .irregular: .frequencyIrregular
        case .never: .frequencyNever
        }
    }

    static func fieldType(_ t: FieldType) -> StringKey {
        switch t {
        case .integer: .fieldTypeInteger
        case .number: .fieldTypeNumber
        case .string: .fieldTypeString
        case .date: .fieldTypeDate
        case .year: .fieldTypeYear
        case .boolean: .fieldTypeBoolean
        }
    }
}

/// A theme's strings file, read once when the theme is loaded: every
/// `StringKey` has its text, already split at its placeholders, so a page
/// only joins pieces.
public struct ThemeStrings: Sendable {
    /// The file's language: its name without `.yaml` (`ja`).
    public let language: String
    public let path: String
    private let texts: [StringKey: Text]
    /// The theme's own texts, the `text:` group: what its templates write
    /// (`{{site.text.<key>}}`), with the place each key is written. The keys
    /// are the theme's; every language's file must have the same ones.
    let themeTexts: [String: String]
    let themeTextLocations: [String: SourceLocation]
    /// Where the `text:` group starts (the top of the file when there is none).
    let themeTextGroup: SourceLocation

    /// Every text a strings file must have, `group.key` in the order of the file, with
    /// the placeholders mieruka gives it in the order it gives them (`StringKey`), as
    /// `Theme.requiredTemplates` lists the templates: for a theme written by a tool or a test.
    public static var requiredKeys: [(key: String, placeholders: [String])] {
        StringKey.allCases.map { ($0.rawValue, $0.placeholders) }
    }

    struct Text: Sendable {
        enum Part: Sendable {
            case literal(String)
            /// The placeholder at this index of the key's `placeholders`.
            case value(Int)
        }
        let parts: [Part]
        /// The text with its placeholders left out (the whole text when it has none).
        let plain: String
    }

    /// The text of a key without placeholders.
    subscript(key: StringKey) -> String { texts[key]?.plain ?? "" }

    /// The text of `key` with `values` for its placeholders, in the order of `key.placeholders`.
    func format(_ key: StringKey, _ values: String...) -> String {
        guard let text = texts[key] else { return "" }
        var out = ""
        for part in text.parts {
            switch part {
            case .literal(let s): out += s
            case .value(let i): if i < values.count { out += values[i] }
            }
        }
        return out
    }

    /// The text of `key` as the file writes it, placeholders and braces included.
    func pattern(_ key: StringKey) -> String {
        guard let text = texts[key] else { return "" }
        return text.parts.map { part in
            switch part {
            case .literal(let s): s.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            case .value(let i): "{" + key.placeholders[i] + "}"
            }
        }.joined()
    }

    func status(_ s: InitiativeStatus) -> String { self[.status(s)] }
    func frequency(_ f: UpdateFrequency) -> String { self[.frequency(f)] }
    func fieldType(_ t: FieldType) -> String { self[.fieldType(t)] }
    func date(_ d: LocalDate) -> String {
        format(.dateDay, String(d.year), String(d.month), String(d.day), monthName(d.month))
    }
    func date(_ d: PartialDate) -> String {
        guard let day = d.day else {
            return format(.dateMonth, String(d.year), String(d.month), monthName(d.month))
        }
        return format(.dateDay, String(d.year), String(d.month), String(day), monthName(d.month))
    }

    /// The name of a month (1…12) from the `month` group.
    func monthName(_ month: Int) -> String {
        let keys: [StringKey] = [
            .month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9, .month10, .month11,
            .month12,
        ]
        guard (1...12).contains(month), let text = texts[keys[month - 1]] else { return String(month) }
        return text.plain
    }

    /// A file's size: `532 B`, `12.3 KB`, `1.5 MB` (as the strings file writes them).
    func fileSize(_ bytes: Int) -> String {
        if bytes < 1024 { return format(.fileSizeBytes, String(bytes)) }
        if bytes < 1024 * 1024 {
            return format(.fileSizeKilobytes, NumberFormat.grouped(Double(bytes) / 1024, maxFractionDigits: 1))
        }
        return format(.fileSizeMegabytes, NumberFormat.grouped(Double(bytes) / 1_048_576, maxFractionDigits: 1))
    }

    /// Whether the file's dates name the month (`{month_name}`), which makes
    /// the `month` group necessary; a file without it writes the number.
    static func usesMonthNames(_ texts: [StringKey: Text]) -> Bool {
        let index = StringKey.dateDay.placeholders.firstIndex(of: "month_name")
        return [StringKey.dateDay, .dateMonth].contains { key in
            texts[key]?.parts.contains {
                if case .value(let i) = $0 { return key.placeholders[i] == "month_name" && index != nil }
                return false
            } ?? false
        }
    }

    /// The group of the theme's own texts.
    static let themeTextGroupName = "text"

    /// A theme text by key; empty when the file has none (the theme's load
    /// reports every key one language has and another lacks).
    func themeText(_ key: String) -> String { themeTexts[key] ?? "" }

    // MARK: Reading

    /// Reads and checks one strings file. Every problem is a diagnostic at
    /// the file's line and column: a key or group that is missing (at the
    /// group, or at the top of the file), a value that is not text, an
    /// unknown key (with "did you mean"), a placeholder the key does not give.
    static func load(path: String, language: String) -> (ThemeStrings?, Diagnostics) {
        var diagnostics = Diagnostics()
        guard let data = FileManager.default.contents(atPath: path), var text = String(data: data, encoding: .utf8)
        else {
            diagnostics.error("the strings file '\(path)' cannot be read as UTF-8 text", at: .file(path))
            return (nil, diagnostics)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let root: YAMLNode
        do {
            root = try YAMLParser.parse(text, file: path)
        } catch {
            return (nil, error.diagnostics)
        }
        let log = DiagnosticLog()
        guard let top = YAMLMapping(root, what: "the strings file", log: log), case .mapping(let groupPairs) = root.kind
        else {
            return (nil, log.diagnostics)
        }
        var texts: [StringKey: Text] = [:]
        // A misspelt key is reported once, as unknown with "did you mean",
        // and not also as missing.
        func misspelt(_ name: String, among pairs: [YAMLPair], known: [String]) -> Bool {
            pairs.contains { !known.contains($0.key) && Suggest.closest(to: $0.key, in: known) == name }
        }
        for group in StringKey.groups {
            let keys = StringKey.allCases.filter { $0.group == group }
            _ = top.node(group)
            guard let pair = groupPairs.first(where: { $0.key == group }) else {
                if misspelt(group, among: groupPairs, known: StringKey.groups) { continue }
                // Month names are needed only by dates that spell the month, the
                // notices only by sites with several languages (`Theme.checkLanguages`).
                if group == StringKey.month1.group && !usesMonthNames(texts) { continue }
                if group == StringKey.noticeUntranslated.group { continue }
                log.error(
                    "the strings file has no '\(group)' group, so it has no text for \(keys.map { "'\($0.rawValue)'" }.joined(separator: ", "))",
                    at: root.location,
                    hint: "add the group '\(group):' with its keys; docs/theme.md lists every key of the strings file")
                continue
            }
            guard !pair.value.isNull else {
                log.error(
                    "the group '\(group)' is empty, so the strings file has no text for \(keys.map { "'\($0.rawValue)'" }.joined(separator: ", "))",
                    at: pair.keyLocation,
                    hint: "write its keys on the lines below '\(group):', each indented by two spaces")
                continue
            }
            guard let mapping = YAMLMapping(pair.value, what: "the group '\(group)'", log: log),
                case .mapping(let keyPairs) = pair.value.kind
            else { continue }
            for key in keys {
                _ = mapping.node(key.name)
                guard let kp = keyPairs.first(where: { $0.key == key.name }) else {
                    if misspelt(key.name, among: keyPairs, known: keys.map(\.name)) { continue }
                    log.error(
                        "the strings file has no text for '\(key.rawValue)' (\(key.description.replacingOccurrences(of: "`", with: "'")))",
                        at: pair.keyLocation,
                        hint: "add '\(key.name): …' under '\(group):'")
                    continue
                }
                guard !kp.value.isNull else {
                    log.error(
                        "'\(key.rawValue)' has no text", at: kp.keyLocation,
                        hint: "write the text after '\(key.name): '")
                    continue
                }
                guard case .scalar(let s, _) = kp.value.kind else {
                    var hint: String?
                    if case .mapping = kp.value.kind {
                        hint = "a text that starts with '{' must be in quotes: \(key.name): \"{…}\""
                    }
                    log.error(
                        "'\(key.rawValue)' should be text, but found \(kp.value.kindDescription)",
                        at: kp.value.location, hint: hint)
                    continue
                }
                switch parse(s, placeholders: key.placeholders) {
                case .success(let t): texts[key] = t
                case .failure(let problem):
                    log.error(
                        "the text of '\(key.rawValue)' \(problem.message)", at: kp.value.location,
                        hint: problem.hint(for: key))
                }
            }
            mapping.finish()
        }
        var themeTexts: [String: String] = [:], themeTextLocations: [String: SourceLocation] = [:]
        var themeTextGroup = root.location
        _ = top.node(Self.themeTextGroupName)
        if let pair = groupPairs.first(where: { $0.key == Self.themeTextGroupName }) {
            themeTextGroup = pair.keyLocation
            if case .mapping(let keyPairs) = pair.value.kind {
                for kp in keyPairs {
                    guard case .scalar(let s, _) = kp.value.kind, !kp.value.isNull else {
                        log.error(
                            "'\(Self.themeTextGroupName).\(kp.key)' should be text, but found \(kp.value.kindDescription)",
                            at: kp.value.location,
                            hint: "write the text after '\(kp.key): ', in quotes if it starts with '{'")
                        continue
                    }
                    themeTexts[kp.key] = s
                    themeTextLocations[kp.key] = kp.keyLocation
                }
            } else if !pair.value.isNull {
                log.error(
                    "the group '\(Self.themeTextGroupName)' should hold 'key: text' lines, but found \(pair.value.kindDescription)",
                    at: pair.value.location,
                    hint: "write its keys on the lines below 'text:', each indented by two spaces")
            }
        }
        top.finish()
        if log.hasErrors { return (nil, log.diagnostics) }
        return (
            ThemeStrings(
                language: language, path: path, texts: texts, themeTexts: themeTexts,
                themeTextLocations: themeTextLocations, themeTextGroup: themeTextGroup),
            log.diagnostics
        )
    }

    struct PlaceholderProblem: Error {
        var message: String
        func hint(for key: StringKey) -> String {
            let given =
                key.placeholders.isEmpty
                ? "this text takes no placeholder"
                : "this text can use \(key.placeholders.map { "{\($0)}" }.joined(separator: ", "))"
            return given + "; write {{ and }} for a brace itself"
        }
    }

    /// Splits a text at its placeholders.
    static func parse(_ s: String, placeholders: [String]) -> Result<Text, PlaceholderProblem> {
        var parts: [Text.Part] = []
        var literal = "", plain = ""
        var i = s.startIndex
        func flush() { if !literal.isEmpty { parts.append(.literal(literal)); plain += literal; literal = "" } }
        while i < s.endIndex {
            let c = s[i]
            let next = s.index(after: i)
            if (c == "{" || c == "}"), next < s.endIndex, s[next] == c {
                literal.append(c)
                i = s.index(after: next)
                continue
            }
            if c == "}" { return .failure(PlaceholderProblem(message: "has a '}' that closes no placeholder")) }
            if c == "{" {
                guard let close = s[next...].firstIndex(of: "}") else {
                    return .failure(PlaceholderProblem(message: "has a '{' that is not closed with '}'"))
                }
                let name = String(s[next..<close])
                guard let index = placeholders.firstIndex(of: name) else {
                    return .failure(
                        PlaceholderProblem(message: "uses the placeholder {\(name)}, which mieruka does not give it"))
                }
                flush()
                parts.append(.value(index))
                i = s.index(after: close)
                continue
            }
            literal.append(c)
            i = next
        }
        flush()
        return .success(Text(parts: parts, plain: plain))
    }
}
