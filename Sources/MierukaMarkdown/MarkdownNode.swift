import MierukaCore

/// A CommonMark node as plain Swift values, copied out of libcmark's tree.
public struct MarkdownNode: Sendable {
    public enum Kind: Sendable {
        case document, blockQuote, item, paragraph, thematicBreak, softBreak, lineBreak, emphasis, strong
        case list(ordered: Bool, start: Int, tight: Bool)
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case heading(level: Int)
        case text(String)
        case code(String)
        case htmlInline(String)
        case link(url: String, title: String)
        case image(url: String, title: String)
        /// A container whose children are kept but which renders no tag of its own.
        case flattened
    }

    public var kind: Kind
    public var children: [MarkdownNode] = []
    /// 1-based line in the Markdown text (0 when unknown).
    public var line: Int

    init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    /// The text inside, without markup: for summaries, heading ids and alt text.
    public var plainText: String {
        switch kind {
        case .text(let s): return Furigana.plain(s)
        case .code(let s): return s
        case .softBreak, .lineBreak: return " "
        case .codeBlock(_, let s): return s
        case .htmlInline, .htmlBlock: return ""
        default:
            // Furigana keep their base only (`{漢字|かんじ}` is 漢字).
            var out = "", run = ""
            for child in children {
                if let s = child.furiganaSource {
                    run += s
                } else {
                    out += Furigana.plain(run)
                    run = ""
                    out += child.plainText
                }
            }
            return out + Furigana.plain(run)
        }
    }

    /// A text node's literal, for the furigana parser, which reads runs of
    /// adjacent text nodes whole. (cmark has already taken Markdown's own
    /// backslash escapes, so a literal `{` is written `\\{` in Markdown.)
    /// Nil for every other kind of node.
    var furiganaSource: String? {
        guard case .text(let s) = kind else { return nil }
        return s
    }
}
