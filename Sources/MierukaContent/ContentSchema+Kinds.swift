import MierukaCore
import MierukaCharts

// The key tables of site.yaml, strategy.yaml, initiatives, timeline.yaml,
// agreements.yaml, a note's and a page's front matter and the chart block, in
// the order the loader reads them (Loader.swift, Loader+Strategy.swift,
// Loader+Notes.swift). docs/content.md describes the same keys for people.

extension ContentSchema {
    // MARK: site.yaml

    /// `license:` of site.yaml and of a dataset (Loader.readLicense): a known
    /// licence's id alone (`license: PDL-1.0`), or a group.
    static let license = SchemaValue.oneOf([
        .choice(KnownLicense.all.map { SchemaChoice($0.id, $0.nameJapanese, $0.nameEnglish) }),
        .group(licenseGroup),
    ])

    static let licenseGroup = SchemaGroup(
        title: "ライセンス",
        [
            SchemaKey(
                "name", .text(.plain), "ライセンスの名前", "読む人に示すライセンスの名前（id を書くときは要りません）。例: 独自の利用規約",
                en: "The licence's name shown to readers; not needed with a known id."),
            SchemaKey(
                "url", .link(.web), "ライセンスの本文のアドレス", "https:// または http:// で始まるアドレス。",
                en: "The address of the licence text (https:// or http://)."),
            SchemaKey(
                "id", .text(.plain), "ライセンスの識別子",
                "mieruka が知っているライセンスの id。例: PDL-1.0（公共データ利用規約 第1.0版）、CC-BY-4.0",
                en: "A licence mieruka knows, by id, e.g. PDL-1.0 or CC-BY-4.0."),
        ])

