import MierukaCore

/// A Markdown document: notes, pages and initiative bodies.
///
/// Only the text is kept, with what loading needs from the parse (the chart
/// blocks and the first paragraph); `html(_:)` parses the text again. A site
/// holds thousands of documents until it is rendered, and the parsed tree
/// takes about three times the memory of the text, while parsing again costs
/// little (libcmark is fast) and is spread over all cores with the pages.
public struct MarkdownDocument: Sendable {
    public let text: String
    /// Fenced code blocks whose info string is `chart`, with the line of their
    /// opening fence (1-based within the Markdown text).
    public let chartBlocks: [(source: String, line: Int)]
    /// The text of the first paragraph, for a summary when none is written.
    public let firstParagraphText: String?
    /// Furigana that were tried but are not rubies (`{漢字|}` …), with the
    /// 1-based line and column (in code points) within the Markdown text.
    public let furiganaProblems: [(problem: Furigana.Problem, line: Int, column: Int)]

    public init(_ text: String) {
        self.text = text
        let root = CommonMark.parse(text)
        chartBlocks = Self.chartBlocks(in: root)
        firstParagraphText = Self.firstParagraphText(in: root)
        furiganaProblems = text.containsByte(UInt8(ascii: "{")) ? Self.furiganaProblems(in: root, text: text) : []
    }

    /// The problems are found in the text nodes (so code and link targets are
    /// left alone) and placed at the next place in the source where their
    /// notation is written.
    static func furiganaProblems(in root: MarkdownNode, text: String) -> [(
        problem: Furigana.Problem, line: Int, column: Int
    )] {
        var found: [(Furigana.Problem, Int)] = []
        func walk(_ node: MarkdownNode, _ line: Int) {
            let line = node.line > 0 ? node.line : line
            var run = ""
            func flush() {
                for p in Furigana.parse(run).problems { found.append((p, line)) }
                run = ""
            }
            for child in node.children {
                if let s = child.furiganaSource { run += s; continue }
                flush()
                walk(child, line)
            }
            flush()
        }
        walk(root, 1)
        guard !found.isEmpty else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var result: [(Furigana.Problem, Int, Int)] = []
        var lastLine = 0, lastColumn = -1
        for (problem, blockLine) in found {
            var placed: (Int, Int)?
            var l = max(lastLine, blockLine - 1)
            while l < lines.count, placed == nil {
                let chars = Array(lines[l])
                let want = Array(problem.written)
                var c = l == lastLine ? lastColumn + 1 : 0
                while c + want.count <= chars.count {
                    if Array(chars[c..<(c + want.count)]) == want { placed = (l, c); break }
                    c += 1
                }
                if placed == nil { l += 1 }
            }
            let (pl, pc) = placed ?? (blockLine - 1, 0)
            lastLine = pl
            lastColumn = pc
            let column = 1 + String(lines[min(pl, lines.count - 1)]).prefix(pc).unicodeScalars.count
            result.append((problem, pl + 1, column))
        }
        return result
    }

    /// The parsed tree, parsed again on every use.
    public var root: MarkdownNode { CommonMark.parse(text) }

    static func chartBlocks(in root: MarkdownNode) -> [(source: String, line: Int)] {
        var found: [(String, Int)] = []
        var queue = [root]
        while let node = queue.popLast() {
            if case .codeBlock(let info, let literal) = node.kind, MarkdownDocument.isChart(info) {
                found.append((literal, node.line))
            }
            queue.append(contentsOf: node.children)
        }
        return found.sorted { $0.1 < $1.1 }
    }

    static func firstParagraphText(in root: MarkdownNode) -> String? {
        var queue = [root]
        while !queue.isEmpty {
            let node = queue.removeFirst()
            if case .paragraph = node.kind {
                let text = node.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { return text }
            }
            if case .codeBlock = node.kind { continue }
            queue.insert(contentsOf: node.children, at: 0)
        }
        return nil
    }

    /// Every link and image target, with its line: for link checking.
    public var links: [(url: String, line: Int)] {
        var found: [(String, Int)] = []
        func walk(_ node: MarkdownNode, _ line: Int) {
            let line = node.line > 0 ? node.line : line
            switch node.kind {
            case .link(let url, _), .image(let url, _): found.append((url, line))
            default: break
            }
            for child in node.children { walk(child, line) }
        }
        walk(root, 1)
        return found
    }

    static func isChart(_ info: String) -> Bool {
        info.split(separator: " ").first.map(String.init) == "chart"
    }
}

/// What the HTML renderer needs from the site around the document.
public struct MarkdownRenderOptions {
    /// Raw HTML passes through only when the site opts in; otherwise it is dropped.
    public var allowRawHTML: Bool
    /// The lowest heading level written (`#` in a note body becomes `h2` under the page's `h1`).
    public var minHeadingLevel: Int
    /// Rewrites a safe link target (e.g. adds the site's base path to `/notes/x/`).
    public var resolveURL: (String) -> String
    /// HTML for a `chart` block, given its YAML source and the fence's line.
    public var renderChart: (String, Int) -> String
    /// Ids a heading must not take because the page around it uses them
    /// (the theme's own ids, chart ids); such a heading gets `section-<id>`.
    public var isReservedId: (String) -> Bool

    public init(
        allowRawHTML: Bool = false, minHeadingLevel: Int = 2,
        resolveURL: @escaping (String) -> String = { $0 },
        renderChart: @escaping (String, Int) -> String = { _, _ in "" },
        isReservedId: @escaping (String) -> Bool = { _ in false }
    ) {
        self.allowRawHTML = allowRawHTML
        self.minHeadingLevel = minHeadingLevel
        self.resolveURL = resolveURL
        self.renderChart = renderChart
        self.isReservedId = isReservedId
    }
}

/// The rendered body and its table of contents.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [(level: Int, id: String, text: String)]
}

extension MarkdownDocument {
    public func html(_ options: MarkdownRenderOptions = MarkdownRenderOptions()) -> RenderedMarkdown {
        var r = HTMLRenderer(options: options)
        r.block(root)
        return RenderedMarkdown(html: r.out, headings: r.headings)
    }
}

extension MarkdownDocument {
    /// A paragraph's text as written for the furigana parser (notation kept,
    /// soft breaks as newlines, code spans as their text), with its 1-based
    /// line and whether it is in a list item: for checks of the prose.
    public struct Prose: Sendable {
        public var text: String
        public var line: Int
        public var inListItem: Bool
    }

    /// Every paragraph, in order (code blocks, headings and raw HTML are not prose).
    public var prose: [Prose] {
        var found: [Prose] = []
        func text(of node: MarkdownNode) -> String {
            switch node.kind {
            case .text(let s), .code(let s): return s
            case .softBreak, .lineBreak: return "\n"
            case .htmlInline: return ""
            default: return node.children.map(text(of:)).joined()
            }
        }
        func walk(_ node: MarkdownNode, inItem: Bool) {
            switch node.kind {
            case .paragraph:
                found.append(Prose(text: text(of: node), line: node.line, inListItem: inItem))
            case .codeBlock, .htmlBlock, .heading:
                return
            case .item:
                for c in node.children { walk(c, inItem: true) }
            default:
                for c in node.children { walk(c, inItem: inItem) }
            }
        }
        walk(root, inItem: false)
        return found
    }
}
