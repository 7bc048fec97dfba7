import CYaml
import MierukaCore

/// Parses YAML text into `YAMLNode`s with libyaml. This is the only file that
/// imports libyaml; no C pointer leaves it.
///
/// Anchors and aliases are refused (content never needs them, and an alias
/// bomb could otherwise blow up memory), nesting is bounded, duplicate keys
/// are errors, and libyaml's problems are turned into plain words.
public enum YAMLParser {
    /// Deeper nesting than this is refused, so that no later recursive walk can
    /// overflow the stack.
    public static let maxDepth = 100

    /// - Parameters:
    ///   - text: the YAML text (without a BOM).
    ///   - file: the path shown in diagnostics.
    ///   - lineOffset: added to every line, for YAML embedded in another file
    ///     (front matter, a chart block in a note).
    /// - Returns: the document's root node (a null scalar for an empty document).
    /// - Throws: `DiagnosticsError` with one diagnostic at the problem.
    ///   - columnOffset: added to every column, for YAML indented inside a
    ///     YAML block scalar (a chart block in an initiative's `body: |`).
    public static func parse(_ text: String, file: String, lineOffset: Int = 0, columnOffset: Int = 0)
        throws(DiagnosticsError) -> YAMLNode
    {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw DiagnosticsError(.error("could not start the YAML reader", at: .file(file)))
        }
        defer { yaml_parser_delete(&parser) }

        // Keep the bytes alive for the whole parse: libyaml reads them in place.
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticsError) -> YAMLNode in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(file: file, lineOffset: lineOffset, columnOffset: columnOffset, lines: text)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw DiagnosticsError(builder.syntaxError(parser))
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.handle(event)
            }
            return builder.root
                ?? YAMLNode(.scalar("", plain: true), at: SourceLocation(file: file, line: 1 + lineOffset, column: 1))
        }
    }
}

/// Turns libyaml's event stream into a tree without recursion.
private struct TreeBuilder {
    enum Open {
        case sequence([YAMLNode], SourceLocation)
        case mapping([YAMLPair], pendingKey: (String, SourceLocation)?, seen: [String: Int], SourceLocation)
    }

    let file: String
    let lineOffset: Int
    let columnOffset: Int
    let text: String
    let lines: [Substring]
    /// Where each line starts, counted in Unicode scalars (libyaml's mark index).
    let lineStarts: [Int]
    let scalarCount: Int
    var stack: [Open] = []
    var root: YAMLNode?
    var documents = 0