    public static let site = ContentSchema(
        id: "site", loaderWhat: "site.yaml", place: "content/site.yaml", files: ["/content/site.yaml"], folder: "",
        title: "サイト全体の設定（site.yaml）",
        about: "サイトの名前、自治体、公開するアドレス、ライセンス、メニューなど。このファイルだけは必ず要ります。",
        english: "The site as a whole: name, municipality, address, licence, menu. The one required file.",
        root: SchemaGroup([
            SchemaKey(
                "name", .text(.plain), required: true, "サイトの名前", "ページのタイトル、ヘッダー、フィードの題名に使われます。",
                en: "The site's name: page titles, header, feed title."),
            SchemaKey(
                "description", .text(.plain), "サイトの説明", "サイトを説明する一文。検索結果の説明、フィード、オープンデータのカタログに使われます。",
                en: "One sentence about the site: meta description, feed subtitle, catalogue description."),
            SchemaKey(
                "municipality",
                .group(
                    SchemaGroup(
                        title: "自治体",
                        [
                            SchemaKey(
                                "name", .text(.plain), required: true, "市区町村名", "例: 磐梯町",
                                en: "The municipality's name, e.g. 磐梯町."),
                            SchemaKey(
                                "name_en", .text(.plain), "市区町村名（英語）", "例: Bandai Town",
                                en: "The name in English, e.g. Bandai Town."),
                            SchemaKey(
                                "prefecture", .text(.plain), required: true, "都道府県名", "例: 福島県",
                                en: "The prefecture, e.g. 福島県."),
                            SchemaKey(
                                "code", .text(.localGovernmentCode), required: true, "全国地方公共団体コード",
                                "検査数字を含む6桁のコード。先頭の 0 が消えないよう、引用符で囲んで書きます（例: \"074071\"）。検査数字は mieruka check が確かめます。",
                                en:
                                    "The 6-digit local government code with its check digit, in quotes (\"074071\"); mieruka check verifies the check digit."
                            ),
                        ])), required: true, "自治体", "サイトを出す自治体。", en: "The municipality that publishes the site."),
            SchemaKey(
                "base_url", .text(.webAddress), "公開するアドレス",
                "サイトを公開するアドレス。https:// で始めます（例: https://www.town.example.jp/dx/）。",
                en: "The site's public address, starting with https:// (http:// gives a warning)."),
            SchemaKey(
                "language", .text(.plain), "言語", "ページとフィードの言語（lang）。", en: "The lang of pages, feed and catalogue.",
                default: .string("ja")),
            SchemaKey(
                "languages", .texts(.plain), "サイトの言語",
                "サイトを出す言語。最初が既定の言語でサイトの一番上に、ほかは /en/ や /easy/（ja-easy：やさしい日本語）の下に出ます（例: [ja, ja-easy, en]）。",
                en:
                    "The languages of the site: the first is the default and lives at the root, each other under its folder (/en/, /easy/ for ja-easy)."
            ),
            SchemaKey(
                "time_zone", .text(.oneOf(SiteTimeZone.known.map(\.name))), "タイムゾーン",
                "フィードとカタログの時刻に付く時差。日本の自治体は Asia/Tokyo（書かなくても同じ）。",
                en: "Gives the UTC offset of timestamps in the feed and catalogue.", default: .string("Asia/Tokyo")),
            SchemaKey(
                "license", license, "ライセンス",
                "サイトと、ライセンスを書かないデータセットのライセンス。id だけでも書けます（license: PDL-1.0）。書かなければ CC BY 4.0。",
                en: "The licence of the site and of every dataset that names none; CC BY 4.0 by default."),
            SchemaKey(
                "publisher",
                .group(
                    SchemaGroup(
                        title: "発行者",
                        [
                            SchemaKey(
                                "name", .text(.plain), required: true, "発行者の名前", "出典の表記、フィード、カタログに使われます。",
                                en: "Used in citations, the feed and the catalogue."),
                            SchemaKey(
                                "url", .link(.web), "発行者のアドレス", "https:// または http:// で始まるアドレス。",
                                en: "The publisher's web address."),
                        ])), "発行者", "サイトとデータを発行する人や課。書かなければ自治体の名前。",
                en: "Who publishes the site and data; the municipality's name by default."),
            SchemaKey(
                "contact",
                .group(
                    SchemaGroup(
                        title: "連絡先",
                        [
                            SchemaKey(
                                "email", .email, "メールアドレス", "アドレスだけを書きます。例: dx@town.example.jp",
                                en: "The address alone, e.g. dx@town.example.jp."),
                            SchemaKey("phone", .text(.plain), "電話番号", "例: 0242-00-0000", en: "The phone number."),
                            SchemaKey("address", .text(.plain), "住所", "例: 福島県耶麻郡磐梯町", en: "The postal address."),
                        ])), "連絡先", "フッターとカタログに出る連絡先。", en: "Shown in the footer and the catalogue."),
            SchemaKey(
                "navigation",
                .list(
                    of: .group(
                        SchemaGroup(
                            title: "メニューの項目",
                            [
                                SchemaKey(
                                    "title", .text(.plain), required: true, "項目の名前", "メニューに出る文字。",
                                    en: "The item's text."),
                                SchemaKey(
                                    "url", .link(.link), required: true, "リンク先",
                                    "/ で始まるサイト内のパス（/notes/）、または https://、http://、mailto:、tel: で始まるアドレス。",
                                    en: "A path on the site (/notes/) or an https, http, mailto or tel address."),
                            ]))), "メニュー", "サイトのメニュー。書いた順に並びます。", en: "The site menu, in order."),
            SchemaKey(
                "csv_bom", .boolean, "CSV に BOM を付ける", "公開する CSV の先頭に BOM を付けます。Excel で文字化けせずに開けます。",
                en: "Start every published CSV with a byte order mark, so Excel reads it as UTF-8.",
                default: .bool(true)),
            SchemaKey(
                "notes_per_page", .integer(1...1000), "1ページのお知らせの数", "お知らせの一覧の1ページに出す数。",
                en: "How many notes each page of /notes/ lists.", default: .int(10)),
            SchemaKey(
                "allow_raw_html", .boolean, "HTML をそのまま通す",
                "Markdown の中の HTML と、どんなリンクもそのまま出します。書く人をすべて信頼できるときだけ true にします。",
                en: "Let raw HTML and any link scheme through in Markdown; only when every author is trusted.",
                default: .bool(false)),
            SchemaKey(
                "data_version", .text(.plain), "データのバージョン", "datapackage.json に書かれるバージョン。",
                en: "The version written into /data/datapackage.json.", default: .string("1.0.0")),
            SchemaKey(
                "machine_readability", .boolean, "機械判読性の警告",
                "データセットが機械判読性のルールに沿っていないところを警告します。false で警告を止めます。",
                en: "Warn about what the machine-readability rules find in the datasets.", default: .bool(true)),
        ]))

