import Testing
import MierukaCore
@testable import MierukaContent

/// The scan of SVG and HTML files in `static/` for what can run.
@Suite struct ActiveContentTests {
    func kinds(_ text: String) -> [ActiveContent.Kind] {
        ActiveContent.scan(Array(text.utf8)[...]).map(\.kind)
    }

    @Test func scriptsEventsAndLinksAreFound() {
        #expect(kinds("<svg><script>x</script></svg>") == [.script("script")])
        #expect(kinds("<SVG:SCRIPT xlink:href='a.js'/>") == [.script("SVG:SCRIPT")])
        #expect(kinds("<svg/onload=alert(1)>") == [.event("onload")])
        #expect(kinds("<img src=x\nonerror\t=\n'a'>") == [.event("onerror")])
        #expect(kinds("<a href = javascript:alert(1)>x</a>") == [.scriptLink(scheme: "javascript", attribute: "href")])
        #expect(
            kinds("<a href=\"&#0000106;ava&Tab;script&colon;x\">") == [
                .scriptLink(scheme: "javascript", attribute: "href")
            ])
        #expect(kinds("<a href='&#x6A&#x61vascript:x'>") == [.scriptLink(scheme: "javascript", attribute: "href")])
        #expect(
            kinds("<a href=\"\u{1}\u{20}vbscript:msgbox\">") == [.scriptLink(scheme: "vbscript", attribute: "href")])
        #expect(
            kinds("<set attributeName='href' to='javascript:x'/>") == [
                .scriptLink(scheme: "javascript", attribute: "to")
            ])
        #expect(
            kinds("<p><iframe src='https://example.org/'></iframe><embed src=a.swf><object data=b></object></p>")
                == [.frame("iframe"), .frame("embed"), .frame("object")])
    }

    @Test func textThatOnlyLooksActiveIsLeftAlone() {
        #expect(kinds("<!-- <script>x</script> --><p>onload=x javascript:y</p>").isEmpty)
        #expect(kinds("<p title=\"<script>alert(1)</script>\" one=\"1\" only=\"2\" data-onclick=\"3\">").isEmpty)
        #expect(kinds("<scripts></scripts><description>x</description><a href='https://x/javascript:'>").isEmpty)
        #expect(kinds("<style>a:hover{} /* <script> */ </style><text onload>1 < 2</text>").isEmpty)
        #expect(kinds("<![CDATA[ <script> ]]><?xml-stylesheet href='javascript:x'?>").isEmpty)
        #expect(kinds("<foreignObject><p>文</p></foreignObject>").isEmpty)
        // Unclosed things end the scan, they do not stop it working.
        #expect(kinds("<a href='").isEmpty)
        #expect(kinds("<!-- ").isEmpty)
        #expect(kinds("<").isEmpty)
    }

    /// The script's own text is not markup: what it writes is not counted.
    @Test func theInsideOfAScriptIsSkipped() {
        #expect(
            kinds("<script>document.write('<a onclick=x>')</script><b onclick=y>") == [
                .script("script"), .event("onclick"),
            ])
        #expect(kinds("<script/><b onclick=y>") == [.script("script"), .event("onclick")])
    }

    @Test func positionsCountCharacters() {
        let text = "\u{FEFF}<svg>\r\n  <text>地図</text><a onclick=x>"
        let bytes = Array(text.utf8)[...]
        let found = ActiveContent.scan(bytes)
        #expect(found.count == 1)
        let (line, column) = ActiveContent.lineAndColumn(of: found[0].offset, in: bytes)
        #expect(line == 2 && column == 21)
    }

    @Test func theRestIsSummed() {
        let rest: [ActiveContent.Finding] = [
            .init(offset: 0, kind: .event("onload")), .init(offset: 1, kind: .event("onclick")),
            .init(offset: 2, kind: .script("script")),
        ]
        #expect(ActiveContent.more(rest[...]) == ", and 3 more: 1 script, 2 event attributes")
        #expect(ActiveContent.more([][...]) == "")
    }
}