    init(file: String, lineOffset: Int, columnOffset: Int, lines text: String) {
        self.columnOffset = columnOffset
        self.file = file
        self.lineOffset = lineOffset
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var starts = [0], count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if scalar == "\n" { starts.append(count) }
        }
        self.lineStarts = starts
        self.scalarCount = count
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        let (line, column) = position(mark)
        return SourceLocation(file: file, line: line + 1 + lineOffset, column: column + 1 + columnOffset)
    }

    /// The 0-based line and column of a mark, found from its index (in
    /// Unicode scalars) rather than libyaml's own line and column: libyaml
    /// also ends lines at U+0085, U+2028 and U+2029, and puts the end of a
    /// text without a final newline on a line after it, so its lines can be
    /// past the end of the file, where editors and the renderer, which break
    /// lines only at LF, have nothing to show (found by fuzzing).
    func position(_ mark: yaml_mark_t) -> (line: Int, column: Int) {
        position(scalarIndex: min(Int(mark.index), scalarCount))
    }

    func position(scalarIndex index: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return (low, index - lineStarts[low])
    }

    mutating func handle(_ event: yaml_event_t) throws(DiagnosticsError) {
        let at = location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw DiagnosticsError(
                    .error(
                        "this file holds more than one YAML document; a '---' line starts a second one",
                        at: at, hint: "remove the '---' line, or move the second part into its own file"))
            }
        case YAML_SCALAR_EVENT:
            if let anchor = event.data.scalar.anchor { throw aliasError(at, "&" + String(cString: anchor)) }
            if event.data.scalar.tag != nil { throw tagError(at, event.start_mark) }
            let s = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
            let plain = s.style == YAML_PLAIN_SCALAR_STYLE && s.tag == nil
            try add(YAMLNode(.scalar(value, plain: plain), at: at))
        case YAML_SEQUENCE_START_EVENT:
            if let anchor = event.data.sequence_start.anchor { throw aliasError(at, "&" + String(cString: anchor)) }
            if event.data.sequence_start.tag != nil { throw tagError(at, event.start_mark) }
            try push(.sequence([], at), at: at)
        case YAML_MAPPING_START_EVENT:
            if let anchor = event.data.mapping_start.anchor { throw aliasError(at, "&" + String(cString: anchor)) }
            if event.data.mapping_start.tag != nil { throw tagError(at, event.start_mark) }
            try push(.mapping([], pendingKey: nil, seen: [:], at), at: at)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            switch stack.removeLast() {
            case .sequence(let items, let loc): try add(YAMLNode(.sequence(items), at: loc))
            case .mapping(let pairs, _, _, let loc): try add(YAMLNode(.mapping(pairs), at: loc))
            }
        case YAML_ALIAS_EVENT:
            throw aliasError(at, "*" + (event.data.alias.anchor.map { String(cString: $0) } ?? ""))
        default:
            break
        }
    }

    /// `written` is the anchor or alias as the file spells it (`&t`, `*t`), so
    /// the message names what the writer can see on the line.
    func aliasError(_ at: SourceLocation, _ written: String) -> DiagnosticsError {
        let what = written.hasPrefix("&") ? "an anchor" : "an alias"
        return DiagnosticsError(
            .error(
                "'\(written)' is \(what); anchors and aliases ('&name', '*name') are not supported in mieruka content",
                at: at, hint: "write the value out in full where it is needed"))
    }

    /// A value that starts with '!' is a YAML tag to libyaml, and the tag
    /// itself would be dropped from the text without a word: `summary: !注意 工事中`
    /// would read as "工事中". Tags are never needed in content.
    func tagError(_ at: SourceLocation, _ mark: yaml_mark_t) -> DiagnosticsError {
        let (line, column) = position(mark)
        let lineText = lines.indices.contains(line) ? lines[line] : ""
        let written = String(lineText.unicodeScalars.dropFirst(column).prefix { $0 != " " && $0 != "\t" })
        return DiagnosticsError(
            .error(
                "'\(written)' is read as a YAML tag, which mieruka does not support; the text would be lost",
                at: at, hint: "if the value starts with '!', put the whole value in quotes, e.g. \"\(written) …\""))
    }

    mutating func push(_ open: Open, at: SourceLocation) throws(DiagnosticsError) {
        if stack.count >= YAMLParser.maxDepth {
            throw DiagnosticsError(
                .error(
                    "the YAML is nested more than \(YAMLParser.maxDepth) levels deep", at: at,
                    hint: "content files never need this much nesting; check the indentation"))
        }
        stack.append(open)
    }

    mutating func add(_ node: YAMLNode) throws(DiagnosticsError) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(var items, let loc):
            items.append(node)
            stack.append(.sequence(items, loc))
        case .mapping(var pairs, let pending, var seen, let loc):
            if let (key, keyLoc) = pending {
                pairs.append(YAMLPair(key: key, keyLocation: keyLoc, value: node))
                stack.append(.mapping(pairs, pendingKey: nil, seen: seen, loc))
            } else {
                guard case .scalar(let key, _) = node.kind else {
                    throw DiagnosticsError(
                        .error(
                            "a key must be plain text, but this key is \(node.kindDescription)", at: node.location,
                            hint: "write the key as a plain word followed by ':', e.g. status: done"))
                }
                if let first = seen[key] {
                    throw DiagnosticsError(
                        .error(
                            "the key '\(key)' is written twice in the same group (first on line \(first))",
                            at: node.location, hint: "keep one of them"))
                }
                seen[key] = node.location.line
                stack.append(.mapping(pairs, pendingKey: (key, node.location), seen: seen, loc))
            }
        }
    }

    /// When libyaml finds `key: value` where only a value may go, and `key` is
    /// the first thing on its line, the line is indented too far and continues
    /// the value above (a colon inside a value has other text before it).
    /// Returns the column where that key starts.
    func indentedKeyStart(line: Int, column: Int) -> Int? {
        guard line > 0, lines.indices.contains(line) else { return nil }
        let before = Array(lines[line].unicodeScalars.prefix(column))
        guard let first = before.firstIndex(where: { $0 != " " }) else { return nil }
        let key = before[first...]
        guard !key.contains(":"), !key.contains("#"), !"-[{\"'".unicodeScalars.contains(key[first]) else { return nil }
        return first + 1
    }

    /// The quote mark that closes a quoted value just before `column`
    /// (spaces between), for `title: "…" more text`.
    func closedQuoteBefore(line: Int, column: Int) -> String? {
        guard lines.indices.contains(line) else { return nil }
        let before = Array(lines[line].unicodeScalars.prefix(column))
        guard let last = before.lastIndex(where: { $0 != " " }) else { return nil }
        switch before[last] {
        case "\"": return "'\"'"
        case "'": return "\"'\""
        default: return nil
        }
    }

    /// '}' or ']' when it is the last character before `column` on `line`:
    /// a value such as `{n}件` read as a group followed by more text.
    func closedBracketBefore(line: Int, column: Int) -> Character? {
        guard lines.indices.contains(line) else { return nil }
        let before = Array(lines[line].unicodeScalars.prefix(column))
        guard let last = before.lastIndex(where: { $0 != " " }), before[last] == "}" || before[last] == "]" else {
            return nil
        }
        return Character(before[last])
    }

    /// The last '[' or '{' before `mark` that no ']' or '}' closes, with its
    /// place: where a flow list or group that runs to the end of the text began.
    /// Quoted text is skipped; a quote mark inside a word (`it's`) starts none.
    func unclosedBracket(before mark: yaml_mark_t) -> (SourceLocation, Character)? {
        var open: [(SourceLocation, Character)] = []
        var quote: Unicode.Scalar?
        let (markLine, markColumn) = position(mark)
        for (l, text) in lines.enumerated() where l <= markLine {
            var previous: Unicode.Scalar?
            var atSpace = true  // at the start of the line or after a space or tab
            for (c, scalar) in text.unicodeScalars.enumerated() {
                if l == markLine && c >= markColumn { break }
                defer {
                    if scalar != " " { previous = scalar }
                    atSpace = scalar == " " || scalar == "\t"
                }
                if let q = quote { if scalar == q { quote = nil }; continue }
                // A comment: brackets and quotes in it mean nothing.
                if scalar == "#" && atSpace { break }
                switch scalar {
                case "\"", "'":
                    if previous == nil || "[{,:-?".unicodeScalars.contains(previous!) { quote = scalar }
                case "[", "{":
                    open.append(
                        (
                            SourceLocation(file: file, line: l + 1 + lineOffset, column: c + 1 + columnOffset),
                            Character(scalar)
                        ))
                case "]", "}": _ = open.popLast()
                default: break
                }
            }
        }
        return open.last
    }

    /// libyaml's problem, in plain words where we know the case.
    func syntaxError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        // A reader error (a control character) has no mark, only a byte offset.
        let (problemLine, problemColumn) =
            parser.error == YAML_READER_ERROR
            ? position(
                scalarIndex: String(decoding: Array(text.utf8.prefix(parser.problem_offset)), as: UTF8.self)
                    .unicodeScalars.count)
            : position(parser.problem_mark)
        let at = SourceLocation(
            file: file, line: problemLine + 1 + lineOffset, column: problemColumn + 1 + columnOffset)
        let lineText = lines.indices.contains(problemLine) ? lines[problemLine] : ""
        let char: Character? = lineText.unicodeScalars.dropFirst(problemColumn).first.map { Character($0) }

        if (problem.contains("cannot start any token") && char == "\t")
            || problem.contains("tab character that violates indentation")
        {
            return .error(
                "a tab character is used here, but YAML allows only spaces for indentation", at: at,
                hint: "replace the tab with spaces")
        }
        if problem.contains("found unexpected end of stream"), let context, context.contains("quoted scalar") {
            let start = location(parser.context_mark)
            return .error(
                "this quoted text is never closed", at: start, hint: "add the closing quote mark at the end of the text"
            )
        }
        if problem.contains("mapping values are not allowed"),
            let start = indentedKeyStart(line: problemLine, column: problemColumn)
        {
            return .error(
                "this line is indented further than the line above, so YAML reads it as part of the value above",
                at: SourceLocation(file: file, line: at.line, column: start + columnOffset),
                hint: "start the key in the same column as the keys above it")
        }
        if problem.contains("mapping values are not allowed") {
            return .error(
                "a ':' followed by a space appears inside a value, which YAML reads as a new key", at: at,
                hint: "put the whole value in quotes, e.g. title: \"…: …\"")
        }
        if problem.contains("did not find expected key"),
            let quote = closedQuoteBefore(line: problemLine, column: problemColumn)
        {
            return .error(
                "there is more text after the closing \(quote) of a quoted value", at: at,
                hint: "put the whole value inside the quotes")
        }
        if problem.contains("did not find expected key"),
            let close = closedBracketBefore(line: problemLine, column: problemColumn)
        {
            let (word, open) = close == "}" ? ("group", "{") : ("list", "[")
            return .error(
                "there is more text after the closing '\(close)' of a \(word)", at: at,
                hint: "if the text itself starts with '\(open)', put the whole text in quotes")
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return .error(
                "the indentation here does not line up with the lines above", at: at,
                hint: "keys of the same group must start in the same column")
        }
        if problem.contains("did not find expected ',' or ']'") {
            return .error(
                "a list that starts with '[' is not closed with ']'", at: location(parser.context_mark),
                hint: "if the text itself starts with '[', put the whole text in quotes")
        }
        if problem.contains("did not find expected ',' or '}'") {
            return .error(
                "a group that starts with '{' is not closed with '}'", at: location(parser.context_mark),
                hint: "if the text itself starts with '{', put the whole text in quotes")
        }
        if problem.contains("did not find expected node content"), let context, context.contains("flow"),
            let open = unclosedBracket(before: parser.problem_mark)
        {
            let (word, close) = open.1 == "[" ? ("list", "]") : ("group", "}")
            return .error(
                "a \(word) that starts with '\(open.1)' is not closed with '\(close)'", at: open.0,
                hint: "if the text itself starts with '\(open.1)', put the whole text in quotes")
        }
        if problem.contains("did not find expected comment or line break"), let context,
            context.contains("block scalar")
        {
            let start = location(parser.context_mark)
            let (markLine, markColumn) = position(parser.context_mark)
            let mark = lines.indices.contains(markLine) ? lines[markLine] : ""
            let symbol = mark.unicodeScalars.dropFirst(markColumn).first.map { String($0) } ?? "|"
            return .error(
                "text follows '\(symbol)' on the same line, but '\(symbol)' starts a block of text on the lines below it",
                at: start,
                hint:
                    "put the whole value in quotes, e.g. \"\(symbol) …\", or move the text to the next lines, indented")
        }
        if let context, context.contains("while scanning a tag") {
            return .error(
                "a value cannot start with '!' unless it is in quotes", at: location(parser.context_mark),
                hint: "put the whole value in quotes, e.g. \"!…\"")
        }
        if problem.contains("cannot start any token"), let char, "@`%|>!&*".contains(char) {
            return .error(
                "a value cannot start with '\(char)' unless it is in quotes", at: at,
                hint: "put the whole value in quotes, e.g. \"\(char)…\"")
        }
        if problem.contains("found unknown escape character") {
            return .error(
                "a backslash '\\' inside double quotes starts a special character, and this one is not known", at: at,
                hint: "write '\\\\' for a backslash, or put the text in single quotes instead")
        }
        if problem.contains("could not find expected ':'") {
            return .error(
                "this line has no ':' between its key and its value", at: location(parser.context_mark),
                hint: "write it as key: value, with a space after the ':'")
        }
        if problem.contains("invalid leading UTF-8") || problem.contains("invalid trailing UTF-8")
            || problem.contains("incomplete UTF-8")
        {
            return .error("the file is not valid UTF-8 text", at: at, hint: "save the file with the UTF-8 encoding")
        }
        var message = "the YAML cannot be read: \(problem)"
        if let context { message += " (\(context))" }
        return .error(message, at: at)
    }
}
