/// One language a site is published in (`languages:` in site.yaml), and
/// everything decided by it: the name in URLs and file names, the `lang` of
/// its pages, the `hreflang` of links to them, and where its pages live.
///
/// Codes are BCP 47 language tags (`ja`, `en`, `zh-Hans`, `pt-BR`), plus
/// `ja-easy` for やさしい日本語. Easy Japanese is Japanese to a screen reader,
/// a browser's fonts and the Nu checker, so its pages say `lang="ja"`; links
/// to them say `hreflang="ja-x-easy"` (a valid BCP 47 tag with a private-use
/// part), which keeps the easy and the standard version apart where both are
/// alternates of one page: crawlers that do not know the tag ignore that
/// alternate, and find the standard Japanese one as `ja`.
public struct SiteLanguage: Sendable, Hashable, CustomStringConvertible {
    /// As site.yaml and file names write it: `ja`, `ja-easy`, `en`.
    public let code: String

    public init(_ code: String) { self.code = code }

    public static let easyJapaneseCode = "ja-easy"

    public var isEasyJapanese: Bool { code == Self.easyJapaneseCode }
    /// The language's primary subtag: `ja` for `ja` and `ja-easy`, `zh` for `zh-Hans`.
    public var primary: String { String(code.prefix { $0 != "-" }).lowercased() }
    public var isJapanese: Bool { primary == "ja" }
    /// `<html lang>` and every `lang` attribute of text in this language.
    public var htmlLang: String { isEasyJapanese ? "ja" : code }
    /// `hreflang` of a link to a page in this language.
    public var hreflang: String { isEasyJapanese ? "ja-x-easy" : code }
    /// The folder of its pages below the site's root when it is not the
    /// default language: `en/`, `easy/` (for `ja-easy`), `zh-hans/`.
    public var folder: String { isEasyJapanese ? "easy/" : code.lowercased() + "/" }
    /// The class on `<html>` that tells a theme which language a page is in
    /// (easy Japanese shares `lang="ja"` with Japanese): `lang-ja-easy`.
    public var htmlClass: String { "lang-" + code.lowercased() }
    public var description: String { code }

    /// `og:locale` (language_TERRITORY): `ja_JP`, `en_US`, `zh_CN`.
    public var ogLocale: String {
        let territories = ["ja": "JP", "en": "US", "zh": "CN", "ko": "KR", "vi": "VN", "pt": "BR", "es": "ES"]
        let parts = code.split(separator: "-")
        if parts.count > 1, parts[1].count == 2 { return primary + "_" + parts[1].uppercased() }
        return primary + "_" + (territories[primary] ?? primary.uppercased())
    }

    /// The language's own name, for the language switcher: 日本語, やさしい日本語, English.
    public var nativeName: String {
        if isEasyJapanese { return "やさしいにほんご" }
        return Self.nativeNames[primary] ?? code
    }

    /// Whether `code` is a language tag mieruka takes: `ja-easy`, or a
    /// known ISO 639-1 language optionally followed by subtags of 2–8
    /// letters or digits (`pt-BR`, `zh-Hans`).
    public static func isValid(_ code: String) -> Bool {
        code == easyJapaneseCode || (hasCodeShape(code) && iso639_1.contains(String(code.prefix { $0 != "-" })))
    }

    /// Whether `text` is written like a language tag (2–3 letters, then
    /// subtags of 2–8 letters or digits), known or not: what a file name's
    /// `.en` part must look like to be read as a translation's language.
    public static func hasCodeShape(_ text: String) -> Bool {
        func alnum(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c)) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.unicodeScalars.allSatisfy(alnum) }
    }

    /// Codes people write for a language that are not its code, with the code.
    public static let commonMistakes: [String: String] = [
        "jp": "ja", "jpn": "ja", "japanese": "ja", "easy": "ja-easy", "ja-yasashii": "ja-easy", "yasashii": "ja-easy",
        "ja-simple": "ja-easy", "eng": "en", "english": "en", "cn": "zh-Hans", "zh-cn": "zh-Hans", "zh-tw": "zh-Hant",
        "kr": "ko", "vn": "vi", "br": "pt-BR",
    ]

    /// Every ISO 639-1 code.
    public static let iso639_1: Set<String> = Set(
        ("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee "
            + "el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik "
            + "io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk "
            + "ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa "
            + "sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur "
            + "uz ve vi vo wa wo xh yi yo za zh zu").split(separator: " ").map(String.init))

    static let nativeNames: [String: String] = [
        "ja": "日本語", "en": "English", "zh": "中文", "ko": "한국어", "vi": "Tiếng Việt", "pt": "Português",
        "es": "Español", "tl": "Tagalog", "ne": "नेपाली", "id": "Bahasa Indonesia", "th": "ไทย", "my": "မြန်မာ",
        "fr": "Français", "de": "Deutsch", "ru": "Русский", "uk": "Українська", "mn": "Монгол", "si": "සිංහල",
        "bn": "বাংলা", "hi": "हिन्दी", "ur": "اردو", "fa": "فارسی", "ar": "العربية", "km": "ភាសាខ្មែរ",
    ]
}
