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
                [.string(i.id), .string(i.title), .string(i.status.rawValue), .string(i.status.japanese),
                 i.progress.map { .integer($0) } ?? .missing, i.owner.map { .string($0) } ?? .missing, .boolean(i.priority),
                 i.start.map { .date($0) } ?? .missing, i.end.map { .date($0) } ?? .missing,
                 i.partners.isEmpty ? .missing : .string(i.partners.joined(separator: "; "))]
            }
            let latest = site.initiatives.flatMap { $0.history.map(\.date) }.max()
            out.append(PublishedDataset(
                info: DatasetInfo(id: Routes.BuiltInDataset.initiatives.rawValue, title: "DX戦略の取り組み一覧", description: "DX戦略の取り組みと、その状況・進捗・担当・連携先。",
                                  sourceName: site.config.publisherName, license: license, updated: latest, keywords: ["DX", "取り組み"],
                                  table: DataTable(fields: fields, rows: rows), primaryKey: ["id"]),
                charts: progressChart(site), fromStrategy: true, illustrative: illustrative, frequency: .irregular))

            let hFields = [
                Field(name: "initiative_id", title: "取り組みID", type: .string),
                Field(name: "date", title: "日付", type: .date),
                Field(name: "status", title: "状況", type: .string),
                Field(name: "note", title: "内容", type: .string, optional: true),
            ]
            let hRows: [[Value]] = site.initiatives.flatMap { i in
                i.history.map { [.string(i.id), .date($0.date), .string($0.status.rawValue), $0.note.map { .string($0) } ?? .missing] }
            }
            out.append(PublishedDataset(
                info: DatasetInfo(id: Routes.BuiltInDataset.initiativeStatusHistory.rawValue, title: "取り組みの状況の履歴", description: "各取り組みの状況が、いつ、どう変わったか。",
                                  sourceName: site.config.publisherName, license: license, updated: latest, keywords: ["DX", "取り組み", "履歴"],
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
                [.string(m.date.iso), .string(m.title), m.category.map { .string($0) } ?? .missing, m.body.map { .string($0) } ?? .missing]
            }
            out.append(PublishedDataset(
                info: DatasetInfo(id: Routes.BuiltInDataset.timeline.rawValue, title: "DXのあゆみ（年表）", description: "DXの取り組みの主な出来事。", sourceName: site.config.publisherName,
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
                [.string(a.id), .string(a.date.iso), .string(a.partner), .string(a.theme), a.url.map { .string($0) } ?? .missing]
            }
            out.append(PublishedDataset(
                info: DatasetInfo(id: Routes.BuiltInDataset.agreements.rawValue, title: "連携協定の一覧", description: "企業・団体と結んだ連携協定。", sourceName: site.config.publisherName,
                                  license: license, updated: site.agreements.last.map(\.date.start), keywords: ["連携協定"],
                                  table: DataTable(fields: fields, rows: rows), primaryKey: ["id"]),
                charts: [], fromStrategy: true, illustrative: false, frequency: .irregular))
        }
        return out
    }

    /// One progress bar per initiative that states its progress.
    static func progressChart(_ site: Site) -> [MierukaCharts.ChartSpec] {
        guard site.initiatives.contains(where: { $0.progress != nil }) else { return [] }
        return [MierukaCharts.ChartSpec(id: "progress", kind: .progress, title: "取り組みの進捗", x: "title", y: "progress")]
    }
}

import MierukaCharts
