import MierukaCore
import MierukaContent
import Mustache

// The contexts every page shares: the layout, the site, dates, the
// navigation, the footer and the chart figure.

/// `site`: the site's settings and its main addresses, the same on every
/// page. A class, so that the many lookups of `site.…` share one value.
final class SiteContext: TemplateContext, Sendable {
    static var summary: String {
        "`site`: the site's settings and main addresses, the same on every page and fragment."
    }

    let name: String
    let language: String
    /// `lang-ja-easy`: which of the site's languages a page is in.
    let languageClass: String
    /// `ja_JP`, `en_US`: for `og:locale`.
    let locale: String
    /// `ja` on pages in a language other than Japanese: the prefecture's
    /// and town's names are written in Japanese.
    let ownerLang: String?
    let homeHref: String
    let stylesheetHref: String
    let feedHref: String
    let feedURL: String
    let dataHref: String
    let municipality: String
    let prefecture: String
    let publisher: String
    let licenseName: String
    let year: String
    let description: String?
    let licenseURL: String?
    let publisherURL: String?
    let contactEmail: String?
    let contactPhone: String?
    let contactAddress: String?
    /// The theme's own texts in the pages' language.
    let text: ThemeTexts

    init(_ site: Site, _ links: Links, strings: ThemeStrings, language: SiteLanguage) {
        text = ThemeTexts(strings)
        let c = site.config
        name = c.name
        self.language = language.htmlLang
        languageClass = language.htmlClass
        locale = language.ogLocale
        ownerLang = language.isJapanese ? nil : "ja"
        homeHref = links.href(Routes.home)
        stylesheetHref = links.href(Routes.stylesheet)
        feedHref = links.href(Routes.feed)
        feedURL = links.absolute(Routes.feed)
        dataHref = links.href(Routes.data)
        municipality = c.municipality.name
        prefecture = c.municipality.prefecture
        publisher = c.publisherName
        licenseName = c.license.name
        year = site.notes.map(\.date.year).max().map(String.init) ?? ""
        description = c.description
        licenseURL = c.license.url
        publisherURL = c.publisherURL
        contactEmail = c.contactEmail
        contactPhone = c.contactPhone
        contactAddress = c.contactAddress
    }

    enum Key: String, TemplateKey {

        static let byName = index()
        case name, language, languageClass, locale, ownerLang, homeHref, stylesheetHref, feedHref, feedURL, dataHref,
            municipality,
            prefecture, publisher,
            licenseName, year, description, licenseURL, publisherURL, contactEmail, contactPhone, contactAddress, text
        var variable: TemplateVariable {
            switch self {
            case .name: .text("the site's name (`name` in site.yaml)")
            case .language:
                .text("the page's language for `<html lang>` (`ja` also for easy Japanese; `language` in site.yaml)")
            case .languageClass:
                .text("the page's language as a class, e.g. `lang-ja-easy` (easy Japanese shares `lang=\"ja\"`)")
            case .locale: .text("the page's language for `og:locale`: `ja_JP`, `en_US`")
            case .ownerLang:
                .text("`ja` on pages in a language other than Japanese, for the prefecture's and town's names")
                    .optionally
            case .homeHref: .text("the address of the home page (with the base path)")
            case .stylesheetHref: .text("the address of the theme's `assets/style.css`")
            case .feedHref: .text("the address of the Atom feed")
            case .feedURL: .text("the full URL of the Atom feed").forOtherThemes
            case .dataHref: .text("the address of the open-data catalogue page")
            case .municipality: .text("the town's name (`municipality.name`)")
            case .prefecture: .text("the prefecture (`municipality.prefecture`)")
            case .publisher: .text("who publishes the site (`publisher.name`, else the town's name)")
            case .licenseName: .text("the site's licence as readers see it (`license.name`)")
            case .year: .text("the year of the newest note, empty when there is none").forOtherThemes
            case .description: .text("the site's one-sentence description (`description`)").optionally.forOtherThemes
            case .licenseURL: .text("the licence's text (`license.url`)").optionally
            case .publisherURL: .text("the publisher's site (`publisher.url`)").optionally.forOtherThemes
            case .contactEmail: .text("`contact.email`").optionally
            case .contactPhone: .text("`contact.phone`").optionally
            case .contactAddress: .text("`contact.address`").optionally
            case .text:
                TemplateVariable(
                    kind: .themeTexts,
                    description:
                        "the theme's own texts in the page's language: `{{site.text.<key>}}` is the `text:` group's `<key>` of the strings file"
                )
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .name: name
        case .language: language
        case .languageClass: languageClass
        case .locale: locale
        case .ownerLang: ownerLang
        case .homeHref: homeHref
        case .stylesheetHref: stylesheetHref
        case .feedHref: feedHref
        case .feedURL: feedURL
        case .dataHref: dataHref
        case .municipality: municipality
        case .prefecture: prefecture
        case .publisher: publisher
        case .licenseName: licenseName
        case .year: year
        case .description: description
        case .licenseURL: licenseURL
        case .publisherURL: publisherURL
        case .contactEmail: contactEmail
        case .contactPhone: contactPhone
        case .contactAddress: contactAddress
        case .text: text
        }
    }
}

/// `site.text`: the strings file's `text:` group, whose keys the theme chooses.
struct ThemeTexts: MustacheParent, Sendable {
    let strings: ThemeStrings
    init(_ strings: ThemeStrings) { self.strings = strings }
    func child(named name: String) -> Any? { strings.themeTexts[name] }
}

/// A date: the machine-readable form and the form people read.
struct DateContext: TemplateContext {
    static var summary: String { "A date: `date`, `updated`, `start`, `end` and the like." }