    // MARK: strategy.yaml

    /// An item of `reasons`, `principles` or `guidelines.items` (Loader.sections).
    static let section = SchemaGroup(
        title: "項目",
        [
            SchemaKey(
                "id", .text(.id), "アンカー", "戦略のページでの項目のアドレス（/strategy/#ooda）。英小文字・数字・ハイフン。",
                en: "An anchor on the strategy page (/strategy/#ooda): a–z, 0–9 and hyphens."),
            SchemaKey("title", .text(.plain), required: true, "見出し", "項目の見出し。", en: "The section's heading."),
            SchemaKey(
                "body", .text(.plain), "本文", "プレーンテキスト。空行で段落を分けます。",
                en: "Plain text; a blank line starts a new paragraph."),
        ])

    public static let strategy = ContentSchema(
        id: "strategy", loaderWhat: "strategy.yaml", place: "content/strategy.yaml", files: ["/content/strategy.yaml"],
        folder: "",
        title: "DX戦略（strategy.yaml）",
        about: "町のデジタル変革の戦略。/strategy/ のページになり、ミッションとビジョンはホームにも出ます。",
        english: "The town's DX strategy, shown on /strategy/.",
        root: SchemaGroup([
            SchemaKey("title", .text(.plain), required: true, "戦略の名前", "/strategy/ の題名。", en: "The strategy's name."),
            SchemaKey("summary", .text(.plain), "概要", "最初に出る段落。", en: "A lead paragraph."),
            SchemaKey(
                "periods",
                .list(
                    of: .group(
                        SchemaGroup(
                            title: "期間",
                            [
                                SchemaKey(
                                    "name", .text(.plain), required: true, "期間の名前", "例: 第1期",
                                    en: "The period's name, e.g. 第1期."),
                                SchemaKey("start", .date, "始まりの日", "YYYY-MM-DD", en: "The first day, YYYY-MM-DD."),
                                SchemaKey(
                                    "end", .date, "終わりの日", "YYYY-MM-DD。始まりより前にはできません。",
                                    en: "The last day, YYYY-MM-DD; not before the start."),
                            ]))), "期間", "戦略の期間。", en: "The strategy's period(s)."),
            SchemaKey(
                "definition",
                .group(
                    SchemaGroup(
                        title: "DXの定義",
                        [
                            SchemaKey("term", .text(.plain), "用語", "例: DX（デジタル変革）", en: "The term, e.g. DX（デジタル変革）."),
                            SchemaKey("text", .text(.plain), required: true, "定義", "町の定義の文。", en: "The definition."),
                            SchemaKey(
                                "note", .text(.plain), "注記", "例: ICT化との違い", en: "A note, e.g. how DX differs from ICT化."
                            ),
                        ])), "DXの定義", "町がDXをどう定義するか。", en: "How the town defines DX."),
            SchemaKey(
                "mission", .text(.plain), "ミッション", "戦略のページとホームに出ます。", en: "Shown on /strategy/ and the home page."),
            SchemaKey("vision", .text(.plain), "ビジョン", "戦略のページとホームに出ます。", en: "Shown on /strategy/ and the home page."),
            SchemaKey(
                "reasons", .list(of: .group(section)), "デジタル化を進める理由", "項目の一覧（title、body、id）。",
                en: "Why the town digitalises: a list of sections."),
            SchemaKey(
                "principles", .list(of: .group(section)), "戦略の考え方", "項目の一覧（title、body、id）。",
                en: "The strategy's principles: a list of sections."),
            SchemaKey(
                "guidelines",
                .group(
                    SchemaGroup(
                        title: "職員の行動指針",
                        [
                            SchemaKey(
                                "intro", .text(.plain), "前書き", "行動指針の前に出る文。", en: "A text before the guidelines."),
                            SchemaKey(
                                "items", .list(of: .group(section)), "指針", "項目の一覧（title、body、id）。",
                                en: "The guidelines: a list of sections."),
                        ])), "職員の行動指針", "前書きと指針の一覧。", en: "Staff guidelines: an intro and a list of sections."),
            SchemaKey(
                "datasets",
                .group(
                    SchemaGroup(
                        title: "組み込みのデータセットの説明",
                        Routes.BuiltInDataset.allCases.map { id in
                            SchemaKey(
                                id.rawValue, .text(.plain), "「\(id.rawValue)」の説明",
                                "mieruka が戦略から作るデータセットの説明を、この文に置き換えます（50〜5,000字）。",
                                en:
                                    "Replaces the description of the built-in dataset '\(id.rawValue)' (50–5,000 characters)."
                            )
                        })), "組み込みのデータセットの説明", "initiatives、timeline などの説明を置き換えます。",
                en: "Descriptions of the built-in datasets, by id."),
        ]))

