import Foundation
import MierukaCore

extension ContentFiles {
    /// Files of `static/` are copied as they are, and an SVG or HTML file
    /// among them may hold scripts that then run on the town's site. They are
    /// the author's files, so copying them is allowed; a file of these types
    /// is read here, at load (so `check` says it too), and gets one warning
    /// at its first active part.
    static let activeContentTypes: [String: ActiveContent.FileType] = [
        "svg": .svg, "html": .html, "htm": .html, "xhtml": .html, "xht": .html, "xml": .xml,
    ]

    /// Larger files are copied without being looked at (as large as a content text file may be).
    static let activeContentMaxBytes = ContentFiles.maxTextBytes

    /// Every file of `static/` (see `walk` for links), with a warning for
    /// each SVG, HTML or XML file in it that has active content.
    func staticFiles() -> [StaticFile] {
        var st = stat()
        // A link named static is judged by walk (reported at its path).
        guard lstat(display("static"), &st) == 0, st.st_mode & S_IFMT == S_IFDIR || st.st_mode & S_IFMT == S_IFLNK
        else { return [] }
        let paths = walk("static")
        let scanned = paths.filter { Self.activeContentTypes[($0 as NSString).pathExtension.lowercased()] != nil }
        // On all cores: a site may carry many drawings. Each result is only
        // a finding; the warnings are logged in path order.
        let results = parallelMap(scanned.count) { i in warning(forActiveContentIn: scanned[i]) }
        for case let warning? in results { log.append(warning) }
        return paths.map { StaticFile(path: String($0.dropFirst("static/".count)), source: display($0)) }
    }

    /// The warning for one static file, or nil when it has no active content
    /// (or is too large, or cannot be read: the copy will say so).
    func warning(forActiveContentIn relative: String) -> Diagnostic? {
        guard let type = Self.activeContentTypes[(relative as NSString).pathExtension.lowercased()] else { return nil }
        let path = display(relative)
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size <= Self.activeContentMaxBytes else {
            return nil
        }
        let size = Int(st.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, size - got) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            got += n
        }
        let findings = ActiveContent.scan(bytes[..<got])
        guard let first = findings.first else { return nil }
        let (line, column) = ActiveContent.lineAndColumn(of: first.offset, in: bytes[..<got])
        return .warning(
            "this \(type.name) file has active content, which runs in visitors' browsers: \(first.kind.description)"
                + ActiveContent.more(findings.dropFirst()),
            at: SourceLocation(file: path, line: line, column: column), hint: type.hint)
    }
}

/// Finds what can run in an SVG, HTML or XML file: `<script>` elements,
/// event-handler attributes (`onload=`, `onclick=`: any name of at least five
/// letters starting with `on`, the shortest handlers being `oncut` and SVG's
/// `onend`, so `one="…"` is left alone), `javascript:`
/// and `vbscript:` addresses (also written with entities or spaces, such as
/// `java&#x09;script:`), and elements that load another document
/// (`<iframe>`, `<frame>`, `<embed>`, `<object>`, `<applet>`, SVG's
/// `<handler>`). A tokenizer, not a full parser: comments, CDATA sections,
/// processing instructions and the inside of `<script>` and `<style>` are
/// skipped; names are compared without case and without a namespace prefix
/// (`svg:script`). `<foreignObject>` is not reported: it is common for text
/// in drawings, and what it holds is looked at like the rest.
public enum ActiveContent {
    public enum FileType: Sendable {
        case svg, html, xml

        var name: String {
            switch self {
            case .svg: "SVG"
            case .html: "HTML"
            case .xml: "XML"
            }
        }

        var hint: String {
            let remove =
                "static files are copied as they are; remove the scripts, on…= attributes, javascript: links and frames"
            switch self {
            case .svg: return remove + ", or save the drawing again as a plain SVG"
            case .html:
                return remove + ", or write the page in content/pages/ instead (mieruka keeps scripts out of those)"
            case .xml: return remove
            }
        }
    }

    public enum Kind: Equatable, Sendable {
        /// `<script>`; the element's name as written.
        case script(String)
        /// `<iframe>`, `<embed>`, …: the element's name as written.
        case frame(String)
        /// `onload=`: the attribute's name as written.
        case event(String)
        /// `href="javascript:…"`: the scheme and the attribute's name as written.
        case scriptLink(scheme: String, attribute: String)

        public var description: String {
            switch self {
            case .script(let name): "a <\(name)> element"
            case .frame(let name): "\(Self.article(name)) <\(name)> element, which loads another page"
            case .event(let name): "an event attribute '\(name)'"
            case .scriptLink(let scheme, let attribute): "a '\(scheme):' link in '\(attribute)'"
            }
        }

        static func article(_ word: String) -> String {
            guard let c = word.lowercased().first else { return "a" }
            return "aeio".contains(c) ? "an" : "a"
        }

