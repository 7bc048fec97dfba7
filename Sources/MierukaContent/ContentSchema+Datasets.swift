import MierukaCore
import MierukaCharts

// The key table of a dataset (Loader+Datasets.swift) and its charts
// (Loader+Charts.swift), in the order the loader reads them.

extension ContentSchema {
    static let frequencies: [SchemaChoice] = UpdateFrequency.allCases.map { f in
        switch f {
        case .daily: return SchemaChoice(f.rawValue, "毎日", "daily")
        case .weekly: return SchemaChoice(f.rawValue, "毎週", "weekly")
        case .monthly: return SchemaChoice(f.rawValue, "毎月", "monthly")
        case .quarterly: return SchemaChoice(f.rawValue, "四半期ごと", "quarterly")
        case .yearly: return SchemaChoice(f.rawValue, "毎年", "yearly")
        case .irregular: return SchemaChoice(f.rawValue, "不定期", "irregular")
        case .never: return SchemaChoice(f.rawValue, "更新なし", "never updated")
        }
    }

    static let fieldTypes: [SchemaChoice] = FieldType.allCases.map { t in
        switch t {
        case .integer: return SchemaChoice(t.rawValue, "整数（3400、-12）", "a whole number")
        case .number: return SchemaChoice(t.rawValue, "数値（12.5）", "a decimal number")
        case .string: return SchemaChoice(t.rawValue, "文字列", "text")
        case .date: return SchemaChoice(t.rawValue, "日付（2020-07-01）", "a date, YYYY-MM-DD")
        case .year: return SchemaChoice(t.rawValue, "年（2020）", "a year, four digits")
        case .boolean: return SchemaChoice(t.rawValue, "真偽値（true、false）", "true or false")
        }
    }

    static let chartTypes: [SchemaChoice] = ChartSpec.Kind.allCases.map { k in
        switch k {
        case .line: return SchemaChoice(k.rawValue, "折れ線グラフ", "lines over a year, date, number or category axis")
        case .bar: return SchemaChoice(k.rawValue, "棒グラフ", "bars per category")
        case .stackedBar: return SchemaChoice(k.rawValue, "積み上げ棒グラフ", "bars with the series stacked")
        case .progress: return SchemaChoice(k.rawValue, "進み具合（0〜100 %）", "one bar per row against 100 %")
        case .sparkline:
            return SchemaChoice(k.rawValue, "小さな折れ線（ホームの数字）", "a small line for the home page's headline figures")
        }
    }

    /// A cell of an inline row: a value, or nothing (a missing value).
    static let cell: JSON = .object([("type", .array(["string", "number", "boolean", "null"].map(JSON.string)))])

    /// `rows:` is read by the dataset reader itself (readInlineRows): a list
    /// of rows, each a list of values in field order or a group naming fields.
    static let rows: JSON = .object([
        ("type", .array([.string("array"), .string("null")])),
        (
            "items",
            .object([
                ("type", .array([.string("array"), .string("object")])),
                ("items", cell),
                ("propertyNames", .object([("pattern", .string(SchemaPattern.fieldName))])),
                ("additionalProperties", cell),
            ])
        ),
    ])

