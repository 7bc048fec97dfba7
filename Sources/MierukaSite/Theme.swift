import Foundation
import Mustache
import MierukaCore
import MierukaContent

/// The templates the renderer renders by name: the one list a theme must
/// provide (`Theme.requiredTemplates`), so a template the code uses can
/// never be missing without a diagnostic.
public enum TemplateName: String, CaseIterable, Sendable {
    case layout, home, notes, note, tags, tag, page, strategy, initiatives, initiative, timeline, agreements, data,
        dataset
    case notFound = "404"
    case navigation, footer, chart
    case noteItem = "note-item"
    case noteItemH2 = "note-item-h2"
    case initiativeItem = "initiative-item"
}

/// A theme folder: Mustache templates in `templates/`, the texts mieruka
/// writes into pages in `i18n/<language>.yaml` (see `StringKey`), and files
/// copied as they are from `assets/` to `/assets/` in the output.
///
/// Loading checks every template and every strings file: a syntax error, a
/// `{{> partial}}` that names no template, a missing or unknown key of a
/// strings file is a diagnostic at the file:line:column.
public struct Theme: Sendable {
    public let directory: String
    /// The templates compiled for `strings`' language (see `inLanguage`).
    let library: MustacheLibrary
    /// The templates compiled for each language of the strings files, with
    /// the theme's own texts (`{{site.text.<key>}}`) written in: they are the
    /// same on every page of a language, and a page renders faster without
    /// looking up some 170 names.
    let libraries: [String: MustacheLibrary]
    /// The texts pages are written with: `i18n/ja.yaml`.
    public let strings: ThemeStrings
    /// Every strings file of the theme, by language; each is checked for
    /// every key. Pages use `strings` (Japanese) until a site can choose.
    public let languages: [String: ThemeStrings]
    /// Asset paths relative to `assets/`, sorted, with where to read them.
    public let assets: [(path: String, source: String)]
    /// The ids the templates write as they are (`id="main"`): content must
    /// not give a heading or an anchor one of them.
    public let ids: Set<String>

    /// Templates every theme must have: every one the renderer renders by
    /// name (partials that only templates name are checked where they are named).
    public static var requiredTemplates: [String] { TemplateName.allCases.map(\.rawValue) }

    /// The language of the strings file every theme must have, which pages use.
    public static let defaultLanguage = "ja"

