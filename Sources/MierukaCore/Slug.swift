/// Names that become parts of URLs and file paths.
public enum Slug {
    /// The longest name, in UTF-8 bytes, that may become one part of a path
    /// (an id, a slug, a tag's folder). File systems allow 255 bytes for a
    /// name; 100 leaves room for names made of two (`<dataset>-<chart>.svg`).
    public static let maxBytes = 100

    /// Whether `s` is a valid id or slug: lowercase ASCII letters, digits and
    /// hyphens, starting with a letter or digit, at most `maxBytes` characters.
    /// Ids are safe as file names and URL segments on every system.
    public static func isValid(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, s.utf8.count <= maxBytes else { return false }
        guard isLowerAlnum(first) else { return false }
        return s.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    /// An id made from a name or title, the one slugifier for ids and file
    /// names (`Seal Abolition` → `seal-abolition`, `Open Data Day 2021` →
    /// `open-data-day-2021`): ASCII letters lowercased, digits kept, every run
    /// of other characters one hyphen, cut at a hyphen to fit `maxLength`.
    /// Nil when nothing usable is left (a name in Japanese).
    public static func make(from text: String, maxLength: Int = maxBytes) -> String? {
        var out = ""
        for c in text.lowercased().unicodeScalars {
            if isLowerAlnum(c) {
                out.unicodeScalars.append(c)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.count > maxLength {
            out = String(out.prefix(maxLength))
            if let cut = out.lastIndex(of: "-") { out = String(out[..<cut]) }
        }
        return isValid(out) ? out : nil
    }

    /// The URL segment for a tag: Japanese kept as it is, ASCII lowercased,
    /// spaces and punctuation that mean something in paths or URLs turned into
    /// hyphens. Returns nil when nothing usable is left.
    public static func tag(_ tag: String) -> String? {
        var out = ""
        var lastHyphen = false
        for scalar in tag.unicodeScalars {
            let v = scalar.value
            // ASCII through a table; other characters by their properties.
            let bad = v < 0x80 ? asciiSeparators[Int(v)] : scalar.properties.isWhitespace || scalar == "\u{3000}"
            if bad {
                if !lastHyphen && !out.isEmpty { out += "-"; lastHyphen = true }
            } else {
                if v < 0x80 {
                    out.unicodeScalars.append((0x41...0x5A).contains(v) ? Unicode.Scalar(v + 0x20)! : scalar)
                } else if !scalar.properties.changesWhenLowercased {
                    out.unicodeScalars.append(scalar)  // kana and kanji have no case
                } else {
                    out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
                lastHyphen = scalar == "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        return out.isEmpty ? nil : out
    }

    /// ASCII characters that become a hyphen in a tag's URL segment: controls,
    /// space and the characters that mean something in a URL or in HTML.
    static let asciiSeparators: [Bool] = (0..<128).map { v in
        v < 0x21 || v == 0x7F || "/\\?#%&<>\"'`|:*.,;=+[]{}()!@$^".unicodeScalars.contains(Unicode.Scalar(UInt8(v)))
    }

    static func isLowerAlnum(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c)
    }
}

/// Checks for paths written in content (`csv:`, `cover:`): they must stay
/// inside the folder they are relative to.
public enum SafePath {
    /// Normalises a relative path written in content. Returns nil for absolute
    /// paths, `..` that climbs out, empty paths and control characters.
    public static func relative(_ path: String) -> String? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("\\"), !path.contains("\\"),
            !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
            !path.contains(":")
        else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
