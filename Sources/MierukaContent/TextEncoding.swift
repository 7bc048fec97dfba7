import Foundation
import MierukaCore
import MierukaYAML

/// The encodings a CSV file may come in besides UTF-8. Excel in Japan saves
/// "CSV (comma delimited)" as Shift_JIS (Windows code page 932), so such a
/// file is read, with a warning; UTF-16 ("Unicode text") and files that mix
/// encodings are refused with a message naming what was found. YAML and
/// Markdown stay UTF-8 only: editors write them, not Excel.
enum TextEncoding {
    enum Found: Equatable {
        case shiftJIS(String)
        case utf16(bigEndian: Bool)
        case mixed
        case unknown
    }

    /// What bytes that are not UTF-8 are.
    static func detect(_ bytes: ArraySlice<UInt8>) -> Found {
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true) }
        // UTF-16 without a BOM: every other byte of ASCII text is zero.
        let sample = bytes.prefix(512)
        let zeros = sample.lazy.filter { $0 == 0 }.count
        if sample.count >= 4 && zeros * 4 >= sample.count {
            let evenZeros = sample.enumerated().filter { $0.offset % 2 == 0 && $0.element == 0 }.count
            return .utf16(bigEndian: evenZeros * 2 > zeros)
        }
        if hasUTF8Line(bytes) { return .mixed }
        guard let text = String(data: Data(bytes), encoding: .shiftJIS) else { return .unknown }
        return .shiftJIS(text)
    }

    /// Whether one line of text that is not all UTF-8 is valid UTF-8 with
    /// non-ASCII characters in it: text pasted together from two encodings.
    /// (A Shift_JIS line with Japanese in it is almost never valid UTF-8.)
    static func hasUTF8Line(_ bytes: ArraySlice<UInt8>) -> Bool {
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        where line.contains(where: { $0 >= 0x80 }) {
            if String(validating: line, as: UTF8.self) != nil { return true }
        }
        return false
    }
}