    public static func load(from directory: String) -> (Theme?, Diagnostics) {
        var diagnostics = Diagnostics()
        var dir = directory
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        let templatesDir = dir + "/templates"
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: templatesDir) else {
            diagnostics.error(
                "the theme folder '\(dir)' has no templates/ folder", at: .file(dir),
                hint: "use --theme to point at a theme, e.g. --theme themes/default")
            return (nil, diagnostics)
        }
        MustacheContentTypes.register(EscapedHTML(), named: EscapedHTML.name)
        var sources: [(name: String, path: String, text: String)] = []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = templatesDir + "/" + name
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                diagnostics.error("the template '\(path)' cannot be read as UTF-8 text", at: .file(path))
                continue
            }
            let templateName = String(name.dropLast(".mustache".count))
            do {
                // Parsed here for its diagnostics; compiled below once per language.
                _ = try MustacheTemplate(string: EscapedHTML.prefixed(text))
                sources.append((templateName, path, text))
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                var column = error.context.columnNumber + 1
                if line == 1 && EscapedHTML.prefixed(text) != text {
                    column = max(1, column - EscapedHTML.pragma.count)
                }
                diagnostics.error(
                    "the template cannot be read: \(describe(error.error))",
                    at: SourceLocation(file: path, line: line, column: column))
            } catch {
                diagnostics.error("the template cannot be read: \(error)", at: .file(path))
            }
        }
        let known = Set(sources.map(\.name))
        for source in sources {
            for (partial, location) in partialReferences(source.text, file: source.path) where !known.contains(partial)
            {
                diagnostics.error(
                    "the template uses the partial '\(partial)', but the theme has no \(partial).mustache\(Suggest.didYouMean(partial, in: known.sorted()))",
                    at: location)
            }
        }
        for required in requiredTemplates where !known.contains(required) && !sources.isEmpty {
            diagnostics.error("the theme has no \(required).mustache template", at: .file(templatesDir))
        }
        var assets: [(String, String)] = []
        let assetsDir = dir + "/assets"
        if let e = fm.enumerator(atPath: assetsDir) {
            for case let rel as String in e {
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: assetsDir + "/" + rel, isDirectory: &isDir), !isDir.boolValue,
                    !rel.hasPrefix(".")
                {
                    assets.append((rel, assetsDir + "/" + rel))
                }
            }
        }
        assets.sort { $0.0 < $1.0 }
        let languages = loadStrings(dir + "/i18n", into: &diagnostics)
        if diagnostics.hasErrors { return (nil, diagnostics) }
        guard let strings = languages[defaultLanguage] else { return (nil, diagnostics) }
        let ids = Set(sources.flatMap { literalIds($0.text) })
        var libraries: [String: MustacheLibrary] = [:]
        for (code, texts) in languages {
            var l = MustacheLibrary()
            for source in sources {
                let text = EscapedHTML.prefixed(withThemeTexts(source.text, texts))
                if let template = try? MustacheTemplate(string: text) { l.register(template, named: source.name) }
            }
            libraries[code] = l
        }
        return (
            Theme(
                directory: dir, library: libraries[defaultLanguage] ?? MustacheLibrary(), libraries: libraries,
                strings: strings,
                languages: languages, assets: assets, ids: ids),
            diagnostics
        )
    }

    /// The theme writing its pages in `code`'s strings file (the default
    /// language's when the theme has none for it).
    public func inLanguage(_ code: String) -> Theme {
        guard let texts = languages[code], let l = libraries[code] else { return self }
        return Theme(
            directory: directory, library: l, libraries: libraries, strings: texts, languages: languages,
            assets: assets, ids: ids)
    }

    /// A template's text with each `{{site.text.<key>}}` replaced by the
    /// key's text, escaped as Mustache would: the same bytes, without the
    /// lookup. A key the file lacks, or a text with braces, is left to Mustache.
    static func withThemeTexts(_ template: String, _ strings: ThemeStrings) -> String {
        let open = "{{site.text."
        guard template.utf8.count > open.utf8.count, template.contains(open) else { return template }
        var out = ""
        var rest = template[...]
        while let start = rest.range(of: open) {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            guard let close = after.range(of: "}}") else { break }
            let key = String(after[..<close.lowerBound])
            let tag = rest[start.lowerBound..<close.upperBound]
            if let value = strings.themeTexts[key], !value.contains("{{"), !value.contains("}}"),
                key.unicodeScalars.allSatisfy({
                    $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0))
                })
            {
                out += Escape.html(value)
            } else {
                out += tag
            }
            rest = after[close.upperBound...]
        }
        out += rest
        return out
    }

    /// Reads every `<language>.yaml` in `i18n/`; `ja.yaml` must be there.
    static func loadStrings(_ i18nDir: String, into diagnostics: inout Diagnostics) -> [String: ThemeStrings] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: i18nDir)) ?? []
        var languages: [String: ThemeStrings] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            if name.hasSuffix(".yml") {
                diagnostics.error(
                    "the strings file '\(name)' ends in .yml; mieruka reads strings files named <language>.yaml",
                    at: .file(i18nDir + "/" + name), hint: "rename it to \(name.dropLast(4)).yaml")
                continue
            }
            guard name.hasSuffix(".yaml") else { continue }
            let language = String(name.dropLast(".yaml".count))
            let (strings, problems) = ThemeStrings.load(path: i18nDir + "/" + name, language: language)
            diagnostics.append(contentsOf: problems)
            if let strings { languages[language] = strings }
        }
        if let base = languages[defaultLanguage] {
            for (_, other) in languages.sorted(by: { $0.key < $1.key }) where other.language != defaultLanguage {
                diagnostics.append(contentsOf: compareThemeTexts(other, with: base))
            }
        }
        if !names.contains(defaultLanguage + ".yaml") {
            diagnostics.error(
                "the theme has no strings file \(defaultLanguage).yaml", at: .file(i18nDir),
                hint:
                    "mieruka takes the texts it writes into pages (page titles, breadcrumbs, status names, dates) from i18n/\(defaultLanguage).yaml; copy it from mieruka's themes/default"
            )
        }
        return languages
    }

    /// Every language of the site needs the theme's strings file for it: the
    /// error is shown where site.yaml lists the language.
    public func checkLanguages(of config: SiteConfig) -> Diagnostics {
        var d = Diagnostics()
        let available = languages.keys.sorted()
        for l in config.languages where languages[l.code] == nil {
            d.error(
                "the theme has no strings file for the language '\(l.code)' (i18n/\(l.code).yaml)",
                at: config.languageLocations[l] ?? .file(directory),
                hint: "the theme's languages are \(available.joined(separator: ", "))"
                    + Suggest.didYouMean(Suggest.closest(to: l.code, in: available))
                    + "; to add one, copy i18n/\(Self.defaultLanguage).yaml to i18n/\(l.code).yaml and translate it")
        }
        return d
    }

    /// Every language's file must have the theme texts (`text:`) the default
    /// language's file has, and no others: a missing one would be a blank on
    /// the page, an extra one is a misspelling.
    static func compareThemeTexts(_ other: ThemeStrings, with base: ThemeStrings) -> Diagnostics {
        var d = Diagnostics()
        let baseName = (base.path as NSString).lastPathComponent
        let known = base.themeTexts.keys.sorted()
        for key in known where other.themeTexts[key] == nil {
            let similar = other.themeTexts.keys.filter { base.themeTexts[$0] == nil }.sorted()
            if Suggest.closest(to: key, in: similar) != nil { continue }  // reported as unknown, with "did you mean"
            d.error(
                "the strings file has no text for '\(ThemeStrings.themeTextGroupName).\(key)', which \(baseName) has (\(base.themeText(key)))",
                at: other.themeTextGroup.file == other.path ? other.themeTextGroup : .file(other.path),
                hint: "add '\(key): …' under '\(ThemeStrings.themeTextGroupName):', in this file's language")
        }
        for key in other.themeTexts.keys.sorted() where base.themeTexts[key] == nil {
            d.error(
                "the strings file has a text '\(ThemeStrings.themeTextGroupName).\(key)' that \(baseName) does not have"
                    + Suggest.didYouMean(Suggest.closest(to: key, in: known)),
                at: other.themeTextLocations[key] ?? .file(other.path),
                hint: "every language's file has the keys of \(baseName); rename or remove this one")
        }
        return d
    }

    /// Renders a template with its context (`TemplateName.contextType`).
    /// Every `TemplateName` is checked to exist when the theme is loaded.
    func render<Context: TemplateContext>(_ name: TemplateName, _ context: Context) -> String {
        assert(
            ObjectIdentifier(Context.self) == ObjectIdentifier(name.contextType),
            "\(name) is rendered with \(Context.self)")
        return library.render(context, withTemplate: name.rawValue) ?? ""
    }

    /// HTML escaping through `Escape.html`, which returns text that needs no
    /// escaping as it is (swift-mustache's own escaper copies every string a
    /// character at a time, through a dictionary). Same output, except that
    /// characters XML forbids are dropped, as everywhere else in mieruka.
    struct EscapedHTML: MustacheContentType {
        static let name = "MIERUKA_HTML"
        static let pragma = "{{% CONTENT_TYPE: \(name) }}"

        func escapeText(_ text: String) -> String { Escape.html(text) }

        /// The template with the pragma in front, on its first line so that
        /// line numbers stay. A template whose first line is blank keeps
        /// swift-mustache's escaper: the pragma would make that line a
        /// standalone tag and swallow its newline.
        static func prefixed(_ text: String) -> String {
            let first = text.prefix(while: { $0 != "\n" })
            if first.allSatisfy(\.isWhitespace) { return text }
            return pragma + text
        }
    }

    /// The values of `id="…"` attributes that hold no Mustache tag.
    static func literalIds(_ text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: " id=\"") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "\"") else { break }
            let value = after[..<close]
            if !value.isEmpty && !value.contains("{") { found.append(String(value)) }
            rest = after[close...]
        }
        return found
    }

    /// `{{> name}}` tags in a template, with their positions.
    static func partialReferences(_ text: String, file: String) -> [(String, SourceLocation)] {
        var found: [(String, SourceLocation)] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                let after = rest[open.upperBound...]
                guard let close = after.range(of: "}}") else { break }
                let name = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                found.append((name, SourceLocation(file: file, line: i + 1, column: column)))
                rest = after[close.upperBound...]
            }
        }
        return found
    }

    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not finished (missing '}}')"
        case .expectedSectionEnd: return "a section is opened but never closed (missing '{{/…}}')"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }
}

// Text and numbers render as themselves. Without these, swift-mustache tries
// every `{{value}}` as a template, a lambda and an optional before falling
// back to `String(describing:)`, each a dynamic cast through `Any`; with them
// the second cast succeeds. The output is the same: `renderText` is what
// `String(describing:)` gives, and `isNull` stays false as before.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
