import Foundation
import Testing
import MierukaCore
import MierukaContent
@testable import MierukaScaffold
import MierukaTestSupport

/// `mieruka new note` and `mieruka init`, tested by building what they make.
@Suite struct ScaffoldTests {
    static let april1 = LocalDate(year: 2021, month: 4, day: 1)!

    @Test func newNoteFromAnASCIITitleBuildsAsADraft() throws {
        let f = Fixture("")
        let made = try Scaffold.newNote(
            title: "Open Data Day 2021!", contentDirectory: f.root + "/content", date: Self.april1)
        #expect(made.path == f.root + "/content/notes/2021-04-01-open-data-day-2021.md")
        #expect(made.slug == "open-data-day-2021")
        #expect(!made.slugIsFallback)
        let text = try String(contentsOfFile: made.path, encoding: .utf8)
        // The front matter's first line names its schema, relative to the note (schemas/ beside content/).
        #expect(
            text.hasPrefix(
                "---\n# yaml-language-server: $schema=../../schemas/note.schema.json\ntitle: \"Open Data Day 2021!\"\n")
        )
        #expect(text.contains("\ndraft: true"))

        let published = f.build()
        #expect(published.succeeded, "\(f.diagnostics(published))")
        #expect(published.diagnostics.isEmpty, "a new note gives no warnings: \(f.diagnostics(published))")
        #expect(!f.exists("notes/open-data-day-2021/index.html"), "a new note is a draft")
        let preview = f.build(drafts: true)
        #expect(preview.succeeded)
        #expect(f.file("notes/open-data-day-2021/index.html")?.contains("Open Data Day 2021!") == true)
    }

    @Test func japaneseTitlesNeedASlugOrGetADatedOne() throws {
        let f = Fixture("")
        let content = f.root + "/content"
        let first = try Scaffold.newNote(title: "印鑑の原則全廃を始めました", contentDirectory: content, date: Self.april1)
        #expect(first.slug == "note-20210401")
        #expect(first.slugIsFallback)
        let second = try Scaffold.newNote(title: "二つ目のお知らせ", contentDirectory: content, date: Self.april1)
        #expect(second.slug == "note-20210401-2", "never the same file, never the same slug")
        let chosen = try Scaffold.newNote(
            title: "印鑑", slug: "seal-abolition", contentDirectory: content, date: Self.april1,
            draft: false)
        #expect(chosen.path.hasSuffix("/notes/2021-04-01-seal-abolition.md"))
        let r = f.build(drafts: true)
        #expect(r.succeeded, "\(f.diagnostics(r))")
        #expect(f.file("notes/note-20210401/index.html")?.contains("印鑑の原則全廃を始めました") == true)
        #expect(f.exists("notes/note-20210401-2/index.html"))
        #expect(f.file("notes/seal-abolition/index.html")?.contains("これは下書きです") == false)
    }

    @Test func refusesTakenAndInvalidSlugsAndNeverOverwrites() throws {
        let f = Fixture(
            """
            -- content/notes/2020-07-01-why-dx.md --
            ---
            title: なぜDXか
            ---
            本文。
            -- content/notes/welcome.md --
            ---
            title: ようこそ
            date: 2020-01-01
            slug: hello-town
            ---
            本文。
            """)
        let content = f.root + "/content"
        let before = try Data(contentsOf: URL(fileURLWithPath: content + "/notes/2020-07-01-why-dx.md"))
        for (slug, message) in [
            ("why-dx", "another note already uses the slug 'why-dx'"),
            ("hello-town", "another note already uses the slug 'hello-town'"),
            ("Why DX", "'Why DX' is not a valid slug"),
        ] {
            #expect(throws: ScaffoldError.self, "\(slug)") {
                try Scaffold.newNote(title: "x", slug: slug, contentDirectory: content, date: Self.april1)
            }
            do {
                _ = try Scaffold.newNote(title: "x", slug: slug, contentDirectory: content, date: Self.april1)
            } catch {
                #expect(error.message == message)
            }
        }
        // welcome.md says 'slug: hello-town', so its file name's slug is free, as in a build.
        #expect(
            try Scaffold.newNote(title: "x", slug: "welcome", contentDirectory: content, date: Self.april1).slug
                == "welcome")
        // A made-up slug steps around the taken one.
        let again = try Scaffold.newNote(
            title: "Why DX", contentDirectory: content, date: LocalDate(year: 2020, month: 7, day: 1)!)
        #expect(again.slug == "why-dx-2")
        #expect(try Data(contentsOf: URL(fileURLWithPath: content + "/notes/2020-07-01-why-dx.md")) == before)
        #expect(f.build(drafts: true).succeeded)
        #expect(throws: ScaffoldError.self) { try Scaffold.newNote(title: "   ", contentDirectory: content) }
        #expect(throws: ScaffoldError.self) { try Scaffold.newNote(title: "x", contentDirectory: f.root + "/nowhere") }
    }

    /// Slugs written in ways a line-by-line scan misread: quoted with a
    /// comment after it, on the line after `slug:`, and after a long
    /// multi-line value. `new note` must see each as taken, as a build does.
    @Test func takenSlugsAreReadAsTheBuildReadsThem() throws {
        let longSummary = (1...70).map { "  要約の\($0)行目" }.joined(separator: "\n")
        let f = Fixture(
            """
            -- content/notes/2020-07-01-a.md --
            ---
            title: 引用符
            slug: "quoted-slug"   # quoted, with a comment
            ---
            本文。
            -- content/notes/2020-07-02-b.md --
            ---
            title: 次の行
            slug:
              next-line-slug
            ---
            本文。
            -- content/notes/2020-07-03-c.md --
            ---
            title: 長い要約
            summary: |
            \(longSummary)
            slug: after-long-summary
            ---
            本文。
            """)
        let content = f.root + "/content"
        let r = f.build()
        #expect(r.succeeded, "\(f.diagnostics(r))")
        for slug in ["quoted-slug", "next-line-slug", "after-long-summary"] {
            #expect(f.exists("notes/\(slug)/index.html"), "the build reads the slug '\(slug)'")
            #expect {
                try Scaffold.newNote(title: "x", slug: slug, contentDirectory: content, date: Self.april1)
            } throws: { error in
                (error as? ScaffoldError)?.message == "another note already uses the slug '\(slug)'"
            }
        }
        let made = try Scaffold.newNote(title: "Quoted Slug", contentDirectory: content, date: Self.april1)
        #expect(made.slug == "quoted-slug-2")
        // The file names' slugs are overridden, so they are free.
        let a = try Scaffold.newNote(title: "x", slug: "a", contentDirectory: content, date: Self.april1)
        #expect(a.slug == "a")
        #expect(f.build(drafts: true).succeeded)
    }

    @Test func titlesWithYAMLCharactersStayExact() throws {
        let f = Fixture("")
        let title = "「DX」: 第1期 # 振り返り \"総括\" \\ [完了]"
        let made = try Scaffold.newNote(
            title: title, slug: "review", contentDirectory: f.root + "/content", date: Self.april1)
        let r = f.build(drafts: true)
        #expect(r.succeeded, "\(f.diagnostics(r))")
        #expect(made.slug == "review")
        #expect(f.file("notes/review/index.html")?.contains(Escape.html(title)) == true)
    }

    @Test func todayIsTakenInTheSitesTimeZone() throws {
        // 2021-03-31 16:30 UTC is already 1 April in Japan.
        let now = Date(timeIntervalSince1970: 1_617_208_200)
        #expect(SiteTimeZone.standard.date(at: 1_617_208_200) == Self.april1)
        #expect(SiteTimeZone(named: "UTC")?.date(at: 1_617_208_200) == LocalDate(year: 2021, month: 3, day: 31))
        let tokyo = Fixture("")
        #expect(
            try Scaffold.newNote(title: "a", contentDirectory: tokyo.root + "/content", now: now).path.hasSuffix(
                "/2021-04-01-a.md"))
        let utc = Fixture(Fixture.siteYAML + "time_zone: UTC  # the server's zone\n", withSite: false)
        #expect(
            try Scaffold.newNote(title: "a", contentDirectory: utc.root + "/content", now: now).path.hasSuffix(
                "/2021-03-31-a.md"))
        // The zone is read by the YAML loader, not by looking for a line: quoted, after a comment, in flow style.
        let quoted = Fixture(Fixture.siteYAML + "# time_zone: UTC\ntime_zone: \"Etc/UTC\"\n", withSite: false)
        #expect(
            try Scaffold.newNote(title: "a", contentDirectory: quoted.root + "/content", now: now).path.hasSuffix(
                "/2021-03-31-a.md"))
    }

    @Test func unknownTimeZoneStopsNewNote() throws {
        let f = Fixture(Fixture.siteYAML + "time_zone: Asia/Tokio\n", withSite: false)
        #expect {
            try Scaffold.newNote(title: "a", contentDirectory: f.root + "/content")
        } throws: { error in
            (error as? ScaffoldError)?.message
                == "\(f.root)/content/site.yaml:15:12: 'time_zone' must be one of Asia/Tokyo, Japan, JST, UTC, Etc/UTC, GMT, but found 'Asia/Tokio'; did you mean 'Asia/Tokyo'?"
        }
    }

    @Test func newNoteOnTheCommandLine() throws {
        let f = Fixture("")
        let r = try runMieruka(
            ["new", "note", "窓口のオンライン化", "--slug", "online-counter", "--date", "2021-04-01"], cwd: f.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "content/notes/2021-04-01-online-counter.md\n")
        // A site made before the schemas existed is told how to get them.
        #expect(
            r.stderr
                == "note: the file's first line names the schema schemas/note.schema.json, which this site does not have yet; run 'mieruka schema' in the site's folder so the editor can check the file\n"
        )
        let again = try runMieruka(
            ["new", "note", "窓口のオンライン化", "--slug", "online-counter", "--date", "2021-04-02"], cwd: f.root)
        #expect(again.status == 1)
        #expect(
            again.stderr.hasPrefix(
                "error: another note already uses the slug 'online-counter'\n  hint: choose another --slug\n"))
        let fallback = try runMieruka(["new", "note", "お知らせ", "--date", "2021-04-01"], cwd: f.root)
        #expect(fallback.stdout == "content/notes/2021-04-01-note-20210401.md\n")
        #expect(fallback.stderr.contains("--slug"))
        let nowhere = try runMieruka(["new", "note", "x"], cwd: NSTemporaryDirectory())
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("there is no site here"))
        let badDate = try runMieruka(["new", "note", "x", "--date", "2021-02-29"], cwd: f.root)
        #expect(badDate.status != 0)
        #expect(try runMieruka(["schema"], cwd: f.root).status == 0)
        let withSchemas = try runMieruka(
            ["new", "note", "窓口", "--slug", "counter", "--date", "2021-04-01"], cwd: f.root)
        #expect(withSchemas.status == 0 && withSchemas.stderr.isEmpty, "\(withSchemas.stderr)")
        #expect(
            try runMieruka(["build", "--drafts", "--theme", repoRoot + "/themes/default"], cwd: f.root).status == 0)
    }

    @Test func initMakesASiteThatBuildsAsItIs() throws {
        let f = Fixture("")
        let dir = f.root + "/new-site"
        let r = try runMieruka(["init", dir], cwd: f.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("created a new site in \(dir)"))
        let fm = FileManager.default
        #expect(fm.fileExists(atPath: dir + "/content/site.yaml"))
        #expect(fm.fileExists(atPath: dir + "/themes/default/templates/layout.mustache"))
        #expect(fm.fileExists(atPath: dir + "/themes/default/assets/style.css"))
        let notes = try fm.contentsOfDirectory(atPath: dir + "/content/notes")
        #expect(notes.count == 1 && notes[0].hasSuffix("-welcome.md"))
        // The editor's help: the schemas, and VS Code's settings that map the content folders to them.
        #expect(fm.fileExists(atPath: dir + "/schemas/dataset.schema.json"))
        #expect(
            fm.fileExists(atPath: dir + "/.vscode/settings.json")
                && fm.fileExists(atPath: dir + "/.vscode/extensions.json"))

        // Built with its own copy of the theme, from inside the new folder, as a town would.
        let build = try runMieruka(["build"], cwd: dir)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("warning"), "\(build.stderr)")
        #expect(build.stderr.contains("(1 notes, 1 datasets, "))
        for path in [
            "index.html", "notes/welcome/index.html", "initiatives/online-procedures/index.html",
            "data/online-procedures/index.html", "data/online-procedures.csv", "charts/online-procedures-trend.svg",
            "404.html",
        ] {
            #expect(fm.fileExists(atPath: dir + "/output/" + path), "\(path)")
        }
        let note = try String(contentsOfFile: dir + "/output/notes/welcome/index.html", encoding: .utf8)
        #expect(note.contains("<svg"), "the note shows the dataset's chart")
        let check = try runMieruka(["check", "--quiet"], cwd: dir)
        #expect(check.status == 0 && check.stderr.isEmpty)
    }

    @Test func schemaWritesEverySchemaAndTheEditorSettingsOnce() throws {
        let f = Fixture("")
        let r = try runMieruka(["schema"], cwd: f.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == ContentSchema.all.map { "schemas/\($0.fileName)\n" }.joined())
        for schema in ContentSchema.all {
            #expect(
                FileManager.default.contents(atPath: f.root + "/schemas/" + schema.fileName) == Data(schema.fileBytes),
                "\(schema.id)")
        }
        // Again, into another folder, with VS Code's settings pointing there.
        let vscode = try runMieruka(["schema", "editor/schemas", "--vscode"], cwd: f.root)
        #expect(vscode.status == 0, "\(vscode.stderr)")
        #expect(
            vscode.stdout.hasSuffix(
                "editor/schemas/chart-block.schema.json\n.vscode/settings.json\n.vscode/extensions.json\n"))
        let settings = try String(contentsOfFile: f.root + "/.vscode/settings.json", encoding: .utf8)
        #expect(
            settings.contains(
                "\"./editor/schemas/dataset.schema.json\": [\n      \"/content/datasets/*.yaml\",\n      \"/content/datasets/*.yml\"\n    ]"
            ))
        #expect(
            FileManager.default.contents(atPath: f.root + "/.vscode/extensions.json")
                == Data("{\n  \"recommendations\": [\n    \"redhat.vscode-yaml\"\n  ]\n}\n".utf8))
        // The settings are the team's once written: never replaced.
        let again = try runMieruka(["schema", "--vscode"], cwd: f.root)
        #expect(again.status == 1)
        #expect(
            again.stderr.hasPrefix(
                "error: '.vscode/settings.json' already exists; mieruka never replaces a file\n  hint: add this to it by hand:\n{\n  \"yaml.schemas\": {"
            ))
        let file = try runMieruka(["schema", "content/site.yaml"], cwd: f.root)
        #expect(file.status == 1 && file.stderr.hasPrefix("error: 'content/site.yaml' is a file, not a folder"))
    }

    @Test func initNeverWritesIntoAFolderInUse() throws {
        let f = Fixture("")
        let site = FileManager.default.contents(atPath: f.root + "/content/site.yaml")
        let r = try runMieruka(["init", f.root], cwd: f.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("is not empty; mieruka init only makes new sites"))
        #expect(FileManager.default.contents(atPath: f.root + "/content/site.yaml") == site)
        #expect(!FileManager.default.fileExists(atPath: f.root + "/themes"))
        let bad = try runMieruka(["init", f.root + "/other", "--theme", f.root + "/content"], cwd: f.root)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("is not a mieruka theme"))
    }
}

