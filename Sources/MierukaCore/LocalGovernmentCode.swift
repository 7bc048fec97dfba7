/// The 全国地方公共団体コード (JIS X 0402 local government code) of a town:
/// checked here so that a mistyped code in `site.yaml` becomes a diagnostic
/// instead of a wrong column in every published CSV.
///
/// The 6-digit form is a 2-digit prefecture code (01–47, JIS X 0401), a
/// 3-digit municipality code and a check digit (検査数字). The check digit is
/// modulus 11 with weights 6, 5, 4, 3, 2: `r = Σ digit × weight mod 11`, and the
/// check digit is the last digit of `11 − r` (so r = 0 gives 1 and r = 1 gives 0).
/// Examples: 磐梯町 074071, 札幌市 011002, 千代田区 131016.
public enum LocalGovernmentCode {
    /// Whether `code` is six ASCII digits with a known prefecture (01–47) and
    /// the right check digit.
    public static func isValid(_ code: String) -> Bool {
        let digits = Array(code.utf8)
        guard digits.count == 6, let expected = checkDigit(String(decoding: digits[0..<5], as: UTF8.self)) else {
            return false
        }
        return Int(digits[5]) - 48 == expected
    }

    /// The check digit for a 5-digit code (prefecture + municipality), or nil
    /// when `fiveDigits` is not five ASCII digits with a prefecture 01–47.
    public static func checkDigit(_ fiveDigits: String) -> Int? {
        let digits = Array(fiveDigits.utf8)
        guard digits.count == 5, digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let values = digits.map { Int($0) - 48 }
        let prefecture = values[0] * 10 + values[1]
        guard (1...47).contains(prefecture) else { return nil }
        let sum = zip(values, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - sum % 11) % 10
    }

    /// The town as a resource of e-Stat's statistical LOD, by its 統計に用いる
    /// 標準地域コード (the code without its check digit), the URI scheme the
    /// government's 共通語彙基盤 uses for 市区町村コード:
    /// `"074071"` -> `http://data.e-stat.go.jp/lod/sac/C07407`. Nil for a code that is not valid.
    public static func standardAreaURI(_ code: String) -> String? {
        guard isValid(code) else { return nil }
        return "http://data.e-stat.go.jp/lod/sac/C" + code.prefix(5)
    }

    /// The page of the 総務省 code list, the datatype mieruka gives a
    /// 全国地方公共団体コード written as an identifier's notation (DCAT `adms:Identifier`).
    public static let schemeURL = "https://www.soumu.go.jp/denshijiti/code.html"

    /// The code with its check digit, for messages that suggest the right code:
    /// `"07407"` -> `"074071"`. Nil when `fiveDigits` is not a valid 5-digit code.
    public static func withCheckDigit(_ fiveDigits: String) -> String? {
        checkDigit(fiveDigits).map { fiveDigits + String($0) }
    }
}
