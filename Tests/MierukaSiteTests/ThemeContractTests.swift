import Foundation
import Testing
import MierukaCore
@testable import MierukaSite
import MierukaTestSupport

/// The theme contract as code and as documentation: every name a default
/// theme template uses is a key of the context it is rendered in, every key
/// is used by the default theme or marked as given for other themes, and
/// docs/theme.md is generated from the same keys (MIERUKA_RECORD=1
/// rewrites its generated parts).
@Suite struct ThemeContractTests {
    static let templatesDir = repoRoot + "/themes/default/templates"

    @Test func everyNameTheDefaultThemeUsesIsAKeyWhereItIsUsed() throws {
        let scan = try ContractScan(templatesDir: Self.templatesDir)
        #expect(scan.unresolved == [], "names no context gives:\n\(scan.unresolved.joined(separator: "\n"))")
    }

    /// `{{site.text.<key>}}` names a key of the strings file's `text:` group, and every such key is used.
    @Test func theThemeTextsTheTemplatesUseAreTheStringsFilesTexts() throws {
        let scan = try ContractScan(templatesDir: Self.templatesDir)
        var d = Diagnostics()
        let languages = Theme.loadStrings(repoRoot + "/themes/default/i18n", into: &d)
        #expect(!d.hasErrors, "\(d.sorted)")
        let ja = try #require(languages["ja"])
        #expect(!scan.themeTexts.isEmpty)
        #expect(scan.themeTexts.subtracting(ja.themeTexts.keys).sorted() == [], "used, but not in ja.yaml")
        #expect(Set(ja.themeTexts.keys).subtracting(scan.themeTexts).sorted() == [], "in ja.yaml, but unused")
    }

    @Test func everyKeyIsUsedByTheDefaultThemeOrMarkedForOtherThemes() throws {
        let scan = try ContractScan(templatesDir: Self.templatesDir)
        var unusedUnmarked: [String] = [], usedButMarked: [String] = []
        for type in ContractDocs.reachableTypes() {
            for key in ContractDocs.ownKeys(type) {
                let used = scan.used.contains(ContractScan.KeyUse(owner: ContractDocs.name(type), key: key.name))
                if !used && !key.variable.unusedByDefaultTheme {
                    unusedUnmarked.append("\(ContractDocs.name(type)).\(key.name)")
                }
                if used && key.variable.unusedByDefaultTheme {
                    usedButMarked.append("\(ContractDocs.name(type)).\(key.name)")
                }
            }
        }
        #expect(unusedUnmarked == [], "keys the default theme does not use: mark them .forOtherThemes, or use them")
        #expect(usedButMarked == [], "keys marked .forOtherThemes that the default theme uses")
    }

    /// A key answered by a context and by the one it inherits from would make
    /// the second unreachable (the page's `title` is the one exception: an
    /// initiative's page has the initiative's title as its title).
    @Test func inheritedKeysDoNotClash() {
        for type in ContractDocs.reachableTypes() + TemplateName.allCases.map(\.contextType) {
            let own = ContractDocs.ownKeys(type).map(\.name)
            let inherited = ContractDocs.inheritedKeys(type).map(\.name)
            let clash = Set(own).intersection(inherited).subtracting(
                ContractDocs.name(type) == "PageContext" ? ["title"] : [])
            #expect(clash.isEmpty, "\(type): \(clash.sorted())")
        }
    }