    let iso: String
    let ja: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case iso, ja
        var variable: TemplateVariable {
            switch self {
            case .iso: .text("`2020-07-01` (or `2020-07` for a month), for `<time datetime>`")
            case .ja: .text("the date as the strings file writes it (`date.day` or `date.month`): `2020年7月1日`")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .iso: iso
        case .ja: ja
        }
    }
}

/// `layout.mustache`: the page around every template's output.
struct LayoutContext: TemplateContext {
    static var summary: String { "The page around every page template's output." }

    let site: SiteContext
    let title: String
    let isHome: Bool
    let pageTitle: String
    let description: String
    let canonical: String
    let content: String
    let navigation: [NavigationItem]
    let navigationHTML: String
    let footerHTML: String
    let breadcrumbs: [Breadcrumb]
    let jsonLD: String?
    /// true on a draft note's page, else absent.
    let isDraft: Bool?
    /// The site's languages, for the switcher; empty with one language.
    let languages: [LanguageLink]
    /// The page's translations (and `x-default`); empty with one language.
    let alternates: [AlternateLink]
    /// On a page shown in the default language because it has no
    /// translation: the notice, in the page's language.
    let untranslatedNotice: String?
    /// The `lang` of the page's content when it is not the page's language.
    let contentLanguage: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case site, title, isHome, pageTitle, description, canonical, content, navigation, navigationHTML, footerHTML,
            breadcrumbs, hasBreadcrumbs, jsonLD, isDraft, languages, isMultilingual, alternates, untranslatedNotice,
            contentLanguage
        var variable: TemplateVariable {
            switch self {
            case .site: .object(SiteContext.self, "the site")
            case .title: .text("the page's title, as the template had it")
            case .isHome: .flag("whether this is the home page").forOtherThemes
            case .pageTitle:
                .text("the `<title>`: the site's name on the home page, else the strings file's `title.with_site`")
            case .description:
                .text("the page's description (a note's summary, …), else the site's description, else its name")
            case .canonical: .text("the page's full URL")
            case .content: .html("the page's own template, rendered")
            case .navigation:
                .list(NavigationItem.self, "the menu (`navigation` in site.yaml), for a theme that renders it itself")
                    .forOtherThemes
            case .navigationHTML: .html("the `navigation` template, rendered once per pattern of current items")
            case .footerHTML: .html("the `footer` template, rendered once per build")
            case .breadcrumbs:
                .list(Breadcrumb.self, "the way from the home page to this page; empty on pages that have none")
            case .hasBreadcrumbs: .flag("whether `breadcrumbs` is not empty")
            case .jsonLD:
                .html("schema.org JSON-LD for the page (dataset pages), for `<script type=\"application/ld+json\">`")
                    .optionally
            case .isDraft: .flag("true on the page of a draft note (built with `--drafts`)").optionally
            case .languages:
                .list(LanguageLink.self, "the site's languages, for a language switcher; empty when it has one")
            case .isMultilingual: .flag("whether the site has more than one language")
            case .alternates:
                .list(
                    AlternateLink.self,
                    "the languages the page is translated into and `x-default`, for `<link rel=\"alternate\" hreflang>`; empty when the site has one language"
                )
            case .untranslatedNotice:
                .text(
                    "on a page not yet translated into its language: the strings file's `notice.untranslated`, in the page's language"
                ).optionally
            case .contentLanguage:
                .text("the `lang` of the content on such a page (the default language's)").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .site: site
        case .title: title
        case .isHome: isHome
        case .pageTitle: pageTitle
        case .description: description
        case .canonical: canonical
        case .content: content
        case .navigation: navigation
        case .navigationHTML: navigationHTML
        case .footerHTML: footerHTML
        case .breadcrumbs: breadcrumbs
        case .hasBreadcrumbs: !breadcrumbs.isEmpty
        case .jsonLD: jsonLD
        case .isDraft: isDraft
        case .languages: languages
        case .isMultilingual: !languages.isEmpty
        case .alternates: alternates
        case .untranslatedNotice: untranslatedNotice
        case .contentLanguage: contentLanguage
        }
    }
}

/// One item of the site's menu.
struct NavigationItem: TemplateContext {
    static var summary: String { "An item of the site's menu (`navigation`)." }

    let title: String
    let href: String
    let current: Bool

    enum Key: String, TemplateKey {

