/// 行政データにおける機械可読性に関するルール (decided 2026-03-31; the Digital
/// Agency publishes the 30 rules as CSV and JSON in
/// digital-go-jp/machine_readability_rule): the rules as mieruka knows them,
/// and what a check of one dataset found. The loader checks what can be
/// decided from the data and its declaration (docs/content.md, "Machine
/// readability"); the dataset page, its JSON and the Data Package show the result.
public enum MachineReadability {
    /// How mieruka stands to one rule.
    public enum Kind: Sendable, Hashable {
        /// Checked in every dataset; a finding is a warning.
        case checked
        /// True of every file mieruka publishes, whatever the content says.
        case guaranteed(String)
        /// About spreadsheets or files mieruka does not make.
        case notApplicable(String)
    }

    public struct Rule: Sendable, Hashable {
        /// `L1-05`.
        public let id: String
        /// The rule's name, shortened from the official list.
        public let name: String
        public let kind: Kind
    }

    /// The result of one rule for one dataset.
    public struct Result: Sendable, Hashable {
        public enum Status: String, Sendable, Hashable {
            /// Checked, nothing found.
            case passed
            /// Checked, `findings` places found (each reported as a warning).
            case warning
            /// Holds for every file mieruka writes.
            case guaranteed
            case notApplicable = "not-applicable"
        }
        public let rule: Rule
        public let status: Status
        public let findings: Int
        /// What was found or why the rule holds, in plain words.
        public let note: String

        public init(rule: Rule, status: Status, findings: Int = 0, note: String = "") {
            (self.rule, self.status, self.findings, self.note) = (rule, status, findings, note)
        }
    }

    static let excel = "Excel の書式・オブジェクト・数式に関するルールで、mieruka は CSV と JSON だけを公開する"

    /// The 30 rules, in the official order.
    public static let rules: [Rule] = [
        Rule(id: "L1-01", name: "機械が直接読み取れるファイル形式", kind: .guaranteed("CSV と JSON で公開する")),
        Rule(id: "L1-02", name: "1ファイルに1つの表", kind: .guaranteed("1データセットを1つの CSV に書く")),
        Rule(id: "L1-03", name: "データが分断されていない", kind: .guaranteed("空白の行・列を書かない")),
        Rule(id: "L1-04", name: "データ本体と無関係な情報がない", kind: .guaranteed("表の外にメモを書かない")),
        Rule(id: "L1-05", name: "すべての列に意味が分かる項目名", kind: .checked),
        Rule(id: "L1-06", name: "スペースや改行で体裁を整えていない", kind: .checked),
        Rule(id: "L1-07", name: "1セル1データ", kind: .notApplicable("値の中身からは判断できない")),
        Rule(id: "L1-08", name: "機種依存文字を使っていない", kind: .checked),
        Rule(id: "L1-09", name: "空白とゼロを区別している", kind: .checked),
        Rule(id: "L1-10", name: "【Excel】オブジェクトを使っていない", kind: .notApplicable(excel)),
        Rule(id: "L1-11", name: "【Excel】書式で違いを表していない", kind: .notApplicable(excel)),
        Rule(id: "L1-12", name: "【Excel】セルを結合していない", kind: .notApplicable(excel)),
        Rule(id: "L1-13", name: "【Excel】非表示の行や列がない", kind: .notApplicable(excel)),
        Rule(id: "L1-14", name: "【CSV】1行1データ", kind: .checked),
        Rule(id: "L1-15", name: "【CSV】カンマを含む値を引用符で囲む", kind: .guaranteed("RFC 4180 の通りに引用符で囲む")),
        Rule(id: "L2-01", name: "数値データは数値で、文字を含まない", kind: .checked),
        Rule(id: "L2-02", name: "項目名などを省略していない", kind: .notApplicable("値の中身からは判断できない")),
        Rule(id: "L2-03", name: "各列の項目名が一意", kind: .checked),
        Rule(id: "L2-04", name: "選択肢の表記が統一されている", kind: .checked),
        Rule(id: "L2-05", name: "「その他」の詳細を別の列にしている", kind: .checked),
        Rule(id: "L2-06", name: "【Excel】数式を値に直している", kind: .notApplicable(excel)),
        Rule(id: "L3-01", name: "1行目が項目名で、2行目からデータ", kind: .guaranteed("1行目に項目名を書く")),
        Rule(id: "L3-02", name: "コード表を添付している", kind: .notApplicable("コードの意味は項目の説明に書く")),
        Rule(id: "L3-03", name: "特殊記号の定義を明記している", kind: .guaranteed("数値の列には数値だけを書く（型で確かめる）")),
        Rule(id: "L3-04", name: "データの単位を書いている", kind: .checked),
        Rule(id: "L3-05", name: "時間軸の表記が標準化されている", kind: .checked),
        Rule(id: "L3-06", name: "地域コードか正式な地域名", kind: .checked),
        Rule(id: "L3-07", name: "年によって形式が大きく変わらない", kind: .notApplicable("1つの版だけでは判断できない")),
        Rule(id: "L3-08", name: "データの定義や更新履歴を書いている", kind: .checked),
        Rule(id: "L3-09", name: "縦持ち形式", kind: .checked),
    ]

