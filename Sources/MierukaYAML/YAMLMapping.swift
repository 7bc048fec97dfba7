import Foundation
import MierukaCore

/// Collects diagnostics while a content file is read; shared by the readers
/// of one load so every problem is reported, not just the first.
public final class DiagnosticLog: @unchecked Sendable {
    public private(set) var diagnostics = Diagnostics()
    public init() {}
    public func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.error(message, at: location, hint: hint)
    }
    public func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.warning(message, at: location, hint: hint)
    }
    public func append(_ d: Diagnostic) { diagnostics.append(d) }
    public func append(contentsOf d: Diagnostics) { diagnostics.append(contentsOf: d) }
    public var hasErrors: Bool { diagnostics.hasErrors }
    /// The site's languages, once site.yaml has named them: a text may then
    /// be written per language (`title: {ja: …, en: …}`), and readers get the
    /// text of `textLanguages.current`.
    public var textLanguages: TextLanguages?
    /// When set, every mapping read with this log records the keys asked for
    /// (a test compares them with the content schemas); nil in a build.
    public var keyRecorder: KeyRecorder?
}

/// Reads a YAML mapping as a typed record. Each accessor names a key the
/// record knows; `finish()` then reports every other key as unknown, with a
/// "did you mean" suggestion drawn from the keys that were asked for.
///
/// Accessors return nil (and log a diagnostic) when a value has the wrong
/// shape, so a caller can go on and find the next problem.
public final class YAMLMapping {
    public let node: YAMLNode
    public let log: DiagnosticLog
    /// What this mapping is, for messages: "the initiative", "this chart".
    public let what: String
    private let pairs: [YAMLPair]
    private var known: [String] = []
    /// `finish()` reports once, however often it is called.
    private var finished = false
    /// Where this mapping sits, when the log records keys (`KeyRecorder`).
    private let path: [String]?

    /// Returns nil (with a diagnostic) unless `node` is a mapping.
    public init?(_ node: YAMLNode, what: String, log: DiagnosticLog) {
        self.node = node
        self.log = log
        self.what = what
        guard case .mapping(let pairs) = node.kind else {
            if node.isNull {
                log.error("\(what) is empty; expected keys such as 'title: …'", at: node.location)
            } else {
                log.error(
                    "\(what) should be a group of 'key: value' lines, but found \(node.kindDescription)",
                    at: node.location)
            }
            return nil
        }
        self.pairs = pairs
        self.path = log.keyRecorder?.path(of: node, what: what)
    }

    public var keys: [String] { pairs.map(\.key) }

    /// The value node of `key`, or nil when absent or written with no value.
    public func node(_ key: String, required: Bool = false) -> YAMLNode? {
        lookup(key, required: required, as: .node)
    }

    /// Every accessor asks through here once: the key becomes known (for
    /// `finish()`), and is recorded with how it is read when the log records.
    private func lookup(_ key: String, required: Bool, as read: YAMLRead) -> YAMLNode? {
        known.append(key)
        let value = value(key, required: required)
        if let recorder = log.keyRecorder, let path {
            recorder.record(KeyRecorder.Read(path: path, key: key, read: read, required: required))
            if let value {
                recorder.place(value, at: path + [key])
                switch (read, value.kind) {
                case (.list, .sequence(let items)):
                    for item in items { recorder.place(item, at: path + [key, KeyRecorder.item]) }
                case (.freeGroup, .mapping(let pairs)):
                    for pair in pairs { recorder.place(pair.value, at: path + [key, KeyRecorder.anyKey]) }
                default: break
                }
            }
        }
        return value
    }

    private func value(_ key: String, required: Bool) -> YAMLNode? {
        guard let pair = pairs.first(where: { $0.key == key }) else {
            if required { log.error("\(what) is missing the required key '\(key)'", at: node.location) }
            return nil
        }
        if pair.value.isNull {
            if required {
                log.error(
                    "'\(key)' has no value, but \(what) needs one", at: pair.keyLocation,
                    hint: "write the value after '\(key): '")
            }
            return nil
        }
        return pair.value
    }

    public func has(_ key: String) -> Bool { pairs.contains { $0.key == key && !$0.value.isNull } }

    /// Where `key` is written, when it is; the key counts as known (its
    /// reader reports what is wrong with it), and is not recorded as read.
    public func refused(_ key: String) -> SourceLocation? {
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        known.append(key)
        return pair.keyLocation
    }