    // MARK: initiatives/<id>.yaml

    static let statuses: [SchemaChoice] = InitiativeStatus.allCases.map { status in
        switch status {
        case .planned: return SchemaChoice(status.rawValue, "計画中", "planned")
        case .inProgress: return SchemaChoice(status.rawValue, "進行中", "in progress")
        case .done: return SchemaChoice(status.rawValue, "完了", "done")
        case .paused: return SchemaChoice(status.rawValue, "休止中", "paused")
        }
    }

    public static let initiative = ContentSchema(
        id: "initiative", loaderWhat: "the initiative", place: "content/initiatives/<id>.yaml",
        files: ["/content/initiatives/*.yaml", "/content/initiatives/*.yml"], folder: "initiatives",
        title: "取り組み（initiatives/<id>.yaml）",
        about: "一つの取り組み。ファイル名が id になり、/initiatives/<id>/ のページになります。",
        english: "One initiative; the file name is its id, and its page is /initiatives/<id>/.",
        root: SchemaGroup([
            SchemaKey("title", .text(.plain), required: true, "取り組みの名前", "例: 印鑑の原則全廃", en: "The initiative's name."),
            SchemaKey(
                "summary", .text(.plain), "概要", "一覧に出る1〜2文。書かなければ本文の最初の段落。",
                en: "One or two sentences for lists; the body's first paragraph by default."),
            SchemaKey(
                "body", .text(.markdown), "本文", "Markdown。body: | のあと、各行を字下げして書きます。```chart のブロックも書けます。",
                en: "Markdown, written after 'body: |' with every line indented; may contain ```chart blocks."),
            SchemaKey(
                "status", .choice(statuses), required: true, "状態",
                "planned（計画中）、in-progress（進行中）、done（完了）、paused（休止中）。",
                en: "planned, in-progress, done or paused."),
            SchemaKey("progress", .integer(0...100), "進み具合（%）", "0〜100 の整数。", en: "Percent done, 0–100."),
            SchemaKey("owner", .text(.plain), "担当課", "例: 総務課", en: "The department in charge."),
            SchemaKey(
                "partners", .texts(.plain), "連携先", "連携する団体。agreements.yaml の partner と同じ文字で書きます。",
                en: "Partner organisations, written exactly as 'partner:' in agreements.yaml."),
            SchemaKey("start", .date, "始まった日", "YYYY-MM-DD", en: "When it started, YYYY-MM-DD."),
            SchemaKey(
                "end", .date, "終わる日", "YYYY-MM-DD。始まりより前にはできません。",
                en: "When it ended or is planned to end; not before start."),
            SchemaKey(
                "priority", .boolean, "重点項目", "true にするとホームにも出ます。",
                en: "A priority initiative, also listed on the home page.", default: .bool(false)),
            SchemaKey(
                "order", .integer(nil), "並び順", "小さいほど先に並びます。同じ数なら id 順。", en: "Position in lists: lower first.",
                default: .int(1000)),
            SchemaKey(
                "illustrative", .boolean, "例示", "状態・進み具合・日付が例示のときに true。サイトにそう書かれます。",
                en: "true when statuses, progress or dates are examples.", default: .bool(false)),
            SchemaKey(
                "history",
                .list(
                    of: .group(
                        SchemaGroup(
                            title: "状態の履歴",
                            [
                                SchemaKey(
                                    "date", .date, required: true, "日付", "状態が変わった日。YYYY-MM-DD",
                                    en: "When the status changed, YYYY-MM-DD."),
                                SchemaKey(
                                    "status", .choice(statuses), required: true, "状態", "その日からの状態。",
                                    en: "The status from that date."),
                                SchemaKey("note", .text(.plain), "メモ", "何があったか。", en: "What happened."),
                            ]))), "状態の履歴", "古い順に書きます。最後の状態は status と同じにします。",
                en: "The status history, oldest first; the last entry's status equals 'status'."),
            SchemaKey(
                "kpis",
                .list(
                    of: .group(
                        SchemaGroup(
                            title: "KPI",
                            [
                                SchemaKey(
                                    "dataset", .text(.id), required: true, "データセット",
                                    "グラフを宣言したデータセットの id（組み込みの進み具合は initiatives）。",
                                    en:
                                        "The id of the dataset that declares the chart (initiatives for the built-in progress chart)."
                                ),
                                SchemaKey(
                                    "chart", .text(.id), required: true, "グラフ",
                                    "そのデータセットのグラフの id（initiatives なら progress）。",
                                    en: "The chart's id in that dataset (progress for initiatives)."),
                                SchemaKey(
                                    "label", .text(.plain), "見出し", "グラフの上に出る見出し。",
                                    en: "A heading shown above the chart."),
                            ]))), "KPI", "取り組みを測るグラフ。", en: "Charts that measure the initiative."),
            SchemaKey(
                "related",
                .group(
                    SchemaGroup(
                        title: "関連するお知らせ",
                        [
                            SchemaKey(
                                "tags", .texts(.plain), "タグ", "このタグが付いたお知らせが関連します。お知らせと同じ文字で書きます。",
                                en: "Every note with one of these tags, written exactly as in the notes."),
                            SchemaKey("notes", .texts(.id), "お知らせ", "お知らせのスラッグ。", en: "Note slugs."),
                        ])), "関連するお知らせ", "取り組みのページに出るお知らせ。", en: "Notes shown on the initiative's page."),
        ]))