    /// A context answers its keys, and nothing for a name it does not have.
    @Test func contextsAnswerTheirKeys() {
        let item = InitiativeItem(
            id: "a", title: "T", summary: "", href: "/i/a/", status: "done", statusLabel: "完了",
            priority: false, illustrative: false, progress: nil, owner: nil)
        #expect(item.child(named: "title") as? String == "T")
        #expect(
            item.child(named: "summary") as? String == "",
            "an empty text is a value: it hides the same name further out")
        #expect(item.child(named: "progress") == nil, "an absent optional is nil, so Mustache looks further out")
        #expect(item.child(named: "hasProgress") == nil)
        #expect(item.child(named: "nothing") == nil)
        let page = InitiativeContext(
            item: item, body: nil, start: nil, end: nil, history: [], partners: [], kpis: [], notes: [],
            notesCount: "0", shownNotesCount: nil, moreNotesTags: nil)
        #expect(page.child(named: "status") as? String == "done", "an initiative's page answers its item's keys")
        #expect(page.child(named: "hasHistory") as? Bool == false)
    }

    @Test func docsThemeMdIsUpToDate() throws {
        let path = repoRoot + "/docs/theme.md"
        let current = try String(contentsOfFile: path, encoding: .utf8)
        let scan = try ContractScan(templatesDir: Self.templatesDir)
        let generated = try ContractDocs.update(current, partials: scan.partialUses)
        if ProcessInfo.processInfo.environment["MIERUKA_RECORD"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        if generated != current {
            let a = current.split(separator: "\n", omittingEmptySubsequences: false)
            let b = generated.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record(
                """
                docs/theme.md is not what the template contexts say (line \(line + 1)):
                - \(line < a.count ? String(a[line]) : "<end>")
                + \(line < b.count ? String(b[line]) : "<end>")
                Regenerate it with MIERUKA_RECORD=1 swift test --skip-build --filter ThemeContractTests, read the diff and commit it.
                """)
        }
    }
}

/// The default theme's templates walked as Mustache renders them: a stack of
/// contexts, a section entering a list's items or an object, a partial
/// rendered with the stack where it is included. Every name is looked up
/// from the top of the stack down, as swift-mustache does.
struct ContractScan {
    struct KeyUse: Hashable { var owner: String; var key: String }

    /// `template:line: {{name}}` for every name no context on the stack has.
    private(set) var unresolved: [String] = []
    /// The keys of `site.text` the templates use.
    private(set) var themeTexts: Set<String> = []
    /// Every key some template uses, by the context that answers it.
    private(set) var used: Set<KeyUse> = []
    /// Partial -> the templates that include it.
    private(set) var partialUses: [String: Set<String>] = [:]
    private let templates: [String: String]

    init(templatesDir: String) throws {
        var templates: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: templatesDir) where name.hasSuffix(".mustache")
        {
            templates[String(name.dropLast(".mustache".count))] = try String(
                contentsOfFile: templatesDir + "/" + name, encoding: .utf8)
        }
        self.templates = templates
        for name in TemplateName.allCases {
            walk(name.rawValue, stack: [.context(name.contextType)], depth: 0)
        }
    }

    enum Frame { case context(any TemplateContext.Type), opaque }

    /// One `{{…}}` tag: its sigil (`#`, `^`, `/`, `>`, `!`, `%`, `&`, `{` or none), its name, its line.
    struct Tag { var sigil: Character?; var name: String; var line: Int }

    static func tags(_ text: String) -> [Tag] {
        var out: [Tag] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            let line = text[..<open.lowerBound].filter { $0 == "\n" }.count + 1
            var after = rest[open.upperBound...]
            let triple = after.first == "{"
            if triple { after = after.dropFirst() }
            guard let close = after.range(of: triple ? "}}}" : "}}") else { break }
            var body = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            var sigil: Character? = triple ? "{" : nil
            if !triple, let first = body.first, "#^/>!%&".contains(first) {
                sigil = first
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            out.append(Tag(sigil: sigil, name: body, line: line))
            rest = after[close.upperBound...]
        }
        return out
    }

    /// The variable a tag names, without transforms: `empty(unit)` -> `unit`;
    /// nil for `.` and for a sequence transform such as `last()`.
    static func variable(_ name: String) -> String? {
        var name = name
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        }
        return name.isEmpty || name == "." ? nil : name
    }

    mutating func walk(_ template: String, stack start: [Frame], depth: Int) {
        guard depth < 20, let text = templates[template] else { return }
        var stack = start
        var pushed: [Bool] = []
        for tag in Self.tags(text) {
            switch tag.sigil {
            case "!", "%": continue
            case "/":
                if pushed.popLast() == true { stack.removeLast() }
            case ">":
                partialUses[tag.name, default: []].insert(template)
                walk(tag.name, stack: stack, depth: depth + 1)
            case "#", "^":
                let kind = Self.variable(tag.name).flatMap { resolve($0, in: stack, at: "\(template):\(tag.line)") }
                var frame: Frame?
                if tag.sigil == "#", let kind {
                    switch kind {
                    case .list(let t), .object(let t): frame = .context(t)
                    case .flag: frame = nil
                    case .text, .html, .number, .htmlList, .themeTexts: frame = .opaque
                    }
                }
                if let frame { stack.append(frame) }
                pushed.append(frame != nil)
            default:
                if let name = Self.variable(tag.name) { _ = resolve(name, in: stack, at: "\(template):\(tag.line)") }
            }
        }
    }

    /// The kind of a (dotted) name looked up from the top of the stack down.
    mutating func resolve(_ name: String, in stack: [Frame], at place: String) -> TemplateVariable.Kind? {
        let parts = name.split(separator: ".").map(String.init)
        for frame in stack.reversed() {
            guard case .context(let type) = frame,
                let first = ContractDocs.allKeys(type).first(where: { $0.name == parts[0] })
            else { continue }
            used.insert(KeyUse(owner: first.owner, key: first.name))
            var kind = first.variable.kind
            for part in parts.dropFirst() {
                // `site.text.<key>`: a key of the strings file's `text:` group, checked against the file.
                if case .themeTexts = kind {
                    themeTexts.insert(part)
                    kind = .text
                    continue
                }
                guard case .object(let inner) = kind,
                    let key = ContractDocs.allKeys(inner).first(where: { $0.name == part })
                else {
                    unresolved.append("\(place): {{\(name)}}")
                    return nil
                }
                used.insert(KeyUse(owner: key.owner, key: key.name))
                kind = key.variable.kind
            }
            return kind
        }
        unresolved.append("\(place): {{\(name)}}")
        return nil
    }
}