    static let chart = SchemaGroup(
        title: "グラフ",
        [
            SchemaKey(
                "id", .text(.id), required: true, "グラフの id", "データセットの中で一つだけの id。/charts/<データセット>-<id>.svg になります。",
                en: "Unique within the dataset; names the file /charts/<dataset>-<id>.svg."),
            SchemaKey(
                "type", .choice(chartTypes), required: true, "グラフの種類", "line、bar、stacked-bar、progress、sparkline。",
                en: "line, bar, stacked-bar, progress or sparkline."),
            SchemaKey(
                "title", .text(.plain), "グラフの題名", "書かなければデータセットの題名。",
                en: "The chart's title; the dataset's title by default."),
            SchemaKey(
                "description", .text(.plain), "グラフの説明", "画面読み上げで読まれる説明。書かなければ数値から作ります。",
                en: "The text alternative; generated from the data when left out."),
            SchemaKey(
                "x", .text(.fieldName), required: true, "横軸のフィールド", "横軸に置くフィールドの name（progress では棒の名前）。",
                en: "The field along the horizontal axis (for progress: each bar's label)."),
            SchemaKey(
                "y", .text(.fieldName), required: true, "値のフィールド", "描く値のフィールドの name。integer か number のフィールド。",
                en: "The field that is drawn: an integer or number field."),
            SchemaKey(
                "series", .text(.fieldName), "系列のフィールド", "値ごとに線や棒の色を分けるフィールド。progress では使えません。",
                en: "A field whose values split the rows into series; not for progress."),
            SchemaKey(
                "styles",
                .freeGroup(
                    of: .group(
                        SchemaGroup(
                            title: "系列の描き方",
                            [
                                SchemaKey(
                                    "dashed", .boolean, "破線", "推計などを破線で描きます。",
                                    en: "Draw the line dashed (projections).", default: .bool(false)),
                                SchemaKey(
                                    "label", .text(.plain), "系列の名前", "凡例と説明に出す名前。",
                                    en: "The name shown in labels, the legend and the description."),
                            ]))), "系列ごとの描き方", "キーは系列の値（例: 推計）。",
                en: "How each series is drawn; keys are series values as in the data."),
            SchemaKey(
                "annotations",
                .list(
                    of: .group(
                        SchemaGroup(
                            title: "注記",
                            [
                                SchemaKey(
                                    "x", .text(.plain), required: true, "位置", "横軸のフィールドの値（例: 2020）。",
                                    en: "A value of the x field, e.g. 2020."),
                                SchemaKey(
                                    "label", .text(.plain), required: true, "注記の文字", "例: DX戦略開始", en: "The label."),
                                SchemaKey(
                                    "y", .number, "値", "書くと縦線ではなく点（目標など）になります。",
                                    en: "With y, a labelled point (such as a target) instead of a line."),
                            ]))), "注記", "横軸の値に引く線と文字。", en: "Labelled marks at x values."),
            SchemaKey(
                "horizontal", .boolean, "横向き", "bar と stacked-bar だけ。棒を横向きにします。",
                en: "bar and stacked-bar only: bars to the right.", default: .bool(false)),
            SchemaKey(
                "percent", .boolean, "割合（100 %）", "stacked-bar だけ。各棒を合計に対する割合で描きます。",
                en: "stacked-bar only: each bar shows shares of its total.", default: .bool(false)),
        ],
        rules: [
            .onlyWhen(
                key: "horizontal", other: "type",
                isOneOf: [ChartSpec.Kind.bar.rawValue, ChartSpec.Kind.stackedBar.rawValue]),
            .onlyWhen(key: "percent", other: "type", isOneOf: [ChartSpec.Kind.stackedBar.rawValue]),
            .notWhen(key: "series", other: "type", is: ChartSpec.Kind.progress.rawValue),
        ])

    static let field = SchemaGroup(
        title: "フィールド（列）",
        [
            SchemaKey(
                "name", .text(.fieldName), required: true, "フィールド名",
                "CSV の見出しになる名前。英小文字・数字・_ で、英字から始めます（例: population）。",
                en: "The column's machine name and CSV header: a–z, 0–9 and _, starting with a letter."),
            SchemaKey("title", .text(.plain), "見出し", "列の日本語の見出し（例: 人口）。", en: "The column's Japanese heading."),
            SchemaKey(
                "type", .choice(fieldTypes), required: true, "型", "integer、number、string、date、year、boolean。",
                en: "What every value must be."),
            SchemaKey("unit", .text(.plain), "単位", "例: 人、件、%", en: "The unit, e.g. 人."),
            SchemaKey("description", .text(.plain), "説明", "列の意味。", en: "What the column means."),
            SchemaKey(
                "optional", .boolean, "空欄を認める", "true のとき、値のない行を認めます。",
                en: "true allows rows to leave this value empty.", default: .bool(false)),
            SchemaKey(
                "values", .texts(.plain, unique: true), "選べる値", "文字列のフィールドだけ。列に書ける値の一覧（例: [実績, 推計]）。",
                en: "Text fields only: the choices the column may hold."),
        ],
        rules: [
            .onlyWhen(key: "values", other: "type", isOneOf: [FieldType.string.rawValue])
        ])

