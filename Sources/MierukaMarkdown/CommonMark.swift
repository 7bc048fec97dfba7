import CCmark

/// Parses CommonMark with libcmark and copies the tree into Swift values at
/// once. This is the only file that imports libcmark; no C pointer leaves it.
enum CommonMark {
    /// Containers nested deeper than this are flattened to their text, so no
    /// later recursive walk over the tree can overflow the stack.
    static let maxDepth = 48

    static func parse(_ text: String) -> MarkdownNode {
        let bytes = Array(text.utf8)
        guard
            let doc = bytes.withUnsafeBufferPointer({ buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buf.count, 1)) {
                    cmark_parse_document($0, buf.count, CMARK_OPT_DEFAULT)
                }
            })
        else { return MarkdownNode(.document, line: 1) }
        defer { cmark_node_free(doc) }

        guard let iter = cmark_iter_new(doc) else { return MarkdownNode(.document, line: 1) }
        defer { cmark_iter_free(iter) }

        // Each open container collects its children; on exit it is added to
        // its parent. Past `maxDepth`, containers are pushed as `.flattened`,
        // which hand their children up instead of nesting them.
        var stack: [MarkdownNode] = []
        var result = MarkdownNode(.document, line: 1)
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let leaf = isLeafType(cmark_node_get_type(node))
            if ev == CMARK_EVENT_ENTER {
                if leaf {
                    if !stack.isEmpty { stack[stack.count - 1].children.append(convert(node)) }
                } else {
                    stack.append(stack.count >= maxDepth ? MarkdownNode(.flattened, line: 0) : convert(node))
                }
            } else if ev == CMARK_EVENT_EXIT, !leaf {
                let done = stack.removeLast()
                if stack.isEmpty {
                    result = done
                } else if case .flattened = done.kind {
                    stack[stack.count - 1].children.append(contentsOf: done.children)
                } else {
                    stack[stack.count - 1].children.append(done)
                }
            }
        }
        return result
    }

    private static func isLeafType(_ t: cmark_node_type) -> Bool {
        switch t {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_CODE_BLOCK,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_THEMATIC_BREAK:
            return true
        default:
            return false
        }
    }

    private static func string(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }

    private static func convert(_ node: OpaquePointer) -> MarkdownNode {
        let line = Int(cmark_node_get_start_line(node))
        let kind: MarkdownNode.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST:
            kind = .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(
                info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_TEXT: kind = .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: kind = .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK:
            kind = .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            kind = .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: kind = .flattened
        }
        return MarkdownNode(kind, line: line)
    }
}
