import Foundation
import Testing
@testable import MierukaCharts

/// Charts must stay readable when a phone shrinks them: a 375 px phone shows
/// an inline chart about 340 px wide.
@Suite struct ReadabilityTests {
    static let phoneWidth = 340.0

    /// A level text element's box by the same width estimate the layout uses,
    /// from the glyphs' top (0.85 em above the baseline) to their bottom.
    struct TextBox {
        var text: String
        var left, top, right, bottom: Double

        init?(_ e: SVGDocument.Element) {
            guard e.attributes["transform"] == nil,
                let x = e.attributes["x"].flatMap(Double.init), let y = e.attributes["y"].flatMap(Double.init),
                let size = e.attributes["font-size"].flatMap(Double.init)
            else { return nil }
            let width = TextMetrics.width(of: e.text, fontSize: size)
            switch e.attributes["text-anchor"] {
            case "end": left = x - width
            case "middle": left = x - width / 2
            default: left = x
            }
            text = e.text
            right = left + width
            top = y - size * 0.85
            bottom = y + size * 0.15
        }

        func overlaps(_ o: TextBox) -> Bool {
            left < o.right && o.left < right && top < o.bottom && o.top < bottom
        }
    }

    @Test(arguments: GoldenCases.all)
    func textIsLegibleOnAPhoneAndNeverOverlaps(_ c: GoldenCase) throws {
        let doc = try SVGDocument.parse(c.render().svg)
        let box = try #require(doc.root?.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        try #require(box.count == 4)
        let texts = doc.all("text")
        // Sparklines are headline figures sized by the theme, not shrunk to the phone's width.
        if c.spec.kind != .sparkline {
            for t in texts {
                let size = try #require(t.attributes["font-size"].flatMap(Double.init))
                #expect(
                    size * Self.phoneWidth / box[2] >= 11,
                    "\(t.text) is drawn at \(size * Self.phoneWidth / box[2]) px on a phone")
            }
        }
        let boxes = texts.compactMap(TextBox.init)
        for (i, a) in boxes.enumerated() {
            #expect(a.left >= 0 && a.right <= box[2] && a.top >= 0 && a.bottom <= box[3], "\(a.text) is cut off")
            for b in boxes[(i + 1)...] { #expect(!a.overlaps(b), "\(a.text) overlaps \(b.text)") }
        }
    }
}