/// docs/theme.md's generated parts, from the contexts' keys.
enum ContractDocs {
    struct KeyInfo { var name: String; var variable: TemplateVariable; var owner: String }

    /// A context type's name without its generic arguments: `PageContext`.
    static func name(_ type: any TemplateContext.Type) -> String {
        let full = String(describing: type)
        return String(full.prefix { $0 != "<" })
    }

    static func ownKeys(_ type: any TemplateContext.Type) -> [KeyInfo] {
        func open<C: TemplateContext>(_ t: C.Type) -> [KeyInfo] {
            C.Key.allCases.map { KeyInfo(name: $0.rawValue, variable: $0.variable, owner: name(C.self)) }
        }
        return open(type)
    }

    static func summary(_ type: any TemplateContext.Type) -> String {
        func open<C: TemplateContext>(_ t: C.Type) -> String { C.summary }
        return open(type)
    }

    static func inherits(_ type: any TemplateContext.Type) -> (any TemplateContext.Type)? {
        func open<C: TemplateContext>(_ t: C.Type) -> (any TemplateContext.Type)? { C.inherits }
        return open(type)
    }

    static func inheritedKeys(_ type: any TemplateContext.Type) -> [KeyInfo] {
        inherits(type).map(allKeys) ?? []
    }

    /// Own keys first, then those of the contexts it inherits from that it does not answer itself.
    static func allKeys(_ type: any TemplateContext.Type) -> [KeyInfo] {
        let own = ownKeys(type)
        return own + inheritedKeys(type).filter { i in !own.contains { $0.name == i.name } }
    }

    /// Every context a template can reach, in the order first met.
    static func reachableTypes() -> [any TemplateContext.Type] {
        var seen: [String] = [], out: [any TemplateContext.Type] = []
        var queue = TemplateName.allCases.map(\.contextType)
        while !queue.isEmpty {
            let type = queue.removeFirst()
            let id = String(describing: type)
            guard !seen.contains(id) else { continue }
            seen.append(id)
            out.append(type)
            if let base = inherits(type) { queue.append(base) }
            for key in ownKeys(type) {
                switch key.variable.kind {
                case .list(let t), .object(let t): queue.append(t)
                default: break
                }
            }
        }
        return out
    }

    static func link(_ type: any TemplateContext.Type) -> String {
        "[`\(name(type))`](#\(name(type).lowercased()))"
    }

    static func kind(_ v: TemplateVariable) -> String {
        let k: String
        switch v.kind {
        case .text: k = "text"
        case .html: k = "HTML"
        case .number: k = "number"
        case .flag: k = "flag"
        case .object(let t): k = link(t)
        case .list(let t): k = "list of " + link(t)
        case .htmlList: k = "list of HTML"
        case .themeTexts: k = "the strings file's `text:` group"
        }
        return v.optional ? k + ", optional" : k
    }

