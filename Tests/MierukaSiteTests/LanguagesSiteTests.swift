import Foundation
import Testing
import MierukaCore
import MierukaBuild
import MierukaTestSupport

/// The sample site in its three languages, page by page: every page has an
/// address in every language, a switcher to them, `lang` right, alternates
/// that point only at real translations and that point back, and untranslated
/// content marked and announced.
@Suite struct LanguagesSiteTests {
    nonisolated(unsafe) static let built: (Fixture, BuildReport) = DefaultThemeTests.buildSample(
        content: DefaultThemeTests.sample)
    static var f: Fixture { built.0 }
    static let folders = ["": "ja", "easy/": "ja-easy", "en/": "en"]

    /// Every page of the default language, relative, without a language folder.
    static var pages: [String] {
        f.outputFiles().filter {
            $0.hasSuffix(".html") && !$0.hasPrefix("en/") && !$0.hasPrefix("easy/") && $0 != "404.html"
                && !$0.hasPrefix("assets/")
        }
    }

    func attribute(_ name: String, in tag: Substring) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[r.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// `<link rel="alternate" hreflang>` of a page: hreflang -> href.
    func alternates(_ html: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in html.split(separator: "\n") where line.hasPrefix("<link rel=\"alternate\" hreflang=") {
            if let h = attribute("hreflang", in: line), let href = attribute("href", in: line) { out[h] = href }
        }
        return out
    }

    @Test func theSiteBuildsInThreeLanguages() {
        #expect(Self.built.1.wrote, "\(Self.f.diagnostics(Self.built.1))")
        #expect(Self.pages.count > 40)
        #expect(Self.built.1.coverage.map(\.language.code) == ["ja-easy", "en"])
    }

    @Test func everyPageHasAnAddressInEveryLanguageWithTheRightLang() throws {
        for page in Self.pages {
            for (folder, code) in Self.folders {
                let html = try #require(Self.f.file(folder + page), "\(folder + page)")
                let lang = SiteLanguage(code)
                #expect(
                    html.contains("<html lang=\"\(lang.htmlLang)\" class=\"\(lang.htmlClass)\">"), "\(folder + page)")
                #expect(html.contains("aria-current=\"true\">\(lang.nativeName)</a>"), "\(folder + page)")
            }
        }
    }

    @Test func theSwitcherLinksToTheSamePageInEachLanguage() throws {
        for page in Self.pages {
            let html = try #require(Self.f.file("en/" + page))
            let route = page == "index.html" ? "" : String(page.dropLast("index.html".count))
            for (folder, code) in Self.folders {
                let l = SiteLanguage(code)
                let href = "/" + folder + route
                #expect(
                    html.contains(
                        "<a href=\"\(Escape.urlPath(href))\" lang=\"\(l.htmlLang)\" hreflang=\"\(l.hreflang)\""),
                    "\(page) → \(folder)")
            }
        }
    }

    @Test func alternatesPointAtRealTranslationsAndBack() throws {
        var translatedSomewhere = 0
        for page in Self.pages {
            var byLanguage: [String: [String: String]] = [:]
            for (folder, code) in Self.folders {
                byLanguage[code] = alternates(try #require(Self.f.file(folder + page)))
            }
            let ja = try #require(byLanguage["ja"])
            // The same set on every language's page of it, always with ja and x-default.
            for (code, alts) in byLanguage { #expect(alts == ja, "\(page) in \(code)") }
            #expect(ja["x-default"] == ja["ja"], "\(page)")
            #expect(ja["ja"] != nil, "\(page)")
            // Each alternate other than ja is a page without the untranslated notice.
            for (hreflang, href) in ja where hreflang != "x-default" && hreflang != "ja" {
                translatedSomewhere += 1
                let path = String(href.dropFirst("https://example.org/".count))
                let file = (path.isEmpty || path.hasSuffix("/")) ? path + "index.html" : path
                let html = try #require(Self.f.file(file.removingPercentEncoding ?? file), "\(href)")
                #expect(!html.contains("class=\"translation-notice\""), "\(href) is listed as a translation")
            }
        }
        #expect(translatedSomewhere > 20)
    }

    @Test func untranslatedContentIsAnnouncedAndMarked() throws {
        // council-dx has no English file.
        let html = try #require(Self.f.file("en/notes/council-dx/index.html"))
        #expect(html.contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" lang=\"ja\">"))
        #expect(
            html.contains(
                "<p class=\"translation-notice\" role=\"note\" lang=\"en\">This page is not yet available in English."))
        #expect(!alternates(html).keys.contains("en"))
        // why-dx has one: no notice, English content.
        let translated = try #require(Self.f.file("en/notes/why-dx/index.html"))
        #expect(!translated.contains("translation-notice"))
        #expect(translated.contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">"))
        #expect(alternates(translated)["en"] == "https://example.org/en/notes/why-dx/")
    }

    @Test func eachLanguageHasItsFeedAndTheSitemapListsEveryAddress() throws {
        for (folder, code) in Self.folders {
            let feed = try #require(Self.f.file(folder + "feed.xml"))
            #expect(feed.contains("xml:lang=\"\(SiteLanguage(code).htmlLang)\""))
            #expect(
                feed.contains(
                    "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/\(folder)feed.xml\"/>")
            )
        }
        let sitemap = try #require(Self.f.file("sitemap.xml"))
        let locs = sitemap.components(separatedBy: "<loc>").count - 1
        #expect(locs == Self.pages.count * 3)
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        // The data is published once, at the root.
        #expect(Self.f.exists("data/population.csv"))
        #expect(!Self.f.exists("en/data/population.csv"))
    }

    @Test func theOne404PageSpeaksEveryLanguage() throws {
        let html = try #require(Self.f.file("404.html"))
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(html.contains("<div class=\"other-language\" lang=\"en\">"))
        #expect(html.contains("<div class=\"other-language\" lang=\"ja\">"))
        #expect(html.contains("Page not found"))
    }

    /// Lists in one language show what is not translated yet in the default
    /// language, each such title marked with its `lang`.
    @Test func untranslatedItemsInListsCarryTheirLang() throws {
        let home = try #require(Self.f.file("en/index.html"))
        #expect(home.contains("<a href=\"/en/notes/council-dx/\" lang=\"ja\">"))
        #expect(home.contains("<a href=\"/en/notes/year-one-review/\">"))
        #expect(home.contains("<span class=\"milestone-title\" lang=\"ja\">"))
        let data = try #require(Self.f.file("en/data/index.html"))
        #expect(data.contains("<a href=\"/en/data/population/\" lang=\"ja\">"))
        // In the default language nothing is marked.
        #expect(!(try #require(Self.f.file("index.html"))).contains(" lang=\"ja\">"))
    }

    /// Furigana in easy-Japanese texts becomes ruby in Markdown and keeps only its
    /// text elsewhere: no page shows the notation `{漢字|かんじ}` itself.
    @Test func noPageShowsTheFuriganaNotation() throws {
        let notation = try Regex("\\{[^{}|\\n]+\\|[^{}|\\n]+\\}")
        for path in Self.f.outputFiles() where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = try #require(Self.f.file(path))
            #expect(text.firstMatch(of: notation) == nil, "\(path) shows furigana notation")
        }
        #expect(try #require(Self.f.file("easy/notes/why-dx/index.html")).contains("<ruby>"))
    }
}
