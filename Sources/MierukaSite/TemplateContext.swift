import Mustache

/// The values one template (or one item of a list) can name: the theme
/// contract. Each context lists its keys once, as the cases of `Key`; the
/// compiler then makes sure that every key has a value (`value(_:)`) and a
/// description (`Key.variable`), and docs/theme.md is generated from them.
///
/// swift-mustache looks a name up with `child(named:)`, which turns the name
/// into a `Key` and switches over it: no dictionary is built for a page and
/// no value is found by reflection.
///
/// A key whose value is nil is absent, as a key left out of a dictionary
/// was: Mustache then looks for the same name in the contexts around this
/// one (the list item's page, the page's `site`). A key that must hide a
/// same-named key further out is given a value, even an empty text.
protocol TemplateContext: MustacheParent {
    associatedtype Key: TemplateKey
    /// What the context is, in one line, for docs/theme.md.
    static var summary: String { get }
    /// The value of one key; nil when the key is absent from this context.
    func value(_ key: Key) -> Any?
    /// The context whose keys this one also answers, after its own.
    static var inherits: (any TemplateContext.Type)? { get }
    /// What this context answers for a name that is not one of its keys.
    func inheritedChild(named name: String) -> Any?
}

extension TemplateContext {
    static var inherits: (any TemplateContext.Type)? { nil }
    func inheritedChild(named name: String) -> Any? { nil }

    func child(named name: String) -> Any? {
        if let key = Key.byName[name] { return value(key) }
        return inheritedChild(named: name)
    }
}

/// The keys of one context, each with what it holds.
protocol TemplateKey: RawRepresentable<String>, CaseIterable, Hashable {
    var variable: TemplateVariable { get }
    /// Every key by its name: a hash lookup, where `init(rawValue:)`
    /// compares the name with each case in turn (Mustache asks every context
    /// on the stack for every name a template uses). `static let byName = index()`.
    static var byName: [String: Self] { get }
}

extension TemplateKey {
    static func index() -> [String: Self] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
    }
    /// For keys of generic contexts, which answer `child(named:)` themselves.
    static var byName: [String: Self] { index() }
}

/// What a key holds, for docs/theme.md and for the test that every name a
/// default-theme template uses is a key where it is used.
struct TemplateVariable {
    enum Kind {
        /// A string, escaped by `{{name}}`.
        case text
        /// HTML made by mieruka, for `{{{name}}}`.
        case html
        /// A whole number (Int): `{{name}}` writes its digits.
        case number
        /// true or false: `{{#name}}…{{/name}}` shows its inside when true.
        case flag
        /// One context; `{{#name}}` enters it, `{{name.key}}` reads a key of it.
        case object(any TemplateContext.Type)
        /// A list of contexts; `{{#name}}…{{/name}}` repeats for each.
        case list(any TemplateContext.Type)
        /// A list of HTML fragments, each written with `{{{.}}}`.
        case htmlList
        /// The theme's own texts in the page's language (the strings file's
        /// `text:` group): `{{site.text.<key>}}`, escaped.
        case themeTexts
    }

    var kind: Kind
    var description: String
    /// Absent from some contexts (see `TemplateContext`).
    var optional = false
    /// Given for other themes: the default theme does not use it.
    var unusedByDefaultTheme = false

    static func text(_ d: String) -> Self { Self(kind: .text, description: d) }
    static func html(_ d: String) -> Self { Self(kind: .html, description: d) }
    static func number(_ d: String) -> Self { Self(kind: .number, description: d) }
    static func flag(_ d: String) -> Self { Self(kind: .flag, description: d) }
    static func object(_ type: any TemplateContext.Type, _ d: String) -> Self {
        Self(kind: .object(type), description: d)
    }
    static func list(_ type: any TemplateContext.Type, _ d: String) -> Self { Self(kind: .list(type), description: d) }
    static func htmlList(_ d: String) -> Self { Self(kind: .htmlList, description: d) }

    /// Absent when it has no value.
    var optionally: Self { var v = self; v.optional = true; return v }
    /// Not used by the default theme; there for other themes.
    var forOtherThemes: Self { var v = self; v.unusedByDefaultTheme = true; return v }
}

/// A page template's context: the page's own keys, with `site` and the
/// page's `title` before them (the renderer adds both to every page).
struct PageContext<Body: TemplateContext>: TemplateContext {
    static var summary: String { "Every page template: `site` and the page's `title`, then the page's own keys." }

    let site: SiteContext
    let title: String
    let body: Body

    enum Key: String, TemplateKey {
        case site, title
        var variable: TemplateVariable {
            switch self {
            case .site: .object(SiteContext.self, "the site, the same on every page")
            case .title: .text("the page's title (what it is on each page is said above)")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .site: site
        case .title: title
        }
    }

    static var inherits: (any TemplateContext.Type)? { Body.self }
    func inheritedChild(named name: String) -> Any? { body.child(named: name) }

    // Two keys: compared directly (a generic type has no stored `byName`).
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "title": title
        default: body.child(named: name)
        }
    }
}

/// A fragment rendered once and given to pages as HTML (an item of a list):
/// the item's keys, and `site`.
struct FragmentContext<Body: TemplateContext>: TemplateContext {
    static var summary: String { "A list item's template rendered once: `site`, then the item's keys." }

    let site: SiteContext
    let body: Body

    enum Key: String, TemplateKey {
        case site
        var variable: TemplateVariable { .object(SiteContext.self, "the site") }
    }

    func value(_ key: Key) -> Any? { site }

    static var inherits: (any TemplateContext.Type)? { Body.self }
    func inheritedChild(named name: String) -> Any? { body.child(named: name) }

    func child(named name: String) -> Any? { name == "site" ? site : body.child(named: name) }
}
