import Foundation
import Testing
import MierukaCore
@testable import MierukaSite
import MierukaBuild
import MierukaTestSupport

/// The theme contract: what a theme must hold, checked when it is loaded.
/// Written with `TinyTheme`, so no test here depends on the default theme's
/// templates or words.
@Suite struct ThemeTests {
    /// A tiny theme without some templates.
    func themeWithout(_ names: [String]) throws -> Fixture {
        let f = Fixture(TinyTheme.files)
        for n in names { try FileManager.default.removeItem(atPath: f.themeFolder + "/templates/\(n).mustache") }
        return f
    }

    @Test func theTinyThemeIsATheme() {
        let f = Fixture(TinyTheme.files)
        let (theme, diagnostics) = Theme.load(from: f.themeFolder)
        #expect(theme != nil && diagnostics.isEmpty, "\(diagnostics.all)")
        #expect(theme?.strings[.titleNotes] == "[title.notes]")
        #expect(theme?.strings.format(.titleWithSite, "A", "B") == "[title.with_site A B]")
    }

    /// Every template the renderer renders by name is required: a theme
    /// without chart.mustache used to drop every chart without a word.
    @Test func everyTemplateTheRendererUsesIsRequired() throws {
        for name in TemplateName.allCases.map(\.rawValue) {
            let f = try themeWithout([name])
            let (theme, diagnostics) = Theme.load(from: f.themeFolder)
            #expect(theme == nil, "\(name)")
            #expect(diagnostics.all.map(\.message) == ["the theme has no \(name).mustache template"], "\(name)")
        }
    }

    @Test func missingChartTemplateStopsTheBuild() throws {
        let f = try themeWithout(["chart"])
        let report = f.check()
        #expect(!report.succeeded)
        #expect(f.diagnostics(report) == "theme/templates:1:1: error: the theme has no chart.mustache template\n")
    }

    /// The ids the theme writes itself, which content must not reuse.
    @Test func literalIdsAreReadFromTheTemplates() {
        #expect(Theme.literalIds(#"<main id="main"><h2 id="y{{year}}">x</h2><p id="">"#) == ["main"])
        let f = Fixture(
            TinyTheme.files + "-- theme/templates/page.mustache --\n<section id=\"about\">{{{body}}}</section>\n")
        let (theme, _) = Theme.load(from: f.themeFolder)
        #expect(theme?.ids == ["about"])
    }
}

/// The strings file, `i18n/<language>.yaml`: every text the generator writes
/// into pages. Every problem is a diagnostic at the file's line and column.
@Suite struct ThemeStringsTests {
    /// The tiny theme's strings file with `edit` applied, checked.
    func check(_ edit: (String) -> String) -> String {
        let f = Fixture("-- theme/i18n/ja.yaml --\n" + edit(TinyTheme.strings))
        let report = f.check()
        #expect(!report.succeeded)
        return f.diagnostics(report)
    }

