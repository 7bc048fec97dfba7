import MierukaCore
import MierukaContent

/// The language a renderer writes, the site's other languages, and which
/// content each has translated: what the language switcher, the alternate
/// links and the untranslated-page notice are made from. A site with one
/// language has neither switcher nor alternates, so its pages are as before.
struct LanguageContext: Sendable {
    /// The site's languages, the default first.
    let all: [SiteLanguage]
    let current: SiteLanguage
    /// Per language other than the default, the content it has translated.
    let translated: [SiteLanguage: Set<String>]

    var defaultLanguage: SiteLanguage { all.first ?? current }
    var isDefault: Bool { current == defaultLanguage }
    var isMultilingual: Bool { all.count > 1 }

    /// The site's default language alone, every part translated.
    init(_ config: SiteConfig) {
        all = config.languages
        current = config.defaultLanguage
        translated = [:]
    }

    init(all: [SiteLanguage], current: SiteLanguage, translated: [SiteLanguage: Set<String>]) {
        self.all = all
        self.current = current
        self.translated = translated
    }

    func writing(_ language: SiteLanguage) -> LanguageContext {
        LanguageContext(all: all, current: language, translated: translated)
    }

    /// The site's links in the current language.
    func links(_ base: Links) -> Links { base.in(current, isDefault: isDefault) }

    /// Whether a page showing `source` is in `language`'s own words: always
    /// for the default language and for pages made of the site's lists.
    func isTranslated(_ source: String?, in language: SiteLanguage) -> Bool {
        guard let source, language != defaultLanguage else { return true }
        return translated[language]?.contains(source) ?? false
    }

    /// The switcher: the same page in every language (every page exists in
    /// each, translated or not). Empty for a site with one language.
    func switcher(_ route: String, links: Links) -> [LanguageLink] {
        guard isMultilingual else { return [] }
        return all.map { l in
            LanguageLink(
                name: l.nativeName, href: links.in(l, isDefault: l == defaultLanguage).href(route), lang: l.htmlLang,
                hreflang: l.hreflang, current: l == current)
        }
    }

    /// `<link rel="alternate" hreflang>`: the languages the page is really
    /// translated into, and `x-default` for the default language's page.
    func alternates(_ route: String, source: String?, links: Links) -> [AlternateLink] {
        guard isMultilingual else { return [] }
        var out = all.filter { isTranslated(source, in: $0) }.map { l in
            AlternateLink(hreflang: l.hreflang, href: links.in(l, isDefault: l == defaultLanguage).absolute(route))
        }
        out.append(
            AlternateLink(hreflang: "x-default", href: links.in(defaultLanguage, isDefault: true).absolute(route)))
        return out
    }
}

/// One entry of the language switcher.
struct LanguageLink: TemplateContext {
    static var summary: String { "A language of the site in the switcher (`languages`)." }

    let name: String
    let href: String
    let lang: String
    let hreflang: String
    let current: Bool

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, href, lang, hreflang, current
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the language's own name (日本語, English, やさしいにほんご)")
            case .href: .text("this page in that language")
            case .lang: .text("the language's `lang` (easy Japanese is `ja`)")
            case .hreflang: .text("the language's `hreflang` (`ja-x-easy` for easy Japanese)")
            case .current: .flag("whether it is the page's own language")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .name: name
        case .href: href
        case .lang: lang
        case .hreflang: hreflang
        case .current: current
        }
    }
}

/// One `<link rel="alternate" hreflang>`.
struct AlternateLink: TemplateContext {
    static var summary: String { "A translation of the page, or `x-default` (`alternates`)." }

    let hreflang: String
    let href: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case hreflang, href
        var variable: TemplateVariable {
            switch self {
            case .hreflang: .text("the translation's `hreflang`, or `x-default`")
            case .href: .text("its full URL")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .hreflang: hreflang
        case .href: href
        }
    }
}