        /// What the "and N more" part counts it as (singular, plural).
        var category: (Int, String, String) {
            switch self {
            case .script: (0, "script", "scripts")
            case .event: (1, "event attribute", "event attributes")
            case .scriptLink: (2, "javascript: link", "javascript: links")
            case .frame: (3, "frame", "frames")
            }
        }
    }

    public struct Finding: Equatable, Sendable {
        /// Byte offset in the file.
        public var offset: Int
        public var kind: Kind
    }

    /// `, and 3 more: 2 event attributes, 1 javascript: link`, or nothing.
    static func more(_ rest: ArraySlice<Finding>) -> String {
        guard !rest.isEmpty else { return "" }
        var counts: [Int: (Int, String, String)] = [:]
        for f in rest {
            let (order, one, many) = f.kind.category
            counts[order, default: (0, one, many)].0 += 1
        }
        let parts = counts.keys.sorted().map { k -> String in
            let (n, one, many) = counts[k]!
            return "\(n) \(n == 1 ? one : many)"
        }
        return ", and \(rest.count) more: " + parts.joined(separator: ", ")
    }

    /// Elements that load another document (or, SVG's `handler`, run a script).
    static let frameElements: [StaticString] = ["iframe", "frame", "embed", "object", "applet", "handler"]
    /// Attributes that hold an address a browser may follow or load.
    static let addressAttributes: [StaticString] = [
        "href", "src", "action", "formaction", "data", "to", "from", "values", "by", "background", "poster", "codebase",
        "cite",
    ]

    /// Every finding, in the order of the file.
    public static func scan(_ bytes: ArraySlice<UInt8>) -> [Finding] {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var findings: [Finding] = []
        let n = b.count
        var i = 0

        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        /// Whether the bytes at `at` are `s` (ASCII, `s` lowercase), ignoring case.
        func matches(_ s: StaticString, at: Int) -> Bool {
            let count = s.utf8CodeUnitCount
            guard at + count <= n else { return false }
            let p = s.utf8Start
            for k in 0..<count where lower(b[at + k]) != p[k] { return false }
            return true
        }
        /// The index just past the first `s` at or after `from` (case ignored), or `n`.
        func skip(past s: StaticString, from: Int) -> Int {
            let first = s.utf8Start[0]
            var j = from
            while j < n {
                if lower(b[j]) == first && matches(s, at: j) { return j + s.utf8CodeUnitCount }
                j += 1
            }
            return n
        }
        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        }
        /// Where the local name starts (after the last ':').
        func localStart(_ start: Int, _ end: Int) -> Int {
            var s = start
            for k in start..<end where b[k] == 0x3A { s = k + 1 }
            return s
        }
        /// Whether the bytes start..<end are `s` (lowercase), ignoring case.
        func equals(_ s: StaticString, _ start: Int, _ end: Int) -> Bool {
            end - start == s.utf8CodeUnitCount && matches(s, at: start)
        }
        func isAny(_ names: [StaticString], _ start: Int, _ end: Int) -> Bool {
            names.contains { equals($0, start, end) }
        }