    public static func rule(_ id: String) -> Rule { rules.first { $0.id == id }! }

    /// Characters that show differently or not at all on other systems
    /// (L1-08): circled and parenthesised numbers and letters, Roman
    /// numerals, squared words and units, era-name ligatures, half-width
    /// katakana, and a few symbols (№ ℡ ㈱ ㈲).
    public static func isMachineDependent(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2460...0x24FF,  // ① … ⑳, ⒜, Ⓐ
            0x2160...0x217F,  // Ⅰ … ⅿ
            0x3200...0x32FF,  // ㈱ ㈲ ㊤ ㋐
            0x3300...0x33FF,  // ㌔ ㍉ ㍻ ㎝
            0xFF61...0xFF9F,  // ｱ … ﾟ (half-width katakana)
            0x2116, 0x2121:  // № ℡
            return true
        default:
            return false
        }
    }

    /// A year written with a Japanese era name (令和2年, R2, 平成31年度, H30)
    /// rather than 西暦 (L3-05).
    public static func isEraYear(_ text: String) -> Bool {
        // Every form has a digit or 元: most cells have neither, and need no trimming.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || text.unicodeScalars.contains("元") else {
            return false
        }
        let t = text.trimmingCharacters(in: .whitespaces)
        for era in ["令和", "平成", "昭和", "大正", "明治"] where t.hasPrefix(era) {
            let rest = t.dropFirst(era.count)
            return rest.first.map { $0.isNumber || $0 == "元" } ?? false
        }
        guard let first = t.unicodeScalars.first, "RHSTMrhstm".unicodeScalars.contains(first) else { return false }
        let rest = t.unicodeScalars.dropFirst()
        let digits = rest.prefix { ("0"..."9").contains($0) }
        let tail = String(String.UnicodeScalarView(rest.dropFirst(digits.count)))
        // R2, R2年, R2年度, R2.4, H30/4.
        return (1...2).contains(digits.count) && (tail.isEmpty || ["年", ".", "/"].contains { tail.hasPrefix($0) })
    }

    /// The characters of the units a number is often written with (人, 円, %, 世帯, km, か所, …).
    static let unitCharacters: Set<Character> = [
        "人", "円", "%", "％", "件", "世帯", "歳", "年", "km", "m", "戸", "台", "回", "日", "時間", "か所", "箇所",
    ]
    .reduce(into: []) { $0.formUnion($1) }

    /// Text that is a number with something around it (3,400人, 12%, 1,200※1, ▲5):
    /// a number kept as text (L2-01). Plain numbers are not.
    public static func isDecoratedNumber(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, !DecimalNumber.isDecimal(t) else { return false }
        var core = t
        for mark in ["※", "*", "＊", "注"] { if let r = core.range(of: mark) { core = String(core[..<r.lowerBound]) } }
        core = core.replacingOccurrences(of: ",", with: "")
        if core.hasPrefix("▲") || core.hasPrefix("△") { core = "-" + core.dropFirst() }
        while let last = core.last, unitCharacters.contains(last) || last == " " { core.removeLast() }
        return DecimalNumber.isDecimal(core) && core != t
    }
}