        static let byName = index()
        case title, href, current
        var variable: TemplateVariable {
            switch self {
            case .title: .text("the item's `title`")
            case .href: .text("its address (a `url` starting with `/` gets the base path)")
            case .current: .flag("whether the page is the item's page or under it")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: title
        case .href: href
        case .current: current
        }
    }
}

/// One step of the breadcrumbs.
struct Breadcrumb: TemplateContext {
    static var summary: String { "A step of the breadcrumbs (`breadcrumbs`)." }

    let title: String
    let href: String
    /// The `lang` of a title in another language (an untranslated page's).
    var lang: String? = nil

    enum Key: String, TemplateKey {

        static let byName = index()
        case title, href, lang
        var variable: TemplateVariable {
            switch self {
            case .title: .text("the step's name: `breadcrumb.…` in the strings file, or the page's title")
            case .href: .text("its address")
            case .lang: .text("the title's `lang` when it is not the page's language (an untranslated page)").optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .title: title
        case .href: href
        case .lang: lang
        }
    }
}

/// `navigation.mustache`: rendered once per pattern of current items.
struct NavigationContext: TemplateContext {
    static var summary: String { "The menu, rendered once per pattern of current items." }

    let site: SiteContext
    let navigation: [NavigationItem]

    enum Key: String, TemplateKey {

        static let byName = index()
        case site, navigation
        var variable: TemplateVariable {
            switch self {
            case .site: .object(SiteContext.self, "the site")
            case .navigation: .list(NavigationItem.self, "the menu, in the order of site.yaml")
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .site: site
        case .navigation: navigation
        }
    }
}

/// `footer.mustache`: rendered once per build.
struct FooterContext: TemplateContext {
    static var summary: String { "The footer, rendered once per build." }

    let site: SiteContext

    enum Key: String, TemplateKey {

        static let byName = index()
        case site
        var variable: TemplateVariable { .object(SiteContext.self, "the site") }
    }

    func value(_ key: Key) -> Any? { site }
}

/// One text of a list: a table cell, a column header, a paragraph.
struct TextItem: TemplateContext {
    static var summary: String { "One text of a list: a table cell, a column header of a chart's table, a paragraph." }

    let text: String

    enum Key: String, TemplateKey {

        static let byName = index()
        case text
        var variable: TemplateVariable { .text("the text") }
    }

    func value(_ key: Key) -> Any? { text }
}

/// One row of a table.
struct TableRow: TemplateContext {
    static var summary: String { "A row of a table (`rows`)." }

    let cells: [TextItem]

    enum Key: String, TemplateKey {

        static let byName = index()
        case cells
        var variable: TemplateVariable { .list(TextItem.self, "the row's cells, as text") }
    }

    func value(_ key: Key) -> Any? { cells }
}

/// `chart.mustache`: one chart as a figure, rendered wherever a chart is
/// shown (note and page bodies, initiatives' bodies and KPIs, dataset pages).
struct ChartContext: TemplateContext {
    static var summary: String { "A chart as a figure." }

    let site: SiteContext
    let svg: String
    let title: String
    let summary: String
    let caption: String
    let headers: [TextItem]
    let rows: [TableRow]
    let datasetTitle: String
    let datasetHref: String
    let linkToDataset: Bool
    let csvHref: String
    let jsonHref: String
    let svgHref: String
    let illustrative: Bool
    /// The `lang` of the chart's texts (drawn in the default language) on a
    /// page in another language; absent otherwise.
    var lang: String?

    enum Key: String, TemplateKey {

        static let byName = index()
        case site, svg, title, summary, caption, headers, rows, datasetTitle, datasetHref, linkToDataset, csvHref,
            jsonHref, svgHref, illustrative, lang
        var variable: TemplateVariable {
            switch self {
            case .site: .object(SiteContext.self, "the site")
            case .svg: .html("the chart as inline SVG (its ids are unique on the page)")
            case .title: .text("the chart's title")
            case .summary: .text("what the chart shows, in words (also the SVG's description)").forOtherThemes
            case .caption: .text("the caption of the chart's data table")
            case .headers: .list(TextItem.self, "the data table's column headers")
            case .rows: .list(TableRow.self, "the data table's rows")
            case .datasetTitle: .text("the title of the chart's dataset")
            case .datasetHref: .text("the address of the dataset's page")
            case .linkToDataset: .flag("false on the dataset's own page")
            case .csvHref: .text("the address of the dataset's CSV file")
            case .jsonHref: .text("the address of the dataset's JSON file")
            case .svgHref: .text("the address of the chart's standalone SVG file")
            case .illustrative: .flag("whether the dataset's values are illustrative (`illustrative: true`)")
            case .lang:
                .text(
                    "the `lang` of the chart's own texts (title, drawing, table, dataset title) on a page in another language than the chart's"
                ).optionally
            }
        }
    }

    func value(_ key: Key) -> Any? {
        switch key {
        case .site: site
        case .svg: svg
        case .title: title
        case .summary: summary
        case .caption: caption
        case .headers: headers
        case .rows: rows
        case .datasetTitle: datasetTitle
        case .datasetHref: datasetHref
        case .linkToDataset: linkToDataset
        case .csvHref: csvHref
        case .jsonHref: jsonHref
        case .svgHref: svgHref
        case .illustrative: illustrative
        case .lang: lang
        }
    }
}
