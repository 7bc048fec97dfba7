import Foundation
import Testing
import MierukaTestSupport

/// Furigana in a whole site: `<ruby>` in the page's heading and body, the base
/// text only wherever the text is plain (`<title>`, meta description, feed,
/// search, published data).
@Suite struct FuriganaSiteTests {
    static let site = """
        -- content/notes/2020-07-01-office.md --
        ---
        title: "{戦略室|せんりゃくしつ}を開設しました"
        summary: "{磐梯町|ばんだいまち}の要約"
        ---
        ## {組織|そしき}の話

        {町|まち}の{仕事|しごと}を見せます。
        -- content/pages/about.md --
        ---
        title: この{町|まち}について
        ---
        本文です。
        -- content/timeline.yaml --
        milestones:
          - date: 2020-07-01
            title: "{戦略室|せんりゃくしつ}の開設"
        """

    @Test func rubyInPagesBaseTextElsewhere() throws {
        let f = Fixture(Self.site)
        let report = f.build()
        #expect(report.succeeded, "\(f.diagnostics(report))")
        let note = try #require(f.file("notes/office/index.html"))
        #expect(note.contains("<h1><ruby>戦略室<rp>（</rp><rt>せんりゃくしつ</rt><rp>）</rp></ruby>を開設しました</h1>"))
        #expect(note.contains("<ruby>町<rp>（</rp><rt>まち</rt><rp>）</rp></ruby>の<ruby>仕事"))
        #expect(note.contains("id=\"組織の話\""))
        #expect(note.contains("<title>戦略室を開設しました"))
        #expect(note.contains("content=\"磐梯町の要約\""))
        let page = try #require(f.file("about/index.html"))
        #expect(page.contains("<h1>この<ruby>町<rp>（</rp><rt>まち</rt><rp>）</rp></ruby>について</h1>"))
        // No brace or '|' of the notation reaches any file other than as ruby.
        for path in f.outputFiles() where !path.hasSuffix(".png") {
            let text = f.file(path) ?? ""
            #expect(!text.contains("{戦略室|"), "\(path)")
            #expect(!text.contains("{町|"), "\(path)")
            #expect(!text.contains("{磐梯町|"), "\(path)")
        }
    }
}
