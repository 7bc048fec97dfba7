import MierukaCore
import MierukaContent
import MierukaOpenData

/// The strategy itself as open data: initiatives with status and progress,
/// their status history, the timeline and the agreements.
enum StrategyData {
    static func datasets(_ site: Site, license: License) -> [PublishedDataset] {
        var out: [PublishedDataset] = []
        let illustrative = site.initiatives.contains(where: \.illustrative)
        if !site.initiatives.isEmpty {
            let fields = [
                Field(name: "id", title: "ID", type: .string),
                Field(name: "title", title: "取り組み", type: .string),
                Field(name: "status", title: "状況", type: .string, description: "planned, in-progress, done, paused"),
                Field(name: "status_label", title: "状況（日本語）", type: .string),
                Field(name: "progress", title: "進捗", type: .integer, unit: "%", optional: true),
                Field(name: "owner", title: "担当", type: .string, optional: true),
                Field(name: "priority", title: "重点", type: .boolean),
                Field(name: "start", title: "開始日", type: .date, optional: true),
                Field(name: "end", title: "終了日", type: .date, optional: true),
                Field(name: "partners", title: "連携先", type: .string, description: "「; 」区切り", optional: true),
            ]
            let rows: [[Value]] = site.initiatives.map { i in
                [
                    .string(i.id), .string(i.title), .string(i.status.rawValue), .string(i.status.japanese),
                    i.progress.map { .integer($0) } ?? .missing, i.owner.map { .string($0) } ?? .missing,
                    .boolean(i.priority),
                    i.start.map { .date($0) } ?? .missing, i.end.map { .date($0) } ?? .missing,
                    i.partners.isEmpty ? .missing : .string(i.partners.joined(separator: "; ")),
                ]
            }
            let latest = site.initiatives.flatMap { $0.history.map(\.date) }.max()
            out.append(
                PublishedDataset(
                    info: DatasetInfo(
                        id: Routes.BuiltInDataset.initiatives.rawValue, title: "DX戦略の取り組み一覧",
                        description: description(.initiatives, site),
                        sourceName: site.config.publisherName, license: license, updated: latest,
                        keywords: ["DX", "取り組み"],
                        table: DataTable(fields: fields, rows: rows), primaryKey: ["id"]),
                    charts: progressChart(site), fromStrategy: true, illustrative: illustrative, frequency: .irregular))

            let hFields = [
                Field(name: "initiative_id", title: "取り組みID", type: .string),
                Field(name: "date", title: "日付", type: .date),
                Field(name: "status", title: "状況", type: .string),
                Field(name: "note", title: "内容", type: .string, optional: true),
            ]
            let hRows: [[Value]] = site.initiatives.flatMap { i in
                i.history.map {
                    [
                        .string(i.id), .date($0.date), .string($0.status.rawValue),
                        $0.note.map { .string($0) } ?? .missing,
                    ]
                }
            }
            out.append(
                PublishedDataset(
                    info: DatasetInfo(
                        id: Routes.BuiltInDataset.initiativeStatusHistory.rawValue, title: "取り組みの状況の履歴",
                        description: description(.initiativeStatusHistory, site),
                        sourceName: site.config.publisherName, license: license, updated: latest,
                        keywords: ["DX", "取り組み", "履歴"],
                        table: DataTable(fields: hFields, rows: hRows), primaryKey: ["initiative_id", "date"]),
                    charts: [], fromStrategy: true, illustrative: illustrative, frequency: .irregular))
        }
        if !site.timeline.isEmpty {
            let fields = [
                Field(name: "date", title: "時期", type: .string, description: "YYYY-MM または YYYY-MM-DD"),
                Field(name: "title", title: "出来事", type: .string),
                Field(name: "category", title: "分類", type: .string, optional: true),
                Field(name: "body", title: "説明", type: .string, optional: true),
            ]
            let rows: [[Value]] = site.timeline.map { m in
                [
                    .string(m.date.iso), .string(m.title), m.category.map { .string($0) } ?? .missing,
                    m.body.map { .string($0) } ?? .missing,
                ]
            }
            out.append(
                PublishedDataset(
                    info: DatasetInfo(
                        id: Routes.BuiltInDataset.timeline.rawValue, title: "DXのあゆみ（年表）",
                        description: description(.timeline, site), sourceName: site.config.publisherName,
                        license: license, updated: site.timeline.last.map(\.date.start), keywords: ["DX", "年表"],
                        table: DataTable(fields: fields, rows: rows)),
                    charts: [], fromStrategy: true, illustrative: false, frequency: .irregular))
        }
        if !site.agreements.isEmpty {
            let fields = [
                Field(name: "id", title: "ID", type: .string),
                Field(name: "date", title: "締結時期", type: .string, description: "YYYY-MM または YYYY-MM-DD"),
                Field(name: "partner", title: "連携先", type: .string),
                Field(name: "theme", title: "協定", type: .string),
                Field(name: "url", title: "URL", type: .string, optional: true),
            ]
            let rows: [[Value]] = site.agreements.map { a in
                [
                    .string(a.id), .string(a.date.iso), .string(a.partner), .string(a.theme),
                    a.url.map { .string($0) } ?? .missing,
                ]
            }
            out.append(
                PublishedDataset(
                    info: DatasetInfo(
                        id: Routes.BuiltInDataset.agreements.rawValue, title: "連携協定の一覧",
                        description: description(.agreements, site), sourceName: site.config.publisherName,
                        license: license, updated: site.agreements.last.map(\.date.start), keywords: ["連携協定"],
                        table: DataTable(fields: fields, rows: rows), primaryKey: ["id"]),
                    charts: [], fromStrategy: true, illustrative: false, frequency: .irregular))
        }
        return out
    }

    /// The description of a built-in dataset: strategy.yaml's `datasets:`
    /// entry, else mieruka's own (each long enough for Google's Dataset
    /// guidelines, which ask for 50 to 5,000 characters).
    static func description(_ id: Routes.BuiltInDataset, _ site: Site) -> String {
        site.strategy?.datasetDescriptions[id.rawValue] ?? defaultDescriptions[id]!
    }

    static let defaultDescriptions: [Routes.BuiltInDataset: String] = [
        .initiatives:
            "DX戦略にもとづく町の取り組みの一覧です。取り組みごとに、ID、名称、状況（計画中・進行中・完了・休止中）、進捗率、担当課、重点かどうか、開始日と終了日、連携先を1行にまとめています。サイトの「取り組み」のページと同じ内容です。",
        .initiativeStatusHistory:
            "各取り組みの状況が、いつ、どのように変わったかの履歴です。取り組みのID、日付、変わった後の状況とその内容を、変更1件につき1行で記録しています。取り組みの進み具合を時系列で追うときに使えます。",
        .timeline: "町のDXの取り組みの主な出来事を、時期の古い順に並べた年表です。時期（年月または年月日）、出来事、分類、説明を、出来事1件につき1行で記録しています。サイトの「あゆみ」のページと同じ内容です。",
        .agreements:
            "町が企業や団体と結んだ連携協定の一覧です。協定ごとに、ID、締結の時期（年月または年月日）、連携先、協定の名称、関連するページのURLを1行にまとめています。サイトの「連携協定」のページと同じ内容です。",
    ]

    /// One progress bar per initiative that states its progress.
    static func progressChart(_ site: Site) -> [MierukaCharts.ChartSpec] {
        guard site.initiatives.contains(where: { $0.progress != nil }) else { return [] }
        return [MierukaCharts.ChartSpec(id: "progress", kind: .progress, title: "取り組みの進捗", x: "title", y: "progress")]
    }
}

import MierukaCharts