/// `mieruka new dataset <id> --from file.csv`: a dataset from what Excel exported.
@Suite struct NewDatasetTests {
    @Test func aShiftJISSheetBecomesADatasetThatBuilds() throws {
        let f = Fixture("")
        let sheet = "年,人口,区分,調査日\r\n2015,3600,実績,2015/10/1\r\n2020,3400,実績,2020/10/1\r\n2030,,推計,2030/10/1\r\n"
        let csv = f.root + "/export.csv"
        _ = FileManager.default.createFile(atPath: csv, contents: sheet.data(using: .shiftJIS))
        let path = try Scaffold.newDataset(id: "population", from: csv, contentDirectory: f.root + "/content")
        #expect(path == f.root + "/content/datasets/population.yaml")
        let yaml = try #require(FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) })
        #expect(
            yaml.hasPrefix(
                "# yaml-language-server: $schema=../../schemas/dataset.schema.json\n# A dataset made by mieruka new dataset"
            ))
        #expect(yaml.contains("  - name: column_1\n    title: \"年\"\n    type: year\n"))
        #expect(yaml.contains("  - name: column_2\n    title: \"人口\"\n    type: integer\n    # unit: 人"))
        #expect(yaml.contains("    optional: true\n  - name: column_3\n    title: \"区分\"\n    type: string\n"))
        #expect(yaml.contains("    title: \"調査日\"\n    type: date\n"))
        #expect(
            yaml.hasSuffix(
                "charts:\n  - id: trend\n    type: line\n    title: \"人口\"\n    x: column_1\n    y: column_2\n"))
        // The copy is UTF-8 with the sheet's headings, which the build matches to the titles.
        let copy = try #require(FileManager.default.contents(atPath: f.root + "/content/datasets/population.csv"))
        #expect(String(decoding: copy, as: UTF8.self).hasPrefix("年,人口,区分,調査日\n2015,3600,実績,2015/10/1\n"))
        let report = f.build()
        #expect(report.wrote, "\(f.diagnostics(report))")
        #expect(f.exists("charts/population-trend.svg"))
        // Never over an existing file; ids are checked.
        #expect(throws: ScaffoldError.self) {
            try Scaffold.newDataset(id: "population", from: csv, contentDirectory: f.root + "/content")
        }
        #expect(throws: ScaffoldError.self) {
            try Scaffold.newDataset(id: "人口", from: csv, contentDirectory: f.root + "/content")
        }
    }

    @Test func typesAreGuessedFromEveryValue() {
        #expect(Scaffold.guessType(["2019", "2020"]) == .year)
        #expect(Scaffold.guessType(["12", "3400"]) == .integer)
        #expect(Scaffold.guessType(["1.5", "2"]) == .number)
        #expect(Scaffold.guessType(["2020-07-01", "2020/7/2"]) == .date)
        #expect(Scaffold.guessType(["12", "十二"]) == .string)
        #expect(Scaffold.guessType(["0x10"]) == .string)
        #expect(Scaffold.guessType([]) == .string)
    }
}
