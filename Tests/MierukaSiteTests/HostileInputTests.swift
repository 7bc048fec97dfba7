import Foundation
import Testing
import MierukaTestSupport
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Text that tries to break out of HTML, XML, JSON and templates.
let evil = #"<script>alert(1)</script></title>{{mustache}}]]>"'&"#

/// Every text field of every content kind carries the evil string.
let hostileSite = """
    -- content/site.yaml --
    name: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    description: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    municipality:
      name: 磐梯町
      prefecture: 福島県
      code: "074071"
    base_url: https://example.org/
    machine_readability: false
    publisher:
      name: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    -- content/notes/2020-07-01-evil.md --
    ---
    title: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    summary: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    author: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    tags: ['\(evil.replacingOccurrences(of: "'", with: "''"))']
    ---
    \(evil)

    <img src=x onerror=alert(1)> [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)

    ```chart
    dataset: evil
    chart: trend
    ```
    -- content/initiatives/evil.yaml --
    title: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    summary: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    status: planned
    owner: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    -- content/datasets/evil.yaml --
    title: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    description: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    frequency: irregular
    fields:
      - name: label
        title: '\(evil.replacingOccurrences(of: "'", with: "''"))'
        type: string
      - name: value
        type: integer
        unit: '\(evil.replacingOccurrences(of: "'", with: "''"))'
    rows:
      - ['\(evil.replacingOccurrences(of: "'", with: "''"))', 1]
      - [b, 2]
    charts:
      - id: trend
        type: bar
        title: '\(evil.replacingOccurrences(of: "'", with: "''"))'
        x: label
        y: value
    """

/// Every output file but the CSV and BibTeX ones (which hold text as it is,
/// quoted or TeX-escaped, not markup) shows the evil text only escaped.
func expectEscaped(_ f: Fixture, atLeast count: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let files = f.outputFiles()
    #expect(files.count > count, sourceLocation: sourceLocation)
    for path in files where !path.hasPrefix("assets/") && !path.hasSuffix(".csv") && !path.hasSuffix(".bib") {
        guard let text = f.file(path) else {
            Issue.record("\(path) cannot be read", sourceLocation: sourceLocation)
            continue
        }
        #expect(!text.contains("<script>alert"), "\(path) has a live <script>", sourceLocation: sourceLocation)
        #expect(!text.contains("</title>{{"), "\(path) lets </title> through", sourceLocation: sourceLocation)
        #expect(!text.contains("onerror=alert"), "\(path) keeps raw HTML", sourceLocation: sourceLocation)
        #expect(!text.contains("javascript:"), "\(path) keeps a javascript: URL", sourceLocation: sourceLocation)
        #expect(!text.contains("data:text/html"), "\(path) keeps a data: URL", sourceLocation: sourceLocation)
        // The evil text's "]]>" may only appear escaped: "]]>" would close a
        // CDATA section, and a raw '"' would end an attribute.
        if path.hasSuffix(".xml") || path.hasSuffix(".svg") || path.hasSuffix(".html") {
            #expect(!text.contains("]]>"), "\(path) lets ]]> through", sourceLocation: sourceLocation)
            #expect(
                !text.contains("{{mustache}}]]&gt;\"'"), "\(path) lets a quote through unescaped",
                sourceLocation: sourceLocation)
        }
    }
}

/// The evil text as a YAML single-quoted scalar.
let evilYAML = "'" + evil.replacingOccurrences(of: "'", with: "''") + "'"

/// The same site in three languages, the evil text in every translated field.
let hostileLanguagesSite = """
    -- content/site.yaml --
    name:
      ja: 磐梯町
      ja-easy: \(evilYAML)
      en: \(evilYAML)
    description:
      ja: 説明
      en: \(evilYAML)
    languages: [ja, ja-easy, en]
    municipality:
      name: 磐梯町
      prefecture: 福島県
      code: "074071"
    base_url: https://example.org/
    machine_readability: false
    navigation:
      - title:
          ja: お知らせ
          ja-easy: \(evilYAML)
          en: \(evilYAML)
        url: /notes/
    -- content/notes/2020-07-01-evil.md --
    ---
    title: 推進室
    tags: [DX]
    ---
    本文です。
    -- content/notes/2020-07-01-evil.en.md --
    ---
    title: \(evilYAML)
    summary: \(evilYAML)
    ---
    \(evil)

    <img src=x onerror=alert(1)> [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)
    -- content/notes/2020-07-01-evil.ja-easy.md --
    ---
    title: \(evilYAML)
    ---
    \(evil)
    -- content/initiatives/evil.yaml --
    title:
      ja: 取り組み
      ja-easy: \(evilYAML)
      en: \(evilYAML)
    summary:
      ja: 要約
      ja-easy: \(evilYAML)
      en: \(evilYAML)
    status: planned
    -- content/strategy.yaml --
    title:
      ja: 戦略
      ja-easy: \(evilYAML)
      en: \(evilYAML)
    mission:
      ja: 使命
      ja-easy: \(evilYAML)
      en: \(evilYAML)
    """

