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
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        case .codeBlock(_, let s): return s
        case .htmlInline, .htmlBlock: return ""
        default: return children.map(\.plainText).joined()
        }
    }
}