    static func row(_ key: KeyInfo, description: String? = nil) -> String {
        let text =
            (description ?? key.variable.description)
            + (key.variable.unusedByDefaultTheme ? " *(not used by the default theme)*" : "")
        return "| `\(key.name)` | \(kind(key.variable)) | \(text.replacingOccurrences(of: "|", with: "\\|")) |\n"
    }

    static let tableHead = "| variable | kind | what it holds |\n|---|---|---|\n"

    /// The table of a context's own keys, and a line for what it inherits.
    static func table(_ type: any TemplateContext.Type, titleMeaning: String? = nil) -> String {
        var out = tableHead
        var type = type
        // A page template: `site` and `title`, then the page's own keys.
        if name(type) == "PageContext" || name(type) == "FragmentContext", let body = inherits(type) {
            for key in ownKeys(type) {
                out += row(key, description: key.name == "title" ? titleMeaning.map { "the page's title: \($0)" } : nil)
            }
            type = body
            if name(type) == "NoteItem" || name(type) == "InitiativeItem" {
                return out + "\nand every key of \(link(type)).\n"
            }
        }
        for key in ownKeys(type) { out += row(key) }
        if let base = inherits(type) { out += "\nand every key of \(link(base)).\n" }
        return out
    }

    static func templatesSection() -> String {
        var out = ""
        for t in TemplateName.allCases {
            out +=
                "\n### `\(t.rawValue).mustache`\n\n\(t.purpose)\n\n"
                + table(t.contextType, titleMeaning: t.titleMeaning)
        }
        return out + "\n"
    }

    /// The shared contexts: every reachable one that is not a template's own.
    static func contextsSection() -> String {
        let own = Set(
            TemplateName.allCases.map { t in
                let type = t.contextType
                return String(describing: name(type) == "PageContext" ? inherits(type)! : type)
            })
        var out = ""
        for type in reachableTypes()
        where !own.contains(String(describing: type)) && !["PageContext", "FragmentContext"].contains(name(type)) {
            out += "\n### `\(name(type))`\n\n\(summary(type))\n\n" + table(type)
        }
        return out + "\n"
    }

    static func partialsSection(_ uses: [String: Set<String>]) -> String {
        var out = "\n| partial | included by |\n|---|---|\n"
        for (partial, by) in uses.sorted(by: { $0.key < $1.key }) {
            let required = TemplateName(rawValue: partial) != nil ? " (also rendered once by the engine)" : ""
            out += "| `\(partial)`\(required) | \(by.sorted().map { "`\($0)`" }.joined(separator: ", ")) |\n"
        }
        return out + "\n"
    }

    static func stringsSection() throws -> String {
        let (theme, problems) = Theme.load(from: repoRoot + "/themes/default")
        let strings = try #require(theme?.strings, "\(problems.all)")
        var out = "\n| key | placeholders | where it appears | default theme (`ja.yaml`) |\n|---|---|---|---|\n"
        for key in StringKey.allCases {
            let placeholders =
                key.placeholders.isEmpty ? "—" : key.placeholders.map { "`{\($0)}`" }.joined(separator: " ")
            let text = "`" + strings.pattern(key).replacingOccurrences(of: "|", with: "\\|") + "`"
            out += "| `\(key.rawValue)` | \(placeholders) | \(key.description) | \(text) |\n"
        }
        return out + "\n"
    }

    /// `text` with each `<!-- generated: name -->` … `<!-- end generated -->` part regenerated.
    static func update(_ text: String, partials: [String: Set<String>]) throws -> String {
        let parts: [(String, String)] = [
            ("templates", templatesSection()), ("contexts", contextsSection()),
            ("partials", partialsSection(partials)), ("strings", try stringsSection()),
        ]
        var out = text
        for (name, body) in parts {
            let begin =
                "<!-- generated: \(name) (MIERUKA_RECORD=1 swift test --skip-build --filter ThemeContractTests) -->"
            let end = "<!-- end generated: \(name) -->"
            let b = try #require(out.range(of: begin), "docs/theme.md has no \(begin)")
            let e = try #require(out.range(of: end, range: b.upperBound..<out.endIndex), "docs/theme.md has no \(end)")
            out.replaceSubrange(b.upperBound..<e.lowerBound, with: "\n" + body)
        }
        return out
    }
}
