import MierukaCore

/// Writes HTML from the Swift node tree. Text is always escaped; raw HTML is
/// dropped unless allowed; unsafe URLs lose their link; headings get ids.
struct HTMLRenderer {
    let options: MarkdownRenderOptions
    var out = ""
    var headings: [(level: Int, id: String, text: String)] = []
    private var usedIds: Set<String> = []
    /// The next number to try after a heading text's id, per id.
    private var nextSuffix: [String: Int] = [:]
    private var tightStack: [Bool] = []

    init(options: MarkdownRenderOptions) { self.options = options }

    mutating func block(_ node: MarkdownNode) {
        switch node.kind {
        case .document, .flattened:
            for c in node.children { block(c) }
        case .blockQuote:
            out += "<blockquote\(lang(node))>\n"
            for c in node.children { block(c) }
            out += "</blockquote>\n"
        case .list(let ordered, let start, let tight):
            let tag = ordered ? "ol" : "ul"
            out += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
            tightStack.append(tight)
            for c in node.children { block(c) }
            tightStack.removeLast()
            out += "</\(tag)>\n"
        case .item:
            out += "<li\(lang(node))>"
            let tight = tightStack.last ?? false
            for (i, c) in node.children.enumerated() {
                if tight, case .paragraph = c.kind {
                    inlines(c.children)
                    if i < node.children.count - 1 { out += "\n" }
                } else {
                    if i == 0 { out += "\n" }
                    block(c)
                }
            }
            out += "</li>\n"
        case .paragraph:
            // An image alone in a paragraph is still wrapped: simple and valid.
            out += "<p\(lang(node))>"
            inlines(node.children)
            out += "</p>\n"
        case .heading(let level):
            let l = min(6, max(options.minHeadingLevel, level))
            let text = node.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
            let id = uniqueId(for: text)
            headings.append((l, id, text))
            out += "<h\(l) id=\"\(Escape.html(id))\"\(lang(node))>"
            inlines(node.children)
            out += "</h\(l)>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .codeBlock(let info, let literal):
            if MarkdownDocument.isChart(info) {
                out += options.renderChart(literal, node.line)
                return
            }
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            out += language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(Escape.html(language))\">"
            out += Escape.html(literal)
            out += "</code></pre>\n"
        case .htmlBlock(let raw):
            if options.allowRawHTML { out += raw }
        default:
            // Inline content at block level (only after flattening): keep it in a paragraph.
            out += "<p>"
            inlines([node])
            out += "</p>\n"
        }
    }

    /// Adjacent text nodes are joined so that furigana (`{漢字|かんじ}`) become
    /// `<ruby>`; code spans, link targets and raw HTML never do.
    mutating func inlines(_ nodes: [MarkdownNode]) {
        var run = ""
        for n in nodes {
            if let s = n.furiganaSource {
                run += s
                continue
            }
            if !run.isEmpty { out += Furigana.html(run); run = "" }
            inline(n)
        }
        if !run.isEmpty { out += Furigana.html(run) }
    }

    mutating func inline(_ node: MarkdownNode) {
        switch node.kind {
        case .text: inlines([node])
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br>\n"
        case .code(let s): out += "<code>\(Escape.html(s))</code>"
        case .htmlInline(let raw): if options.allowRawHTML { out += raw }
        case .emphasis:
            out += "<em>"; inlines(node.children); out += "</em>"
        case .strong:
            out += "<strong>"; inlines(node.children); out += "</strong>"
        case .link(let url, let title):
            guard LinkRule.link.allows(url) || options.allowRawHTML else {
                inlines(node.children)
                return
            }
            out += "<a href=\"\(Escape.html(options.resolveURL(url)))\""
            if !title.isEmpty { out += " title=\"\(Escape.html(title))\"" }
            out += ">"
            inlines(node.children)
            out += "</a>"
        case .image(let url, let title):
            let alt = node.plainText
            guard LinkRule.link.allows(url) || options.allowRawHTML else {
                out += Escape.html(alt)
                return
            }
            out += "<img src=\"\(Escape.html(options.resolveURL(url)))\" alt=\"\(Escape.html(alt))\""
            if !title.isEmpty { out += " title=\"\(Escape.html(title))\"" }
            out += " loading=\"lazy\">"
        default:
            // Block content inside inline context can only come from flattening.
            for c in node.children { inline(c) }
        }
    }

    /// An id from the heading's text, Japanese kept, unique in the document
    /// and never one the page around it uses (`options.isReservedId`).
    mutating func uniqueId(for text: String) -> String {
        var base = Slug.tag(text) ?? "section"
        if options.isReservedId(base) { base = "section-" + base }
        var n = nextSuffix[base, default: 0]
        var id = n == 0 ? base : "\(base)-\(n)"
        // "a", "a", then a heading "a-1": the third must not repeat the second.
        while usedIds.contains(id) || options.isReservedId(id) {
            n += 1
            id = "\(base)-\(n)"
        }
        nextSuffix[base] = n + 1
        usedIds.insert(id)
        return id
    }

    /// ` lang="en"` on a block whose text is English, so screen readers switch voice.
    func lang(_ node: MarkdownNode) -> String {
        LanguageGuess.isEnglish(node.plainText) ? " lang=\"en\"" : ""
    }
}

/// Tells English passages from Japanese ones in a Japanese site.
public enum LanguageGuess {
    /// True when at least 80 % of the letters are Latin and there are at
    /// least five words: an English paragraph may still name 例示 or 磐梯町.
    public static func isEnglish(_ text: String) -> Bool {
        var latin = 0, other = 0
        var remaining = text.utf8.count
        for s in text.unicodeScalars {
            remaining -= UTF8.width(s)
            let v = s.value
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { latin += 1 }
            } else if (0x3041...0x3096).contains(v) || (0x30A1...0x30FA).contains(v) || (0x3400...0x4DBF).contains(v)
                || (0x4E00...0x9FFF).contains(v) || s.properties.isAlphabetic
            {
                other += 1
                // Even if every byte left were a Latin letter, 80 % is out of reach.
                if other * 4 > latin + remaining { return false }
            }
        }
        guard latin * 5 >= (latin + other) * 4 else { return false }
        // Words: runs between spaces and newlines that hold a letter.
        var words = 0, inWord = false, counted = false
        for s in text.unicodeScalars {
            if s == " " || s == "\n" {
                inWord = false
                continue
            }
            if !inWord { inWord = true; counted = false }
            let v = s.value
            let letter = v < 0x80 ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A : s.properties.isAlphabetic
            if !counted && letter {
                words += 1
                counted = true
                if words >= 5 { return true }
            }
        }
        return false
    }
}