        while i < n {
            // The next '<'.
            guard let p = memchr(b.baseAddress! + i, 0x3C, n - i) else { break }
            let lt = b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
            i = lt + 1
            guard i < n else { break }
            let c = b[i]
            if c == 0x21 {  // <!
                if matches("!--", at: i) {
                    i = skip(past: "-->", from: i + 3)
                } else if matches("![cdata[", at: i) {
                    i = skip(past: "]]>", from: i + 8)
                } else {
                    i = skip(past: ">", from: i)
                }
                continue
            }
            if c == 0x3F || c == 0x2F {  // <? and </
                i = skip(past: ">", from: i)
                continue
            }
            guard isLetter(c) else { continue }  // a '<' in text

            // A start tag: its name, then its attributes up to '>'.
            let nameStart = i
            while i < n, !isSpace(b[i]), b[i] != 0x3E, b[i] != 0x2F { i += 1 }
            let local = localStart(nameStart, i)
            let isScript = equals("script", local, i)
            let isStyle = equals("style", local, i)
            if isScript {
                findings.append(Finding(offset: lt, kind: .script(text(nameStart, i))))
            } else if isAny(frameElements, local, i) {
                findings.append(Finding(offset: lt, kind: .frame(text(nameStart, i))))
            }
            var selfClosing = false
            while i < n, b[i] != 0x3E {
                if isSpace(b[i]) || b[i] == 0x2F {
                    selfClosing = b[i] == 0x2F
                    i += 1
                    continue
                }
                selfClosing = false
                // An attribute's name.
                let attrStart = i
                while i < n, !isSpace(b[i]), b[i] != 0x3D, b[i] != 0x3E, b[i] != 0x2F { i += 1 }
                let attrEnd = i
                let attr = localStart(attrStart, attrEnd)
                var j = i
                while j < n, isSpace(b[j]) { j += 1 }
                guard j < n, b[j] == 0x3D else {
                    // No value; `onload` alone does nothing.
                    continue
                }
                j += 1
                while j < n, isSpace(b[j]) { j += 1 }
                var valueStart = j, valueEnd = j
                if j < n, b[j] == 0x22 || b[j] == 0x27 {
                    let quote = b[j]
                    valueStart = j + 1
                    if let q = memchr(b.baseAddress! + valueStart, Int32(quote), n - valueStart) {
                        valueEnd = b.baseAddress!.distance(to: q.assumingMemoryBound(to: UInt8.self))
                        i = valueEnd + 1
                    } else {
                        valueEnd = n
                        i = n
                    }
                } else {
                    while j < n, !isSpace(b[j]), b[j] != 0x3E { j += 1 }
                    valueEnd = j
                    i = j
                }
                if attrEnd - attr >= 5, matches("on", at: attr), (attr..<attrEnd).allSatisfy({ isLetter(b[$0]) }) {
                    findings.append(Finding(offset: attrStart, kind: .event(text(attrStart, attrEnd))))
                } else if isAny(addressAttributes, attr, attrEnd),
                    let scheme = scriptScheme(b, valueStart, valueEnd, list: equals("values", attr, attrEnd))
                {
                    findings.append(
                        Finding(
                            offset: valueStart, kind: .scriptLink(scheme: scheme, attribute: text(attrStart, attrEnd))))
                }
            }
            if i < n { i += 1 }  // past '>'
            // The text of a script or style is not markup.
            if !selfClosing && isScript {
                i = skip(past: "</script", from: i)
            } else if !selfClosing && isStyle {
                i = skip(past: "</style", from: i)
            }
        }
        return findings
    }

    /// "javascript" or "vbscript" when the attribute value is such an
    /// address, once entities are decoded and spaces and control characters
    /// dropped (browsers ignore them there); for `values` (an SVG animation's
    /// list), any item of the list.
    static func scriptScheme(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, list: Bool) -> String? {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(min(end - start, 64))
        var k = start
        while k < end {
            var c = b[k]
            k += 1
            if c == 0x26, let e = entity(b, k, end) {  // &
                k = e.next
                guard e.value < 0x80 else { decoded.append(0x80); continue }
                c = UInt8(e.value)
            }
            if c <= 0x20 || c == 0x7F { continue }
            decoded.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            // Long values (a data: address) need not be read to the end.
            if !list && decoded.count >= 11 { break }
        }
        let items = list ? decoded.split(separator: 0x3B).map(Array.init) : [decoded]
        for item in items {
            if item.starts(with: Array("javascript:".utf8)) { return "javascript" }
            if item.starts(with: Array("vbscript:".utf8)) { return "vbscript" }
        }
        return nil
    }

    /// The character an entity after '&' stands for, and where the text
    /// goes on: `&#x09;`, `&#106` (the `;` may be left out), and the few
    /// named ones that matter here.
    static func entity(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (value: UInt32, next: Int)? {
        var k = start
        if k < end, b[k] == 0x23 {  // #
            k += 1
            let hex = k < end && (b[k] | 0x20) == 0x78
            if hex { k += 1 }
            var value: UInt32 = 0
            let digitsStart = k
            while k < end, k - digitsStart < 8 {
                let c = b[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66 where hex: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46 where hex: d = UInt32(c - 0x41 + 10)
                default: d = 99
                }
                if d == 99 { break }
                value = value * (hex ? 16 : 10) + d
                k += 1
            }
            guard k > digitsStart else { return nil }
            if k < end, b[k] == 0x3B { k += 1 }
            return (value, k)
        }
        let named: [(String, UInt32)] = [
            ("tab;", 9), ("newline;", 10), ("colon;", 0x3A), ("amp;", 0x26), ("nbsp;", 0xA0),
        ]
        for (name, value) in named {
            let u = Array(name.utf8)
            if k + u.count <= end,
                (0..<u.count).allSatisfy({
                    (b[k + $0] >= 0x41 && b[k + $0] <= 0x5A ? b[k + $0] | 0x20 : b[k + $0]) == u[$0]
                })
            {
                return (value, k + u.count)
            }
        }
        return nil
    }

    /// The 1-based line and column (in characters, as an editor counts them)
    /// of a byte offset; a byte order mark is not counted.
    public static func lineAndColumn(of offset: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        var k = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { k += 3 }
        let end = bytes.startIndex + offset
        while k < end {
            let c = bytes[k]
            if c == 0x0A { line += 1; column = 1 } else if c & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return (line, column)
    }
}
