import Testing
@testable import MierukaMarkdown

@Suite struct MarkdownTests {
    func html(_ md: String, allowRaw: Bool = false) -> String {
        MarkdownDocument(md).html(
            MarkdownRenderOptions(allowRawHTML: allowRaw, resolveURL: { $0.hasPrefix("/") ? "/dx" + $0 : $0 })
        ).html
    }

    @Test func rendersCommonMarkWithHeadingIds() {
        #expect(
            html("# 磐梯町のDX\n\n本文です。\n\n## 理由\n\n- 一\n- 二\n") == """
                <h2 id="磐梯町のdx">磐梯町のDX</h2>
                <p>本文です。</p>
                <h2 id="理由">理由</h2>
                <ul>
                <li>一</li>
                <li>二</li>
                </ul>

                """)
    }

    @Test func duplicateHeadingsGetDistinctIds() {
        let r = MarkdownDocument("## 概要\n\n## 概要\n").html()
        #expect(r.headings.map(\.id) == ["概要", "概要-1"])
    }

    @Test func dropsRawHTMLAndUnsafeURLs() {
        let out = html(
            "<script>alert(1)</script>\n\n本文 <b>太字</b> [x](javascript:alert(1)) [y](data:text/html,hi) ![画像](JaVaScript:x) [ok](https://example.org/)\n"
        )
        #expect(out == "<p>本文 太字 x y 画像 <a href=\"https://example.org/\">ok</a></p>\n")
    }

    @Test func rawHTMLWhenTheSiteOptsIn() {
        #expect(html("<div>ok</div>\n", allowRaw: true) == "<div>ok</div>\n")
    }

    @Test func rewritesSiteLinksAndEscapes() {
        #expect(
            html("[戦略](/strategy/ \"t\\\"q\") and `<x>`\n")
                == "<p><a href=\"/dx/strategy/\" title=\"t&quot;q\">戦略</a> and <code>&lt;x&gt;</code></p>\n")
    }

    @Test func chartBlocksAreFoundAndReplaced() {
        let md = "前文\n\n```chart\ndataset: population\nchart: trend\n```\n"
        let doc = MarkdownDocument(md)
        #expect(doc.chartBlocks.count == 1)
        #expect(doc.chartBlocks[0].source == "dataset: population\nchart: trend\n")
        #expect(doc.chartBlocks[0].line == 3)
        let out = doc.html(
            MarkdownRenderOptions(renderChart: { src, line in "<figure data-line=\"\(line)\"></figure>\n" })
        ).html
        #expect(out == "<p>前文</p>\n<figure data-line=\"3\"></figure>\n")
    }

    @Test func summaryFromFirstParagraph() {
        #expect(MarkdownDocument("## 見出し\n\n最初の**段落**です。\n\n次。").firstParagraphText == "最初の段落です。")
    }

    @Test func englishPassagesAreMarked() {
        #expect(
            html("This paragraph is written in English.\n")
                == "<p lang=\"en\">This paragraph is written in English.</p>\n")
        #expect(html("これは日本語 with some English words.\n") == "<p>これは日本語 with some English words.</p>\n")
        // An English sentence may name a Japanese word and stay English.
        #expect(
            html("Numbers marked 例示 are illustrative only.\n")
                == "<p lang=\"en\">Numbers marked 例示 are illustrative only.</p>\n")
        #expect(html("Bandai DX\n") == "<p>Bandai DX</p>\n", "too short to tell")
    }

    @Test func languageGuessCountsLettersNotBytes() {
        // 80 % of the letters Latin: English, whatever the bytes.
        #expect(LanguageGuess.isEnglish("Five words of English text 磐梯"))
        #expect(LanguageGuess.isEnglish("Five words of 磐梯町 text"), "3 kanji in 18 letters: 83 % Latin")
        #expect(!LanguageGuess.isEnglish("Five words of 磐梯町役場と会津 text"), "8 kanji and kana in 23 letters: 65 % Latin")
        // Starting in Japanese does not decide too early: the English that follows still counts.
        #expect(LanguageGuess.isEnglish("例示：" + String(repeating: " word", count: 20)))
        #expect(!LanguageGuess.isEnglish("磐梯町は会津の町です。磐梯山の麓にあります。" + " three more words"))
        #expect(
            LanguageGuess.isEnglish("Émilie and Zoë visited Bandai town hall today"),
            "Latin letters with accents count as other letters, but few")
        // Punctuation and digits are not letters.
        #expect(LanguageGuess.isEnglish("「Open data」 is published in 2021, as CSV files."))
    }

    @Test func deepNestingIsFlattenedNotCrashing() {
        let deep = String(repeating: ">", count: 5000) + " 深い\n"
        let out = html(deep)
        #expect(out.contains("深い"))
        #expect(out.components(separatedBy: "<blockquote>").count - 1 <= CommonMark.maxDepth)
    }
}

@Suite struct MarkdownFuriganaTests {
    func html(_ md: String) -> String { MarkdownDocument(md).html().html }

    @Test func textBecomesRubyButCodeAndLinkTargetsDoNot() {
        #expect(
            html("町の{DX|ディーエックス}と`{a|b}`と[{町|まち}](https://example.jp/{a|b})")
                == "<p>町の<ruby>DX<rp>（</rp><rt>ディーエックス</rt><rp>）</rp></ruby>と<code>{a|b}</code>と<a href=\"https://example.jp/{a|b}\"><ruby>町<rp>（</rp><rt>まち</rt><rp>）</rp></ruby></a></p>\n"
        )
        #expect(html("```\n{a|b}\n```\n") == "<pre><code>{a|b}\n</code></pre>\n")
    }

    @Test func rubyAcrossCmarkTextSplits() {
        // cmark splits text at '&' and '!': the notation is still read whole.
        #expect(html("{A&amp;B|え!び}") == "<p><ruby>A&amp;B<rp>（</rp><rt>え!び</rt><rp>）</rp></ruby></p>\n")
    }

    @Test func backslashBraceStaysText() {
        // Markdown takes one backslash: `\\{` in the file is `\{` for the parser.
        #expect(html("\\\\{漢字|かんじ}") == "<p>{漢字|かんじ}</p>\n")
        #expect(html("\\{漢字|かんじ}").contains("<ruby>"))
    }

    @Test func headingIdsSummariesAndAltUseTheBaseText() {
        let doc = MarkdownDocument("# {戦略|せんりゃく}の話\n\n{磐梯町|ばんだいまち}の本文。\n\n![{図|ず}](a.png)\n")
        let r = doc.html()
        #expect(r.headings.first?.id == "戦略の話")
        #expect(r.headings.first?.text == "戦略の話")
        #expect(doc.firstParagraphText == "磐梯町の本文。")
        #expect(r.html.contains("alt=\"図\""))
    }

    @Test func problemsAreFoundInTextOnlyWithSourcePositions() {
        let doc = MarkdownDocument("一行目\n\n`{a|}` と {漢字|}\n\n```\n{b|}\n```\n")
        #expect(doc.furiganaProblems.count == 1)
        #expect(doc.furiganaProblems.first?.line == 3)
        #expect(doc.furiganaProblems.first?.column == 10)
    }
}