    /// Text. Numbers and dates written without quotes are read as their text.
    public func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let v = lookup(key, required: required, as: .text) else { return nil }
        return YAMLValue.string(v, key: key, log: log)
    }

    /// A link to publish, judged by `rule` (the one URL check of
    /// `LinkRule`); a refused link is an error at its position and nil.
    public func link(_ key: String, required: Bool = false, rule: LinkRule) -> Located<String>? {
        guard let v = lookup(key, required: required, as: .link(rule)),
            let url = YAMLValue.string(v, key: key, log: log)
        else { return nil }
        if let (message, hint) = rule.problem(url.value) {
            log.error(message, at: url.location, hint: hint)
            return nil
        }
        return url
    }

    /// An e-mail address published as a `mailto:` link: one `@`, no spaces
    /// and none of the characters that would change the link (`:`, `?`, `/`, `<`, `>`, `"`).
    public func email(_ key: String, required: Bool = false) -> Located<String>? {
        guard let v = lookup(key, required: required, as: .email), let e = YAMLValue.string(v, key: key, log: log)
        else { return nil }
        let parts = e.value.split(separator: "@", omittingEmptySubsequences: false)
        let bad = e.value.unicodeScalars.contains { $0.value <= 0x20 || ":?/<>\"\\,;".unicodeScalars.contains($0) }
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !bad else {
            log.error(
                "'\(e.value)' is not an e-mail address", at: e.location,
                hint: "write the address alone, e.g. \(key): dx@town.example.jp")
            return nil
        }
        return e
    }

    public func int(_ key: String, required: Bool = false, in range: ClosedRange<Int>? = nil) -> Located<Int>? {
        guard let v = lookup(key, required: required, as: .integer(range)) else { return nil }
        return YAMLValue.int(v, key: key, in: range, log: log)
    }

    public func double(_ key: String, required: Bool = false) -> Located<Double>? {
        guard let v = lookup(key, required: required, as: .number) else { return nil }
        return YAMLValue.double(v, key: key, log: log)
    }

    public func bool(_ key: String, required: Bool = false) -> Located<Bool>? {
        guard let v = lookup(key, required: required, as: .boolean) else { return nil }
        return YAMLValue.bool(v, key: key, log: log)
    }

    public func date(_ key: String, required: Bool = false) -> Located<LocalDate>? {
        guard let v = lookup(key, required: required, as: .date) else { return nil }
        return YAMLValue.date(v, key: key, log: log)
    }

    public func partialDate(_ key: String, required: Bool = false) -> Located<PartialDate>? {
        guard let v = lookup(key, required: required, as: .partialDate) else { return nil }
        return YAMLValue.partialDate(v, key: key, log: log)
    }

    /// One of a fixed set of words, e.g. a status.
    /// `synonyms` maps words people write for a choice to its name
    /// (`int` → `integer`), for a hint when the spelling is not close.
    public func choice<E: RawRepresentable & CaseIterable>(
        _ key: String, required: Bool = false, as: E.Type = E.self,
        synonyms: [String: String] = [:]
    ) -> Located<E>? where E.RawValue == String {
        guard let v = lookup(key, required: required, as: .choice(E.allCases.map(\.rawValue))) else { return nil }
        return YAMLValue.choice(v, key: key, synonyms: synonyms, log: log)
    }

    /// A list of texts. A single text is accepted as a list of one, since
    /// `tags: 印鑑` is what people write for one tag.
    public func strings(_ key: String, required: Bool = false) -> [Located<String>] {
        guard let v = lookup(key, required: required, as: .texts) else { return [] }
        switch v.kind {
        case .scalar:
            return YAMLValue.string(v, key: key, log: log).map { [$0] } ?? []
        case .sequence(let items):
            return items.compactMap { YAMLValue.string($0, key: key, log: log) }
        case .mapping:
            log.error("'\(key)' should be a list of texts, but found a group of keys", at: v.location)
            return []
        }
    }

    /// The items of a list.
    public func list(_ key: String, required: Bool = false) -> [YAMLNode] {
        guard let v = lookup(key, required: required, as: .list) else { return [] }
        guard case .sequence(let items) = v.kind else {
            log.error(
                "'\(key)' should be a list (lines starting with '- '), but found \(v.kindDescription)", at: v.location)
            return []
        }
        return items
    }

    /// A nested mapping.
    public func mapping(_ key: String, required: Bool = false, what: String? = nil) -> YAMLMapping? {
        guard let v = lookup(key, required: required, as: .group) else { return nil }
        if case .scalar = v.kind {
            log.error(
                "\(what ?? "'\(key)'") should be a group of 'key: value' lines, but found text", at: v.location,
                hint: "write its keys on the lines below '\(key):', each indented by two spaces")
            return nil
        }
        return YAMLMapping(v, what: what ?? "'\(key)'", log: log)
    }

    /// The pairs of a nested mapping whose keys are free (e.g. styles by series name).
    public func pairs(_ key: String) -> [YAMLPair] {
        guard let v = lookup(key, required: false, as: .freeGroup) else { return [] }
        guard case .mapping(let pairs) = v.kind else {
            log.error(
                "'\(key)' should be a group of 'name: value' lines, but found \(v.kindDescription)", at: v.location)
            return []
        }
        return pairs
    }

    /// Reports every key that no accessor asked for.
    public func finish() {
        guard !finished else { return }
        finished = true
        for pair in pairs where !known.contains(pair.key) {
            let suggestion = Suggest.closest(to: pair.key, in: known)
            // A key written as a block ('? |') may hold line breaks; keep the message on one line.
            let shown = pair.key.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
            log.error(
                "unknown key '\(shown)'\(Suggest.didYouMean(suggestion))", at: pair.keyLocation,
                hint: suggestion == nil ? "the keys \(what) can have are: \(known.joined(separator: ", "))" : nil)
        }
    }
}