    @Test func aMissingKeyIsAnErrorAtItsGroupNamingTheKey() {
        #expect(
            check { $0.replacingOccurrences(of: "  paused: \"[status.paused]\"\n", with: "") } == """
                theme/i18n/ja.yaml:21:1: error: the strings file has no text for 'status.paused' (the name of the status 'paused')
                  21 | status:
                     | ^
                  hint: add 'paused: …' under 'status:'

                """)
    }

    @Test func aMissingGroupIsOneErrorNamingItsKeys() {
        let text = TinyTheme.strings
        let start = text.range(of: "date:\n")!, end = text.range(of: "link_kind:\n")!
        #expect(
            check { _ in String(text[..<start.lowerBound] + text[end.lowerBound...]) } == """
                theme/i18n/ja.yaml:1:1: error: the strings file has no 'date' group, so it has no text for 'date.day', 'date.month'
                   1 | title:
                     | ^
                  hint: add the group 'date:' with its keys; docs/theme.md lists every key of the strings file

                """)
    }

    @Test func unknownKeysAreErrorsWithASuggestion() {
        // After every line of the file and the added 'tagz' line.
        let statusesLine = TinyTheme.strings.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        #expect(
            check {
                $0.replacingOccurrences(of: "  tags: \"[title.tags]\"", with: "  tags: \"[title.tags]\"\n  tagz: x")
                    + "statuses:\n  a: b\n"
            } == """
                theme/i18n/ja.yaml:5:3: error: unknown key 'tagz'; did you mean 'tags'?
                   5 |   tagz: x
                     |   ^
                theme/i18n/ja.yaml:\(statusesLine):1: error: unknown key 'statuses'; did you mean 'status'?
                  \(statusesLine) | statuses:
                     | ^

                """)
    }

    @Test func aPlaceholderTheKeyDoesNotGiveIsAnError() {
        #expect(
            check { $0.replacingOccurrences(of: "\"[title.tag {tag}]\"", with: "タグ「{name}」") } == """
                theme/i18n/ja.yaml:5:8: error: the text of 'title.tag' uses the placeholder {name}, which mieruka does not give it
                   5 |   tag: タグ「{name}」
                     |        ^
                  hint: this text can use {tag}; write {{ and }} for a brace itself

                """)
        #expect(
            check { $0.replacingOccurrences(of: "\"[title.notes]\"", with: "\"お知らせ{\"") }.contains(
                "error: the text of 'title.notes' has a '{' that is not closed with '}'"))
        #expect(
            check { $0.replacingOccurrences(of: "\"[title.notes]\"", with: "\"お知らせ}\"") }.contains(
                "error: the text of 'title.notes' has a '}' that closes no placeholder"))
        #expect(
            check { $0.replacingOccurrences(of: "\"[title.notes]\"", with: "\"{n}\"") }.contains(
                "  hint: this text takes no placeholder; write {{ and }} for a brace itself"))
    }

    @Test func aValueThatIsNotTextIsAnError() {
        #expect(
            check { $0.replacingOccurrences(of: "\"[file_size.bytes {n}]\"", with: "{n}") }.contains(
                """
                error: 'file_size.bytes' should be text, but found a group of keys
                """))
        #expect(
            check { $0.replacingOccurrences(of: "\"[file_size.bytes {n}]\"", with: "{n}") }.contains(
                """
                  hint: a text that starts with '{' must be in quotes: bytes: "{…}"
                """))
        #expect(
            check { $0.replacingOccurrences(of: "\"[status.done]\"", with: "") }.contains(
                "error: 'status.done' has no text"))
        #expect(
            check { $0.replacingOccurrences(of: "\"[status.done]\"", with: "[a, b]") }.contains(
                "error: 'status.done' should be text, but found a list"))
    }

    @Test func aThemeWithoutTheJapaneseStringsFileIsRefused() throws {
        let f = Fixture(TinyTheme.files)
        try FileManager.default.removeItem(atPath: f.themeFolder + "/i18n/ja.yaml")
        #expect(
            f.diagnostics(f.check()) == """
                theme/i18n:1:1: error: the theme has no strings file ja.yaml
                  hint: mieruka takes the texts it writes into pages (page titles, breadcrumbs, status names, dates) from i18n/ja.yaml; copy it from mieruka's themes/default

                """)
    }

    /// Every language file has the same keys; only ja.yaml is used by pages for now.
    @Test func otherLanguageFilesAreCheckedToo() throws {
        let f = Fixture(
            TinyTheme.files + "-- theme/i18n/en.yaml --\n"
                + TinyTheme.strings.replacingOccurrences(of: "  done: \"[status.done]\"\n", with: "")
                + "-- theme/i18n/ja-easy.yml --\n# やさしい日本語\n")
        #expect(
            f.diagnostics(f.check()) == """
                theme/i18n/en.yaml:21:1: error: the strings file has no text for 'status.done' (the name of the status 'done')
                  21 | status:
                     | ^
                  hint: add 'done: …' under 'status:'
                theme/i18n/ja-easy.yml:1:1: error: the strings file 'ja-easy.yml' ends in .yml; mieruka reads strings files named <language>.yaml
                   1 | # やさしい日本語
                     | ^
                  hint: rename it to ja-easy.yaml

                """)
        f.write("-- theme/i18n/en.yaml --\n" + TinyTheme.strings)
        try FileManager.default.removeItem(atPath: f.themeFolder + "/i18n/ja-easy.yml")
        let (theme, _) = Theme.load(from: f.themeFolder)
        #expect(theme?.languages.keys.sorted() == ["en", "ja"])
        #expect(theme?.strings.language == "ja")
    }

    @Test func placeholdersAndBraces() throws {
        let parsed = try ThemeStrings.parse("{{a}} {n}件 {n}", placeholders: ["n"]).get()
        #expect(parsed.plain == "{a} 件 ")
        #expect(parsed.parts.count == 4)
        let f = Fixture(TinyTheme.files)
        let (theme, _) = Theme.load(from: f.themeFolder)
        let strings = try #require(theme?.strings)
        #expect(strings.date(LocalDate(year: 2020, month: 7, day: 1)!) == "[date.day 2020 7 1 [month.7]]")
        #expect(strings.date(PartialDate(iso: "2019-06")!) == "[date.month 2019 6 [month.6]]")
        #expect(strings.fileSize(532) == "[file_size.bytes 532]")
        #expect(strings.fileSize(12_345) == "[file_size.kilobytes 12.1]")
        #expect(strings.fileSize(3 * 1_048_576) == "[file_size.megabytes 3]")
    }

    /// The theme's own texts (`text:`): every language's file has the default file's keys, and no others.
    @Test func everyLanguageHasTheThemeTextsOfTheDefaultLanguage() {
        let ja = TinyTheme.strings + "text:\n  skip: 本文へ\n  banner: 下書きです\n"
        let f = Fixture(
            "-- theme/i18n/ja.yaml --\n" + ja + "-- theme/i18n/en.yaml --\n" + TinyTheme.strings
                + "text:\n  skip: Skip\n  bannr: Draft\n  extra: x\n")
        let report = f.check()
        #expect(!report.succeeded)
        let lines = TinyTheme.strings.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(
            f.diagnostics(report) == """
                theme/i18n/en.yaml:\(lines + 2):3: error: the strings file has a text 'text.bannr' that ja.yaml does not have; did you mean 'banner'?
                \(String(lines + 2).leftPadded(4)) |   bannr: Draft
                     |   ^
                  hint: every language's file has the keys of ja.yaml; rename or remove this one
                theme/i18n/en.yaml:\(lines + 3):3: error: the strings file has a text 'text.extra' that ja.yaml does not have
                \(String(lines + 3).leftPadded(4)) |   extra: x
                     |   ^
                  hint: every language's file has the keys of ja.yaml; rename or remove this one

                """)
        // Without the misspelling, the missing key is reported at the group.
        f.write(
            "-- theme/i18n/en.yaml --\n" + TinyTheme.strings + "text:\n  skip: Skip\n")
        #expect(
            f.diagnostics(f.check()) == """
                theme/i18n/en.yaml:\(lines):1: error: the strings file has no text for 'text.banner', which ja.yaml has (下書きです)
                \(String(lines).leftPadded(4)) | text:
                     | ^
                  hint: add 'banner: …' under 'text:', in this file's language

                """)
    }

    /// A file whose dates spell the month needs the month names; one that writes numbers does not.
    @Test func monthNamesAreNeededOnlyByDatesThatUseThem() throws {
        let withoutMonths = TinyTheme.strings.replacing(#/month:\n(  \d+: .*\n)+/#, with: "")
        #expect(withoutMonths != TinyTheme.strings)
        let numbers = withoutMonths.replacingOccurrences(
            of: "\"[date.day {year} {month} {day} {month_name}]\"", with: "\"{year}/{month}/{day}\""
        ).replacingOccurrences(of: "\"[date.month {year} {month} {month_name}]\"", with: "\"{year}/{month}\"")
        let f = Fixture("-- theme/i18n/ja.yaml --\n" + numbers)
        let (theme, d) = Theme.load(from: f.themeFolder)
        #expect(!d.hasErrors, "\(d.sorted)")
        #expect(try #require(theme).strings.date(LocalDate(year: 2020, month: 7, day: 1)!) == "2020/7/1")
        let g = Fixture("-- theme/i18n/ja.yaml --\n" + withoutMonths)
        #expect(g.diagnostics(g.check()).contains("the strings file has no 'month' group"))
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