    // MARK: timeline.yaml

    public static let timeline = ContentSchema(
        id: "timeline", loaderWhat: "timeline.yaml", place: "content/timeline.yaml", files: ["/content/timeline.yaml"],
        folder: "",
        title: "あゆみ（timeline.yaml）",
        about: "出来事の一覧。/timeline/ に年ごとに並びます。",
        english: "The milestones, shown on /timeline/ by year.",
        root: SchemaGroup([
            SchemaKey(
                "milestones",
                .list(
                    of: .group(
                        SchemaGroup(
                            title: "出来事",
                            [
                                SchemaKey(
                                    "date", .partialDate, required: true, "日付", "YYYY-MM または YYYY-MM-DD（例: 2019-06）。",
                                    en: "YYYY-MM or YYYY-MM-DD."),
                                SchemaKey(
                                    "title", .text(.plain), required: true, "出来事", "何があったか。", en: "What happened."),
                                SchemaKey(
                                    "body", .text(.plain), "説明", "短い説明（プレーンテキスト）。",
                                    en: "A short explanation (plain text)."),
                                SchemaKey(
                                    "category", .text(.plain), "分類", "例: 体制、議会、研修", en: "A free label such as 体制."),
                                SchemaKey(
                                    "links",
                                    .list(
                                        of: .group(
                                            SchemaGroup(
                                                title: "リンク",
                                                [
                                                    SchemaKey(
                                                        "note", .text(.id), "お知らせ", "お知らせのスラッグ。", en: "A note's slug."),
                                                    SchemaKey(
                                                        "initiative", .text(.id), "取り組み", "取り組みの id。",
                                                        en: "An initiative's id."),
                                                    SchemaKey(
                                                        "url", .link(.web), "アドレス", "https:// または http:// で始まるアドレス。",
                                                        en: "An https:// or http:// address."),
                                                    SchemaKey(
                                                        "title", .text(.plain), "リンクの文字", "url のリンクに出す文字。",
                                                        en: "The text of a url link."),
                                                ], exactlyOne: ["note", "initiative", "url"]))), "リンク",
                                    "note、initiative、url のどれか一つずつ。",
                                    en: "Each link has exactly one of note, initiative or url."),
                            ]))), required: true, "出来事", "出来事の一覧。", en: "The list of milestones.")
        ]))

