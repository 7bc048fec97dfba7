import Testing
import MierukaCore
@testable import MierukaYAML

/// Parses `text` and renders every diagnostic the way the command line does.
func problems(
    _ text: String, file: String = "content/x.yaml", lineOffset: Int = 0,
    read: (YAMLMapping) -> Void = { _ in }
) -> String {
    let log = DiagnosticLog()
    do {
        let node = try YAMLParser.parse(text, file: file, lineOffset: lineOffset)
        if let m = YAMLMapping(node, what: "the initiative", log: log) {
            read(m)
            m.finish()
        }
    } catch {
        log.append(contentsOf: error.diagnostics)
    }
    let lines = String(repeating: "\n", count: lineOffset) + text
    var r = DiagnosticRenderer(readFile: { _ in lines })
    return r.render(log.diagnostics.sorted)
}

@Suite struct YAMLParserTests {
    @Test func positionsCountCharactersNotBytes() throws {
        let node = try YAMLParser.parse("title: 磐梯町のDX\nowner: 総務課\n", file: "f.yaml")
        guard case .mapping(let pairs) = node.kind else { Issue.record("not a mapping"); return }
        #expect(pairs[0].value.location == SourceLocation(file: "f.yaml", line: 1, column: 8))
        #expect(pairs[1].keyLocation == SourceLocation(file: "f.yaml", line: 2, column: 1))
        #expect(pairs[1].value.scalar == "総務課")
    }

    @Test func lineOffsetForFrontMatter() throws {
        let node = try YAMLParser.parse("title: x\n", file: "n.md", lineOffset: 1)
        #expect(node.location.line == 2)
    }

    @Test func tabIndentation() {
        #expect(
            problems("title: x\nkpis:\n\t- a\n") == """
                content/x.yaml:3:1: error: a tab character is used here, but YAML allows only spaces for indentation
                   3 | \t- a
                     | ^
                  hint: replace the tab with spaces

                """)
    }

    @Test func unclosedQuote() {
        #expect(
            problems("title: \"磐梯町\nstatus: done\n") == """
                content/x.yaml:1:8: error: this quoted text is never closed
                   1 | title: "磐梯町
                     |        ^
                  hint: add the closing quote mark at the end of the text

                """)
    }

    @Test func duplicateKey() {
        #expect(
            problems("title: a\nsummary: b\ntitle: c\n") == """
                content/x.yaml:3:1: error: the key 'title' is written twice in the same group (first on line 1)
                   3 | title: c
                     | ^
                  hint: keep one of them

                """)
    }

    @Test func aliasesAreRefused() {
        let bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
        #expect(
            problems(bomb).hasPrefix(
                "content/x.yaml:1:4: error: '&a' is an anchor; anchors and aliases ('&name', '*name') are not supported in mieruka content\n"
            ))
    }

    @Test func deepNestingIsBounded() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(problems(deep).hasPrefix("content/x.yaml:1:101: error: the YAML is nested more than 100 levels deep\n"))
    }

    @Test func secondDocument() {
        #expect(
            problems("title: a\n---\ntitle: b\n").hasPrefix(
                "content/x.yaml:2:1: error: this file holds more than one YAML document"))
    }

    @Test func colonInsideValue() {
        #expect(
            problems("title: a\nsummary: 目標: 全廃\n").hasPrefix(
                "content/x.yaml:2:12: error: a ':' followed by a space appears inside a value"))
    }
}

@Suite struct YAMLMappingTests {
    @Test func unknownKeyWithSuggestion() {
        let out = problems("title: 印鑑\nstauts: done\n") { m in
            _ = m.string("title", required: true)
            _ = m.string("status")
        }
        #expect(
            out == """
                content/x.yaml:2:1: error: unknown key 'stauts'; did you mean 'status'?
                   2 | stauts: done
                     | ^

                """)
    }

    @Test func unknownKeyWithoutSuggestionListsKeys() {
        let out = problems("zzz: 1\n") { m in
            _ = m.string("title"); _ = m.string("status")
        }
        #expect(out.contains("error: unknown key 'zzz'\n"))
        #expect(out.contains("hint: the keys the initiative can have are: title, status\n"))
    }

    @Test func missingRequiredKey() {
        let out = problems("summary: x\n") { m in
            _ = m.string("title", required: true); _ = m.string("summary")
        }
        #expect(
            out == """
                content/x.yaml:1:1: error: the initiative is missing the required key 'title'
                   1 | summary: x
                     | ^

                """)
    }

    @Test func wrongTypes() {
        let out = problems("progress: 七十\ndone: maybe\ntags: {a: 1}\n") { m in
            _ = m.int("progress", in: 0...100)
            _ = m.bool("done")
            _ = m.strings("tags")
        }
        #expect(
            out == """
                content/x.yaml:1:11: error: 'progress' should be a whole number, but found "七十"
                   1 | progress: 七十
                     |           ^
                content/x.yaml:2:7: error: 'done' should be true or false, but found "maybe"
                   2 | done: maybe
                     |       ^
                content/x.yaml:3:7: error: 'tags' should be a list of texts, but found a group of keys
                   3 | tags: {a: 1}
                     |       ^

                """)
    }

    @Test func outOfRange() {
        let out = problems("progress: 120\n") { m in _ = m.int("progress", in: 0...100) }
        #expect(out.hasPrefix("content/x.yaml:1:11: error: 'progress' must be between 0 and 100, but it is 120\n"))
    }

    enum Status: String, CaseIterable { case planned, inProgress = "in-progress", done, paused }

    @Test func badEnumValue() {
        let out = problems("status: doen\n") { m in _ = m.choice("status", as: Status.self) }
        #expect(
            out.hasPrefix(
                "content/x.yaml:1:9: error: 'status' must be one of planned, in-progress, done, paused, but found 'doen'; did you mean 'done'?\n"
            ))
    }

    @Test func badDates() {
        let out = problems("start: 2021-02-29\nend: 2021/03/31\nwhen: 2019-13\n") { m in
            _ = m.date("start"); _ = m.date("end"); _ = m.partialDate("when")
        }
        #expect(out.contains("content/x.yaml:1:8: error: 'start' is 2021-02-29, a date that does not exist\n"))
        #expect(
            out.contains(
                "content/x.yaml:2:6: error: 'end' should be a date written as YYYY-MM-DD (e.g. 2020-07-01), but found \"2021/03/31\"\n"
            ))
        #expect(out.contains("content/x.yaml:3:7: error: 'when' is 2019-13, a date that does not exist\n"))
    }

    @Test func singleStringIsAListOfOne() {
        var tags: [String] = []
        _ = problems("tags: 印鑑\n") { m in tags = m.strings("tags").map(\.value) }
        #expect(tags == ["印鑑"])
    }

    @Test func quotedNullIsText() throws {
        let node = try YAMLParser.parse("a: \"null\"\nb: null\nc:\n", file: "f")
        guard case .mapping(let p) = node.kind else {
            Issue.record("expected a mapping, got \(node.kindDescription)")
            return
        }
        #expect(p.count == 3)
        #expect(p[0].value.scalar == "null")
        #expect(!p[0].value.isNull)
        #expect(p[1].value.isNull)
        #expect(p[2].value.isNull)
    }
}
