#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Escaping for every kind of text output. Content is never trusted: titles,
/// tags and data values go through one of these before they reach a file.
public enum Escape {
    /// For HTML text and attribute values, and for XML (SVG, Atom, sitemap).
    public static func html(_ s: String) -> String {
        // Most text needs no escaping: one pass over the bytes finds out, and
        // the string is returned as it is, without a copy.
        if needsNoEscaping(s) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Characters that XML 1.0 forbids are dropped rather than written.
                if c.value < 0x20 && c != "\n" && c != "\t" && c != "\r" { continue }
                if c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func needsNoEscaping(_ s: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                    return false
                case 0..<0x20 where b != 0x0A && b != 0x09 && b != 0x0D:
                    return false
                case 0xEF:
                    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                    if i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return false }
                default:
                    break
                }
                i += 1
            }
            return true
        }
        if let result = s.utf8.withContiguousStorageIfAvailable(scan) { return result }
        var copy = s
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(scan) ?? false
    }

    /// XML text: the same rules as HTML.
    public static func xml(_ s: String) -> String { html(s) }

    /// Percent-encodes one URL path segment, keeping unreserved ASCII. Japanese
    /// text is encoded as UTF-8, which browsers show readably in the address bar.
    public static func urlPathSegment(_ s: String) -> String {
        var out = ""
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        for byte in s.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }

    /// Percent-encodes each segment of a site path (`/tags/行政/` -> `/tags/%E8%A1%8C%E6%94%BF/`).
    public static func urlPath(_ path: String) -> String {
        // Most paths (notes/strategy-office/) need nothing: returned as they are.
        if path.utf8.allSatisfy({ isUnreserved($0) || $0 == UInt8(ascii: "/") }) { return path }
        return path.split(separator: "/", omittingEmptySubsequences: false).map { urlPathSegment(String($0)) }.joined(
            separator: "/")
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}

extension String {
    /// Whether the text's UTF-8 holds `byte`: `memchr` over the contiguous
    /// storage of a native string, many times faster than iterating
    /// `utf8.contains` byte by byte (every note body is searched like this).
    public func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