    // MARK: agreements.yaml

    public static let agreements = ContentSchema(
        id: "agreements", loaderWhat: "agreements.yaml", place: "content/agreements.yaml",
        files: ["/content/agreements.yaml"], folder: "",
        title: "連携協定（agreements.yaml）",
        about: "連携協定の一覧。/agreements/ に古い順に並びます。",
        english: "The partnership agreements, shown on /agreements/.",
        root: SchemaGroup([
            SchemaKey(
                "agreements",
                .list(
                    of: .group(
                        SchemaGroup(
                            title: "連携協定",
                            [
                                SchemaKey(
                                    "id", .text(.id), required: true, "id",
                                    "協定ごとに違う id（/agreements/#konica-minolta）。英小文字・数字・ハイフン。",
                                    en: "Unique; the agreement's anchor. a–z, 0–9 and hyphens."),
                                SchemaKey(
                                    "date", .partialDate, required: true, "締結日", "YYYY-MM または YYYY-MM-DD。",
                                    en: "When it was signed, YYYY-MM or YYYY-MM-DD."),
                                SchemaKey(
                                    "partner", .text(.plain), required: true, "連携先", "取り組みの partners にはこの文字のまま書きます。",
                                    en: "The partner's name, as initiatives write it."),
                                SchemaKey(
                                    "theme", .text(.plain), required: true, "協定の名前", "例: ペーパーレス化に関する包括連携協定",
                                    en: "The agreement's subject."),
                                SchemaKey(
                                    "body", .text(.plain), "説明", "短い説明（プレーンテキスト）。",
                                    en: "A short explanation (plain text)."),
                                SchemaKey(
                                    "url", .link(.web), "アドレス", "協定について書いたページ。", en: "A page about the agreement."),
                            ]))), required: true, "連携協定", "協定の一覧。", en: "The list of agreements.")
        ]))

    // MARK: front matter and chart blocks

    public static let note = ContentSchema(
        id: "note", loaderWhat: "the note's front matter",
        place: "the front matter of content/notes/YYYY-MM-DD-<slug>.md",
        files: [], folder: "notes",
        title: "お知らせのフロントマター（notes/*.md）",
        about: "お知らせの先頭の --- と --- の間。YAML の拡張機能は .md の中を確かめないので、mieruka check で確かめます。",
        english:
            "The front matter of a note, between the --- lines; mieruka check checks it (YAML editors do not look inside .md files).",
        root: SchemaGroup([
            SchemaKey("title", .text(.plain), required: true, "題名", "お知らせの題名。", en: "The note's title."),
            SchemaKey(
                "date", .date, "日付", "YYYY-MM-DD。ファイル名の日付より優先します。", en: "Publication date; overrides the file name's."),
            SchemaKey(
                "updated", .date, "更新日", "YYYY-MM-DD。date より前にはできません。",
                en: "Date of the last real change; not before date."),
            SchemaKey("author", .text(.plain), "書いた人", "お知らせに出ます。", en: "Shown on the note."),
            SchemaKey(
                "tags", .texts(.plain, maxItems: Note.maxTags), "タグ", "タグごとに /tags/<タグ>/ のページができます。\(Note.maxTags)個まで。",
                en: "Tags; each gets a page /tags/<tag>/. At most \(Note.maxTags)."),
            SchemaKey(
                "summary", .text(.plain), "要約", "一覧とフィードに出ます。書かなければ最初の段落。",
                en: "Shown in lists and the feed; the first paragraph by default."),
            SchemaKey(
                "cover", .text(.coverImage), "カバー画像", "static/ の中の画像のパス（images/office.jpg）か、https:// のアドレス。",
                en: "A path inside static/ (images/office.jpg) or an https:// address."),
            SchemaKey(
                "draft", .boolean, "下書き", "true のあいだは公開されません（--drafts で見られます）。",
                en: "true keeps the note out of the site unless --drafts.", default: .bool(false)),
            SchemaKey(
                "slug", .text(.id), "スラッグ", "ファイル名のスラッグの代わり。英小文字・数字・ハイフン。",
                en: "Replaces the slug taken from the file name."),
            SchemaKey(
                "language", .text(.plain), "言語", "ja（ふつうの日本語、既定）か ja-easy（やさしい日本語：本文を確かめます）。",
                en: "ja (the default) or ja-easy (easy Japanese: the body is checked)."),
        ]))