/// Typed reading of single YAML values, with messages that say what was
/// found and what was expected.
public enum YAMLValue {
    public static func string(_ v: YAMLNode, key: String, log: DiagnosticLog) -> Located<String>? {
        if case .mapping(let pairs) = v.kind, let languages = log.textLanguages {
            return languages.text(pairs, of: v, key: key, log: log)
        }
        guard case .scalar(let s, _) = v.kind, !v.isNull else {
            var hint: String?
            if case .mapping = v.kind {
                hint = "a text that starts with '{' must be in quotes: \(key): \"{…}\""
            }
            log.error("'\(key)' should be text, but found \(v.kindDescription)", at: v.location, hint: hint)
            return nil
        }
        return Located(s, at: v.location)
    }

    public static func int(_ v: YAMLNode, key: String, in range: ClosedRange<Int>? = nil, log: DiagnosticLog)
        -> Located<Int>?
    {
        guard case .scalar(let s, _) = v.kind, !v.isNull else {
            log.error("'\(key)' should be a whole number, but found \(v.kindDescription)", at: v.location)
            return nil
        }
        guard let n = Int(s.replacingOccurrences(of: "_", with: "")) else {
            var hint: String?
            let bare = String(s.filter { $0 != "," && $0 != "%" && $0 != " " })
            if Int(bare) != nil, s.contains(",") || s.contains("%") {
                hint = "write just the number, without \(s.contains(",") ? "commas" : "'%'"): \(key): \(bare)"
            }
            log.error("'\(key)' should be a whole number, but found \"\(s)\"", at: v.location, hint: hint)
            return nil
        }
        if let range, !range.contains(n) {
            log.error(
                "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), but it is \(n)", at: v.location)
            return nil
        }
        return Located(n, at: v.location)
    }

    public static func double(_ v: YAMLNode, key: String, log: DiagnosticLog) -> Located<Double>? {
        guard case .scalar(let s, _) = v.kind, !v.isNull, let x = DecimalNumber.parse(s) else {
            log.error(
                "'\(key)' should be a number, but found \(v.scalar.map { "\"\($0)\"" } ?? v.kindDescription)",
                at: v.location,
                hint: v.scalar.flatMap(DecimalNumber.hint(for:)))
            return nil
        }
        return Located(x, at: v.location)
    }

    public static func bool(_ v: YAMLNode, key: String, log: DiagnosticLog) -> Located<Bool>? {
        switch v.scalar {
        case "true", "True", "TRUE": return Located(true, at: v.location)
        case "false", "False", "FALSE": return Located(false, at: v.location)
        default:
            log.error(
                "'\(key)' should be true or false, but found \(v.scalar.map { "\"\($0)\"" } ?? v.kindDescription)",
                at: v.location)
            return nil
        }
    }

    public static func date(_ v: YAMLNode, key: String, log: DiagnosticLog) -> Located<LocalDate>? {
        guard let s = string(v, key: key, log: log) else { return nil }
        if let d = LocalDate(iso: s.value) { return Located(d, at: v.location) }
        if isDateShaped(s.value) {
            log.error(
                "'\(key)' is \(s.value), a date that does not exist", at: v.location, hint: DateHint.whyNot(s.value))
        } else {
            log.error(
                "'\(key)' should be a date written as YYYY-MM-DD (e.g. 2020-07-01), but found \"\(s.value)\"",
                at: v.location,
                hint: DateHint.rewritten(s.value).map { "write it as \($0)" })
        }
        return nil
    }

    public static func partialDate(_ v: YAMLNode, key: String, log: DiagnosticLog) -> Located<PartialDate>? {
        guard let s = string(v, key: key, log: log) else { return nil }
        if let d = PartialDate(iso: s.value) { return Located(d, at: v.location) }
        if isDateShaped(s.value) {
            log.error(
                "'\(key)' is \(s.value), a date that does not exist", at: v.location, hint: DateHint.whyNot(s.value))
        } else {
            let yearOnly = s.value.count == 4 && s.value.allSatisfy { $0.isASCII && $0.isNumber }
            log.error(
                "'\(key)' should be a date written as YYYY-MM or YYYY-MM-DD (e.g. 2019-06), but found \"\(s.value)\"",
                at: v.location,
                hint: yearOnly
                    ? "add the month, e.g. \(s.value)-04"
                    : DateHint.rewritten(s.value, allowMonth: true).map { "write it as \($0)" })
        }
        return nil
    }

    public static func choice<E: RawRepresentable & CaseIterable>(
        _ v: YAMLNode, key: String, synonyms: [String: String] = [:],
        log: DiagnosticLog
    ) -> Located<E>? where E.RawValue == String {
        guard let s = string(v, key: key, log: log) else { return nil }
        if let e = E(rawValue: s.value) { return Located(e, at: v.location) }
        let names = E.allCases.map(\.rawValue)
        // A known synonym ('完了' for done) says more than the closest spelling.
        let synonym = synonyms[s.value.lowercased()]
        let closest = synonym == nil ? Suggest.closest(to: s.value, in: names) : nil
        log.error(
            "'\(key)' must be one of \(names.joined(separator: ", ")), but found '\(s.value)'\(Suggest.didYouMean(closest))",
            at: v.location, hint: synonym.map { "instead of '\(s.value)', write '\(key): \($0)'" })
        return nil
    }

    static func isDateShaped(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return (parts.count == 3 || parts.count == 2) && parts[0].count == 4
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}