    public static let dataset = ContentSchema(
        id: "dataset", loaderWhat: "the dataset", place: "content/datasets/<id>.yaml",
        files: ["/content/datasets/*.yaml", "/content/datasets/*.yml"], folder: "datasets",
        title: "データセット（datasets/<id>.yaml）",
        about: "一つのデータセット：説明、フィールド（列）、行（rows か CSV）、グラフ。ファイル名が id になります。",
        english: "One dataset: metadata, fields, rows (inline or a CSV file) and charts; the file name is its id.",
        root: SchemaGroup(
            [
                SchemaKey(
                    "title", .text(.plain), required: true, "データセットの名前", "グラフの題名にもなります。", en: "The dataset's name."),
                SchemaKey(
                    "description", .text(.plain), required: true, "説明", "何のデータか、どう作ったか、その限界。",
                    en: "What the data is, how it was made, its limits."),
                SchemaKey(
                    "source",
                    .group(
                        SchemaGroup(
                            title: "出典",
                            [
                                SchemaKey(
                                    "name", .text(.plain), required: true, "出典の名前", "出典の表記に出ます。",
                                    en: "The source's name."),
                                SchemaKey(
                                    "url", .link(.web), "出典のアドレス", "https:// または http:// で始まるアドレス。",
                                    en: "The source's address."),
                            ])), "出典", "データのもと。", en: "Where the data comes from."),
                SchemaKey(
                    "license", license, "ライセンス", "書かなければ site.yaml のライセンス。id だけでも書けます（license: PDL-1.0）。",
                    en: "The site's licence by default; a known id alone works too."),
                SchemaKey("unit", .text(.plain), "単位", "例: 人、件", en: "The dataset's unit."),
                SchemaKey(
                    "frequency", .choice(frequencies), "更新の頻度", "書くと、更新が遅れたときに警告します。",
                    en: "How often the data is updated; gives an overdue warning."),
                SchemaKey(
                    "updated", .date, "最終更新日", "YYYY-MM-DD。書かなければ行の中で最も新しい日付。",
                    en: "When the data was last updated; the newest date in the rows by default."),
                SchemaKey(
                    "illustrative", .boolean, "例示", "数値が例示のときに true。", en: "true when the numbers are examples.",
                    default: .bool(false)),
                SchemaKey("keywords", .texts(.plain), "キーワード", "カタログに載るキーワード。", en: "Keywords for the catalogue."),
                SchemaKey(
                    "primary_key", .texts(.fieldName), "主キー", "行を特定するフィールド（例: [year, kind]）。",
                    en: "The field(s) that identify a row."),
                SchemaKey(
                    "standard_columns", .boolean, "自治体標準の列", "全国地方公共団体コード、都道府県名、市区町村名の列を先頭に付けます。",
                    en: "Put the three columns of the 自治体標準オープンデータセット first.", default: .bool(false)),
                SchemaKey(
                    "edited", .boolean, "加工した", "出典のデータを加工したとき true（「…を加工して作成」）。",
                    en: "true when the town edited data from its source.", default: .bool(false)),
                SchemaKey(
                    "version", .text(.plain), "版", "データの版。書かなければ changes の最新の版。",
                    en: "The data's version; by default the newest change's."),
                SchemaKey(
                    "changes",
                    .list(
                        of: .group(
                            SchemaGroup(
                                title: "変更",
                                [
                                    SchemaKey(
                                        "date", .date, required: true, "日付", "変更した日（YYYY-MM-DD）。",
                                        en: "When (YYYY-MM-DD)."),
                                    SchemaKey(
                                        "description", .text(.plain), required: true, "内容", "何を変えたか。",
                                        en: "What changed."),
                                    SchemaKey("version", .text(.plain), "版", "この変更で付けた版。", en: "The version it made."),
                                ]))), "更新履歴", "変更の一覧（古い順）。", en: "The change history, oldest first."),
                SchemaKey(
                    "allow_formulas", .boolean, "= で始まる値を認める", "文字列が = + - @ で始まるのが意図どおりのとき true。",
                    en: "Silences the spreadsheet-formula warning.", default: .bool(false)),
                SchemaKey(
                    "fields", .list(of: .group(field), minItems: 1), required: true, "フィールド（列）", "列の一覧。",
                    en: "The columns."),
                SchemaKey(
                    "rows", .raw(rows), "行", "フィールドの順の値のリスト（- [2020, 3400]）か、フィールド名のグループ。csv とどちらか一つ。",
                    en:
                        "The data: each row a list of values in field order, or a group naming the fields. Either rows or csv."
                ),
                SchemaKey(
                    "csv", .text(.relativePath), "CSV ファイル",
                    "このファイルと同じフォルダーの CSV のファイル名（例: population.csv）。rows とどちらか一つ。",
                    en: "The name of a CSV file beside this file. Either rows or csv."),
                SchemaKey("charts", .list(of: .group(chart)), "グラフ", "グラフの宣言。", en: "Chart declarations."),
            ], exactlyOne: ["rows", "csv"]))
}
