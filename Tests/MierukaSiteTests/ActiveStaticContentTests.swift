import Foundation
import Testing
import MierukaTestSupport

/// SVG and HTML files in `static/` with scripts: copied as they are, with one
/// warning each, in `check` and `build` alike.
@Suite struct ActiveStaticContentTests {
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" onload="start()">
          <script>function start() { document.title = "x" }</script>
          <a href="javascript:start()"><text>開始</text></a>
        </svg>
        """

    @Test func aScriptInAStaticSVGIsCopiedWithAWarning() throws {
        let f = Fixture(notesSite + "\n-- content/static/images/chart.svg --\n" + Self.svg + "\n")
        let expected = """
            content/static/images/chart.svg:1:41: warning: this SVG file has active content, which runs in visitors' browsers: an event attribute 'onload', and 2 more: 1 script, 1 javascript: link
               1 | <svg xmlns="http://www.w3.org/2000/svg" onload="start()">
                 |                                         ^
              hint: static files are copied as they are; remove the scripts, on…= attributes, javascript: links and frames, or save the drawing again as a plain SVG

            """
        let check = f.check()
        #expect(check.succeeded)
        #expect(f.diagnostics(check) == expected)
        let build = f.build()
        #expect(build.wrote)
        #expect(f.diagnostics(build) == expected)
        #expect(f.file("images/chart.svg") == Self.svg + "\n", "copied byte for byte")
        // Nothing changed: the warning is repeated, not lost.
        let again = f.build()
        #expect(again.upToDate)
        #expect(f.diagnostics(again) == expected)
    }

    /// Files larger than a content text file may be are copied without being read.
    @Test func largeFilesAreNotScanned() throws {
        let f = Fixture(notesSite)
        let padding = String(repeating: "<rect width=\"1\" height=\"1\"/>\n", count: 8 * 1024 * 1024 / 28 + 1)
        f.write("-- content/static/huge.svg --\n<svg onload=\"x()\">\n" + padding + "</svg>\n")
        let check = f.check()
        #expect(check.succeeded)
        #expect(f.diagnostics(check) == "")
    }
}