/// The site's languages as the readers of one load see them: which text of a
/// per-language group (`title: {ja: …, en: …}`) to read, and, per file, which
/// languages every group of the file has, so a page made from the file is
/// known to be translated (every group has the language) or not.
public final class TextLanguages: @unchecked Sendable {
    /// The site's language codes, the default first.
    public let codes: [String]
    /// The language whose texts the readers return.
    public let current: String
    private let lock = NSLock()
    /// File -> the languages every group of the file has (nil: no group yet).
    private var complete: [String: Set<String>] = [:]

    public init(codes: [String], current: String) {
        self.codes = codes
        self.current = current
    }

    public var defaultCode: String { codes.first ?? current }

    /// The languages every per-language text of `file` has; empty when the
    /// file has none, for it is then written in the default language only.
    public func languagesOfEveryGroup(in file: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return complete[file] ?? []
    }

    func text(_ pairs: [YAMLPair], of node: YAMLNode, key: String, log: DiagnosticLog) -> Located<String>? {
        var texts: [String: Located<String>] = [:]
        for pair in pairs {
            guard codes.contains(pair.key) else {
                let similar = Suggest.closest(to: pair.key, in: codes)
                log.error(
                    "'\(pair.key)' is not one of the site's languages (\(codes.joined(separator: ", ")))"
                        + Suggest.didYouMean(similar),
                    at: pair.keyLocation,
                    hint: codes.count == 1
                        ? "to write '\(key)' in several languages, list them in site.yaml first: languages: [\(codes[0]), en]"
                        : "a text per language is written with the codes of 'languages' in site.yaml")
                continue
            }
            guard case .scalar(let s, _) = pair.value.kind, !pair.value.isNull else {
                log.error(
                    "the \(pair.key) text of '\(key)' should be text, but found \(pair.value.kindDescription)",
                    at: pair.value.location)
                continue
            }
            texts[pair.key] = Located(s, at: pair.value.location)
        }
        guard let original = texts[defaultCode] else {
            if !pairs.isEmpty {
                log.error(
                    "'\(key)' is written per language, but has no text in the site's default language, '\(defaultCode)'",
                    at: node.location,
                    hint: "add '\(defaultCode): …' first; the other languages are translations of it")
            }
            return nil
        }
        lock.lock()
        let file = node.location.file
        complete[file] = (complete[file] ?? Set(codes)).intersection(texts.keys)
        lock.unlock()
        let chosen = texts[current] ?? original
        // Furigana written in a per-language text ({漢字|かんじ}, mostly in
        // やさしい日本語) keeps its text only, as in every plain text of a page:
        // never the notation itself. A mistake in it stays for its reader to report.
        guard chosen.value.containsByte(UInt8(ascii: "{")), Furigana.problems(in: chosen.value).isEmpty else {
            return chosen
        }
        return Located(Furigana.plain(chosen.value), at: chosen.location)
    }
}
