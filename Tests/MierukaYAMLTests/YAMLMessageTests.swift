import Testing
import MierukaCore
@testable import MierukaYAML

/// Messages that tell the writer what to change: positions on the line that
/// needs it, and hints drawn from what was written.
@Suite struct YAMLMessageTests {
    @Test func requiredKeyWithoutValuePointsAtTheKey() {
        let out = problems("summary: x\ntitle:\n") { m in
            _ = m.string("title", required: true); _ = m.string("summary")
        }
        #expect(
            out == """
                content/x.yaml:2:1: error: 'title' has no value, but the initiative needs one
                   2 | title:
                     | ^
                  hint: write the value after 'title: '

                """)
    }

    @Test func overIndentedKeyIsNamedAsIndentation() {
        #expect(
            problems("title: 町長が初当選\n   category: 体制\n").hasPrefix(
                """
                content/x.yaml:2:4: error: this line is indented further than the line above, so YAML reads it as part of the value above
                """))
    }

    @Test func tabInsidePlainValue() {
        #expect(
            problems("dataset: population\n\tchart: trend\n").hasPrefix(
                "content/x.yaml:2:1: error: a tab character is used here, but YAML allows only spaces for indentation\n"
            ))
    }

    @Test func aliasIsNamed() {
        #expect(problems("a: x\nb: *x\n").hasPrefix("content/x.yaml:2:4: error: '*x' is an alias;"))
    }

    @Test func missingColon() {
        #expect(
            problems("title: a\nstatus done\nprogress: 1\n").hasPrefix(
                "content/x.yaml:2:1: error: this line has no ':' between its key and its value\n"))
    }

    @Test func synonymHintBeatsAFarSpelling() {
        let out = problems("status: 完了\n") { m in
            _ = m.choice("status", as: YAMLMappingTests.Status.self, synonyms: ["完了": "done"])
        }
        #expect(out.contains("but found '完了'\n"))
        #expect(out.contains("  hint: instead of '完了', write 'status: done'\n"))
    }

    @Test func percentAndCommaHints() {
        let out = problems("progress: 50%\ncount: 3,400\n") { m in
            _ = m.int("progress"); _ = m.int("count")
        }
        #expect(out.contains("  hint: write just the number, without '%': progress: 50\n"))
        #expect(out.contains("  hint: write just the number, without commas: count: 3400\n"))
    }

    @Test func dateHints() {
        let out = problems("a: 2021-02-29\nb: 2020年7月1日\nc: 2019-13\nd: 2020/7/1\n") { m in
            _ = m.date("a"); _ = m.date("b"); _ = m.partialDate("c"); _ = m.date("d")
        }
        #expect(out.contains("  hint: February 2021 has only 28 days\n"))
        #expect(out.contains("  hint: write it as 2020-07-01\n"))
        #expect(out.contains("  hint: months go from 01 to 12\n"))
    }

    @Test func nestedGroupWrittenAsText() {
        let out = problems("municipality: 磐梯町\n") { m in _ = m.mapping("municipality") }
        #expect(out.contains("error: 'municipality' should be a group of 'key: value' lines, but found text\n"))
        #expect(out.contains("hint: write its keys on the lines below 'municipality:', each indented by two spaces\n"))
    }
}

@Suite struct DateHintTests {
    @Test func whyNot() {
        #expect(DateHint.whyNot("2021-02-29") == "February 2021 has only 28 days")
        #expect(DateHint.whyNot("2020-02-29") == nil)
        #expect(DateHint.whyNot("2020-04-31") == "April 2020 has only 30 days")
        #expect(DateHint.whyNot("2020-00-10") == "months go from 01 to 12")
        #expect(DateHint.whyNot("2020-01-00") == "days start at 01")
        #expect(DateHint.whyNot("令和2年") == nil)
    }

    @Test func rewritten() {
        #expect(DateHint.rewritten("2020/7/1") == "2020-07-01")
        #expect(DateHint.rewritten("2020.07.01") == "2020-07-01")
        #expect(DateHint.rewritten("２０２０年７月１日") == "2020-07-01")
        #expect(DateHint.rewritten("2019年6月") == nil)
        #expect(DateHint.rewritten("2019年6月", allowMonth: true) == "2019-06")
        #expect(DateHint.rewritten("2021/2/30") == nil)
        #expect(DateHint.rewritten("令和2年7月1日") == nil)
    }
}

@Suite struct YAMLSyntaxMessageTests {
    @Test func listOpenedAtTheEnd() {
        #expect(
            problems("title: x\ntags: [\n").hasPrefix(
                "content/x.yaml:2:7: error: a list that starts with '[' is not closed with ']'\n"))
    }

    @Test func textAfterClosingQuote() {
        #expect(
            problems("title: \"印鑑\" の全廃\n").hasPrefix(
                "content/x.yaml:1:13: error: there is more text after the closing '\"' of a quoted value\n"))
    }

    /// `{n}件` and `[重要]お知らせ` start a group or a list that ends before the text does.
    @Test func textAfterClosingBracket() {
        #expect(
            problems("notes_page: {n}ページ目\n") == """
                content/x.yaml:1:16: error: there is more text after the closing '}' of a group
                   1 | notes_page: {n}ページ目
                     |                ^
                  hint: if the text itself starts with '{', put the whole text in quotes

                """)
        #expect(
            problems("title: [重要]お知らせ\n").hasPrefix(
                "content/x.yaml:1:12: error: there is more text after the closing ']' of a list\n"))
    }

    @Test func valueStartingWithAt() {
        #expect(
            problems("email: @town\n").hasPrefix(
                "content/x.yaml:1:8: error: a value cannot start with '@' unless it is in quotes\n"))
    }

    @Test func unknownBackslashEscape() {
        let out = problems("owner: \"総務課\\共有\"\n")
        #expect(
            out.hasPrefix(
                "content/x.yaml:1:12: error: a backslash '\\' inside double quotes starts a special character"))
        #expect(out.contains("hint: write '\\\\' for a backslash, or put the text in single quotes instead\n"))
    }

    @Test func blockKeyStaysOnOneLine() {
        let out = problems("title: x\n? |\n  a\n  b\n: v\n") { m in _ = m.string("title") }
        #expect(out.contains("error: unknown key 'a\\nb\\n'\n"))
    }
}