    public static let page = ContentSchema(
        id: "page", loaderWhat: "the page's front matter", place: "the front matter of content/pages/<slug>.md",
        files: [], folder: "pages",
        title: "ページのフロントマター（pages/*.md）",
        about: "ページの先頭の --- と --- の間。",
        english: "The front matter of a page, between the --- lines.",
        root: SchemaGroup([
            SchemaKey("title", .text(.plain), required: true, "題名", "ページの題名。", en: "The page's title."),
            SchemaKey("summary", .text(.plain), "要約", "ページの説明（meta description）。", en: "The page's meta description."),
            SchemaKey(
                "language", .text(.plain), "言語", "ja（ふつうの日本語、既定）か ja-easy（やさしい日本語：本文を確かめます）。",
                en: "ja (the default) or ja-easy (easy Japanese: the body is checked)."),
        ]))

    public static let translation = ContentSchema(
        id: "translation", loaderWhat: "the translation's front matter",
        place:
            "the front matter of a translation, content/notes/<name>.<language>.md or content/pages/<slug>.<language>.md",
        files: [], folder: "notes",
        title: "訳のフロントマター（notes/*.en.md、pages/*.ja-easy.md など）",
        about: "お知らせやページの訳の先頭の --- と --- の間。日付・タグ・スラッグなどは元のファイルのものを使うので書きません。",
        english:
            "The front matter of a translation of a note or page, between the --- lines; the date, tags, slug and the rest are the original's.",
        root: SchemaGroup([
            SchemaKey("title", .text(.plain), required: true, "題名", "訳した題名。", en: "The translated title."),
            SchemaKey("summary", .text(.plain), "要約", "訳した要約。", en: "The translated summary."),
            SchemaKey(
                "source_version", .text(.plain), "元の版",
                "訳した元のファイルの版（SHA-256 の先頭8桁）。元が変わると mieruka が知らせます。",
                en:
                    "The version of the original it translates (first 8 hex digits of its SHA-256); mieruka warns when the original changes."
            ),
        ]))

    public static let chartBlock = ContentSchema(
        id: "chart-block", loaderWhat: "the chart block", place: "a ```chart block in a note, page or initiative body",
        files: [], folder: "notes",
        title: "グラフのブロック（```chart）",
        about: "お知らせ、ページ、取り組みの本文の ```chart のブロック。",
        english: "A ```chart block in a note, page or initiative body.",
        root: SchemaGroup([
            SchemaKey(
                "dataset", .text(.id), required: true, "データセット",
                "データセットの id（content/datasets/ のファイル名）、組み込みの進み具合は initiatives。",
                en: "The dataset's id, or initiatives for the built-in progress chart."),
            SchemaKey(
                "chart", .text(.id), required: true, "グラフ", "そのデータセットのグラフの id。", en: "The chart's id in that dataset."),
        ]))
}