@Suite struct HostileInputTests {
    @Test func evilTextIsEscapedEverywhere() throws {
        let f = Fixture(hostileSite, withSite: false)
        let report = f.build()
        #expect(f.diagnostics(report) == "")
        expectEscaped(f, atLeast: 20)
        // The text is shown, escaped, not dropped.
        let note = try #require(f.file("notes/evil/index.html"))
        #expect(
            note.contains(
                "<h1>&lt;script&gt;alert(1)&lt;/script&gt;&lt;/title&gt;{{mustache}}]]&gt;&quot;&#39;&amp;</h1>"))
        // JSON stays valid and escapes < and >, so it can sit in a <script> block.
        for path in ["data/evil.json", "data/datapackage.json", "data/catalog.jsonld"] {
            let data = try #require(FileManager.default.contents(atPath: f.root + "/output/" + path))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is not valid JSON")
        }
        let page = try #require(f.file("data/evil/index.html"))
        #expect(page.contains("<script type=\"application/ld+json\">"))
        #expect(!page.contains("</script></title>"))
        // Feeds and SVG stay well-formed XML.
        for path in ["feed.xml", "sitemap.xml", "charts/evil-trend.svg"] {
            let data = try #require(FileManager.default.contents(atPath: f.root + "/output/" + path))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
        }
    }

    /// Hostile text in every translated field is escaped as in the default language.
    @Test func evilTextIsEscapedInEveryLanguage() throws {
        let f = Fixture(hostileLanguagesSite, withSite: false)
        let report = f.build()
        #expect(report.wrote, "\(f.diagnostics(report))")
        expectEscaped(f, atLeast: 30)
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/title&gt;{{mustache}}]]&gt;&quot;&#39;&amp;"
        for path in ["en/notes/evil/index.html", "easy/notes/evil/index.html", "en/initiatives/evil/index.html"] {
            #expect(try #require(f.file(path)).contains("<h1>\(escaped)</h1>"), "\(path)")
        }
        #expect(try #require(f.file("en/index.html")).contains(escaped))
    }

    /// Every field that becomes a link goes through one check (LinkRule):
    /// a `javascript:` URL in any of them is an error at its position, in
    /// `check` and `build` alike, and nothing is written.
    @Test func everyURLFieldRefusesScripts() throws {
        let js = "javascript:alert(1)"
        let f = Fixture(
            """
            -- content/site.yaml --
            name: 磐梯町
            municipality: {name: 磐梯町, prefecture: 福島県, code: "074071"}
            base_url: https://example.org/
            license: {name: CC BY 4.0, url: "\(js)"}
            publisher: {name: 磐梯町, url: "\(js)"}
            navigation:
              - {title: 罠, url: "\(js)"}
            -- content/timeline.yaml --
            milestones:
              - date: 2020-07
                title: 開設
                links:
                  - {url: "\(js)"}
            -- content/agreements.yaml --
            agreements:
              - {id: a, date: 2020-04, partner: 株式会社A, theme: 協定, url: "\(js)"}
            -- content/datasets/d.yaml --
            title: データ
            description: 説明
            source: {name: 出典, url: "\(js)"}
            license: {name: CC BY 4.0, url: "\(js)"}
            fields:
              - {name: v, type: integer}
            rows:
              - [1]
            """, withSite: false)
        let check = f.check()
        let lines = f.diagnostics(check).split(separator: "\n").filter { $0.contains(": error: the link '\(js)'") }
        #expect(lines.count == 7, "\(f.diagnostics(check))")
        #expect(!check.succeeded)
        let build = f.build()
        #expect(!build.wrote)
        #expect(f.diagnostics(build) == f.diagnostics(check))
    }

    /// Headings in content never take an id the theme writes (`main`, the
    /// section labels), a chart's id, or each other's: the fixture site in
    /// Tests/SiteFixtures/hostile-ids (also checked by the Nu HTML Checker in
    /// `make test`) has every such heading, and no page repeats an id.
    @Test func contentIdsNeverCollide() throws {
        let f = Fixture("")
        try FileManager.default.removeItem(atPath: f.root + "/content")
        try FileManager.default.copyItem(
            atPath: repoRoot + "/Tests/SiteFixtures/hostile-ids/content", toPath: f.root + "/content")
        let report = f.build()
        #expect(report.wrote, "\(f.diagnostics(report))")
        var pages = 0
        for path in f.outputFiles() where path.hasSuffix(".html") {
            let html = try #require(f.file(path))
            var ids: [String: Int] = [:]
            for part in html.components(separatedBy: " id=\"").dropFirst() {
                ids[String(part.prefix { $0 != "\"" }), default: 0] += 1
            }
            let repeated = ids.filter { $0.value > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "\(path) repeats the ids \(repeated)")
            pages += 1
        }
        #expect(pages > 10)
        let note = try #require(f.file("notes/ids/index.html"))
        for id in [
            "main", "section-main", "section-related-initiatives", "section-chart-population-trend-title",
            "同じ見出し", "同じ見出し-1", "同じ見出し-1-1",
        ] {
            #expect(note.contains(" id=\"\(id)\""), "no id \(id)")
        }
        #expect(try #require(f.file("initiatives/seal/index.html")).contains("<h2 id=\"section-kpis\">KPIs</h2>"))
    }

    /// New URL fields must not bypass the link check: the loader reads no
    /// key named like a link with the plain text reader.
    @Test func loaderReadsLinksOnlyThroughTheLinkCheck() throws {
        let dir = repoRoot + "/Sources/MierukaContent"
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".swift") {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            for key in ["url", "href", "link", "src", "image"] {
                #expect(!text.contains("string(\"\(key)\""), "\(name) reads '\(key)' without LinkRule")
            }
        }
    }

    @Test func rawHTMLWhenTheSiteOptsIn() throws {
        let f = Fixture(
            """
            -- content/pages/embed.md --
            ---
            title: 埋め込み
            ---
            <div class="map">地図</div>
            """)
        f.build()
        #expect(try #require(f.file("embed/index.html")).contains("<p>地図</p>") == false)
        #expect(!(try #require(f.file("embed/index.html")).contains("<div class=\"map\">")))
        f.write(Fixture.siteYAML.replacingOccurrences(of: "navigation:", with: "allow_raw_html: true\nnavigation:"))
        f.build()
        #expect(try #require(f.file("embed/index.html")).contains("<div class=\"map\">地図</div>"))
    }

    @Test func linksOutOfTheContentFolderAreRefused() throws {
        let f = Fixture(notesSite)
        try FileManager.default.createDirectory(atPath: f.root + "/content/static", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: f.root + "/content/static/passwd", withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(
            atPath: f.root + "/content/notes/2020-08-01-linked.md", withDestinationPath: "/etc/hostname")
        let report = f.build()
        #expect(!report.wrote)
        #expect(
            f.diagnostics(report) == """
                content/notes/2020-08-01-linked.md:1:1: error: 'content/notes/2020-08-01-linked.md' is a link to a file outside the content folder; mieruka does not read it
                  hint: copy the file into the content folder instead of linking to it
                content/static/passwd:1:1: error: 'content/static/passwd' is a link to a place outside the content folder, so it is not copied
                  hint: copy the file into the content folder instead of linking to it

                """)
    }
}

