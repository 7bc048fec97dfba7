import Testing
@testable import MierukaCore

@Suite struct FuriganaTests {
    @Test func parsesRubiesAndLeavesOtherBracesAsText() {
        let (segments, problems) = Furigana.parse("町の{戦略|せんりゃく}と{例}、{a, b}、}")
        #expect(segments == [.text("町の"), .ruby(base: "戦略", reading: "せんりゃく"), .text("と{例}、{a, b}、}")])
        #expect(problems.isEmpty)
    }

    @Test func htmlEscapesAndWritesRuby() {
        #expect(Furigana.html("{漢字|かんじ}<b>") == "<ruby>漢字<rp>（</rp><rt>かんじ</rt><rp>）</rp></ruby>&lt;b&gt;")
        #expect(Furigana.html("a & b") == "a &amp; b")
        #expect(Furigana.html("{<i>|x&y}") == "<ruby>&lt;i&gt;<rp>（</rp><rt>x&amp;y</rt><rp>）</rp></ruby>")
    }

    @Test func plainKeepsTheBaseOnly() {
        #expect(Furigana.plain("{磐梯町|ばんだいまち}の{DX|ディーエックス}") == "磐梯町のDX")
        #expect(Furigana.plain("no braces") == "no braces")
    }

    @Test func backslashEscapesABrace() {
        #expect(Furigana.parse("\\{漢字|かんじ}").segments == [.text("{漢字|かんじ}")])
        #expect(Furigana.parse("\\{漢字|かんじ}").problems.isEmpty)
        #expect(Furigana.plain("a\\b") == "a\\b")
    }

    @Test func attemptsThatAreNotRubiesAreProblems() {
        func kinds(_ s: String) -> [Furigana.Problem.Kind] { Furigana.parse(s).problems.map(\.kind) }
        #expect(kinds("{漢字|}") == [.emptyReading])
        #expect(kinds("{|かんじ}") == [.emptyBase])
        #expect(kinds("{漢字|かんじ") == [.unclosed])
        #expect(kinds("{漢字|かんじ\n}") == [.unclosed])
        #expect(kinds("{漢字|かんじ\r\n}") == [.unclosed])
        #expect(kinds("{漢|か|ん}") == [.extraBar])
        #expect(kinds("{漢字かんじ}") == [.missingBar])
        #expect(Furigana.parse("{漢字かんじ}").problems.first?.isWarning == true)
        #expect(kinds("{例}") == [])
        #expect(kinds("{かんじ}") == [])
        #expect(kinds("{漢字 かんじ}") == [])
        #expect(kinds("{a {漢字|かんじ}") == [])
        // A failed attempt stays in the text as written.
        #expect(Furigana.plain("{漢字|}です") == "{漢字|}です")
    }

    @Test func problemsHaveLinesAndColumnsInCodePoints() {
        let found = Furigana.problems(in: "一行目\n二行目の{漢字|}")
        #expect(found.count == 1)
        #expect(found.first?.line == 1)
        #expect(found.first?.column == 4)
        #expect(found.first?.problem.written == "{漢字|}")
    }
}