@Suite struct OutputPathTests {
    @Test func staticFileClashingWithAPageIsAnError() throws {
        let f = Fixture(notesSite + "\n-- content/static/notes/index.html --\n<p>上書き</p>\n")
        let report = f.build()
        #expect(!report.wrote)
        #expect(
            f.diagnostics(report).hasPrefix(
                "content/static/notes/index.html:1:1: error: the file 'content/static/notes/index.html' would be written to 'notes/index.html', where mieruka already writes a page or data file\n"
            ))
    }

    /// Pages are written into the staging folder while they are rendered; a
    /// problem found after that (here a clash) must still leave `output/`
    /// exactly as it was, with no staging folder left behind.
    @Test func errorFoundAfterStreamingLeavesOutputUnchanged() throws {
        let f = Fixture(notesSite)
        #expect(f.build().wrote)
        let before = f.snapshot()
        f.write(
            "-- content/notes/2020-09-01-later.md --\n---\ntitle: 後から\n---\n本文。\n-- content/static/notes/index.html --\n<p>上書き</p>\n"
        )
        let report = f.build()
        #expect(!report.wrote && report.diagnostics.hasErrors)
        #expect(f.snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.root).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func hugeFileFailsFastWithADiagnostic() throws {
        let f = Fixture(notesSite)
        let path = f.root + "/content/notes/2020-01-01-huge.md"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let h = try #require(FileHandle(forWritingAtPath: path))
        try h.truncate(atOffset: 100 * 1024 * 1024)
        try h.close()
        let report = f.check()
        #expect(f.diagnostics(report).contains("content/notes/2020-01-01-huge.md:1:1: error: '"))
        #expect(
            f.diagnostics(report).contains(
                "2020-01-01-huge.md' is 100 MB, larger than the 8 MB a content file may be\n"))
    }
}
