import MierukaCore
import MierukaYAML
import MierukaMarkdown

extension Loader {
    /// `strategy.yaml` (optional).
    func loadStrategy() -> Strategy? {
        guard files.exists("strategy.yaml") else { return nil }
        guard let node = files.yaml("strategy.yaml", starts: "'title:'"),
            let m = YAMLMapping(node, what: "strategy.yaml", log: log)
        else { return nil }
        let title = furiganaText(m.string("title", required: true))
        let summary = furiganaText(m.string("summary"))
        var periods: [Strategy.Period] = []
        for item in m.list("periods") {
            guard let p = YAMLMapping(item, what: "a strategy period", log: log) else { continue }
            let name = p.string("name", required: true)
            let start = p.date("start"), end = p.date("end")
            p.finish()
            if let start, let end, end.value < start.value {
                log.error("the period ends (\(end.value.iso)) before it starts (\(start.value.iso))", at: end.location)
            }
            if let name { periods.append(.init(name: name.value, start: start?.value, end: end?.value)) }
        }
        var term: String?, text: String?, note: String?
        if let d = m.mapping("definition", what: "'definition'") {
            term = d.string("term")?.value
            text = d.string("text", required: true)?.value
            note = d.string("note")?.value
            d.finish()
        }
        let mission = m.string("mission")?.value
        let vision = m.string("vision")?.value
        let reasons = sections(m.list("reasons"), what: "a reason")
        let principles = sections(m.list("principles"), what: "a principle")
        var intro: String?
        var guidelines: [Strategy.Section] = []
        if let g = m.mapping("guidelines", what: "'guidelines'") {
            intro = g.string("intro")?.value
            guidelines = sections(g.list("items"), what: "a guideline")
            g.finish()
        }
        // Descriptions of the built-in datasets, by id; an unknown id is an unknown key.
        var datasetDescriptions: [String: String] = [:]
        if let ds = m.mapping("datasets", what: "'datasets'") {
            for id in Routes.BuiltInDataset.allCases {
                if let text = ds.string(id.rawValue) { datasetDescriptions[id.rawValue] = text.value }
            }
            ds.finish()
        }
        m.finish()
        // Every section is on the strategy page: their ids must differ.
        var firstUse: [String: SourceLocation] = [:]
        for s in reasons + principles + guidelines {
            guard let id = s.id, let at = s.idLocation else { continue }
            if let first = firstUse[id] {
                log.error(
                    "two sections of the strategy have the id '\(id)' (the first is on line \(first.line))", at: at,
                    hint: "give each section its own id; the id is the section's address on the strategy page")
            } else {
                firstUse[id] = at
            }
        }
        guard let title else { return nil }
        return Strategy(
            title: title.value, summary: summary?.value, periods: periods, definitionTerm: term, definitionText: text,
            definitionNote: note, mission: mission, vision: vision, reasons: reasons, principles: principles,
            guidelinesIntro: intro, guidelines: guidelines, datasetDescriptions: datasetDescriptions)
    }

    func sections(_ items: [YAMLNode], what: String) -> [Strategy.Section] {
        items.compactMap { item in
            guard let s = YAMLMapping(item, what: what, log: log) else { return nil }
            let id = s.string("id"), title = furiganaText(s.string("title", required: true)),
                body = furiganaText(s.string("body"))
            s.finish()
            if let id, !Slug.isValid(id.value) {
                log.error(
                    "the id '\(id.value)' can only use lowercase letters a–z, digits and hyphens", at: id.location,
                    hint: Self.renameHint(id.value, example: "ooda", file: false))
                return nil
            }
            return title.map {
                Strategy.Section(id: id?.value, idLocation: id?.location, title: $0.value, body: body?.value ?? "")
            }
        }
    }

    /// `initiatives/<id>.yaml`.
    func loadInitiatives() -> [Initiative] {
        // Read one after another: initiatives record references for the validator.
        recordFiles(
            in: "initiatives", kind: "initiative", example: "seal-abolition.yaml", starts: "'title:' and 'status:'",
            duplicate: { id, ids in ids.contains(id) ? "two initiative files have the id '\(id)'" : nil },
            duplicateHint: "keep either the .yaml or the .yml file"
        ) { _, file in
            readInitiative(file.mapping, id: file.id, path: file.path)
        }
    }

    func readInitiative(_ m: YAMLMapping, id: String, path: String) -> Initiative? {
        let title = furiganaText(m.string("title", required: true))
        let summary = furiganaText(m.string("summary"))
        let body = m.string("body")
        let status = m.choice("status", required: true, as: InitiativeStatus.self, synonyms: InitiativeStatus.synonyms)
        let progress = m.int("progress", in: 0...100)
        let owner = m.string("owner")
        let partners = m.strings("partners")
        // The CSV joins the partners, so only the first begins a cell.
        for text in [title, owner, partners.first].compactMap({ $0 }) { warnIfFormula(text, dataset: .initiatives) }
        let start = m.date("start"), end = m.date("end")
        let priority = m.bool("priority")?.value ?? false
        let order = m.int("order")?.value ?? 1000
        let illustrative = m.bool("illustrative")?.value ?? false
        var history: [Located<Initiative.HistoryEntry>] = []
        for item in m.list("history") {
            guard let h = YAMLMapping(item, what: "a status history entry", log: log) else { continue }
            let date = h.date("date", required: true)
            let st = h.choice("status", required: true, as: InitiativeStatus.self, synonyms: InitiativeStatus.synonyms)
            let note = h.string("note")
            h.finish()
            if let note { warnIfFormula(note, dataset: .initiativeStatusHistory) }
            if let date, let st {
                history.append(Located(.init(date: date.value, status: st.value, note: note?.value), at: date.location))
            }
        }
        var kpis: [Initiative.KPI] = []
        for item in m.list("kpis") {
            guard let k = YAMLMapping(item, what: "a KPI", log: log) else { continue }
            let dataset = k.string("dataset", required: true), chart = k.string("chart", required: true)
            let label = k.string("label")
            k.finish()
            if let dataset, let chart {
                kpis.append(
                    .init(
                        chart: ChartReference(
                            dataset: dataset.value, chart: chart.value, location: dataset.location,
                            chartLocation: chart.location), label: label?.value))
            }
        }
        var relatedTags: [Located<String>] = [], relatedNotes: [Located<String>] = []
        if let r = m.mapping("related", what: "'related'") {
            relatedTags = r.strings("tags")
            relatedNotes = r.strings("notes")
            r.finish()
        }
        m.finish()

        if let start, let end, end.value < start.value {
            log.error("the initiative ends (\(end.value.iso)) before it starts (\(start.value.iso))", at: end.location)
        }
        for (a, b) in zip(history, history.dropFirst()) where b.value.date < a.value.date {
            log.error(
                "the status history is out of order: \(b.value.date.iso) comes after \(a.value.date.iso)",
                at: b.location,
                hint: "list the entries from oldest to newest")
        }
        if let last = history.last, let status, last.value.status != status.value {
            log.error(
                "the latest status history entry says '\(last.value.status.rawValue)', but 'status' is '\(status.value.rawValue)'",
                at: last.location,
                hint: "add a history entry for the change to '\(status.value.rawValue)', or correct 'status'")
        }
        if let status, let progress, status.value == .done, progress.value != 100 {
            log.warning(
                "the initiative is done, but its progress is \(progress.value)%", at: progress.location,
                hint: "set 'progress: 100', or change 'status' if the work is not finished")
        }
        guard let title, let status else { return nil }
        let bodyDoc = body.map { MarkdownDocument($0.value) }
        var bodyCharts: [ChartReference] = []
        if let body, let bodyDoc, !bodyDoc.chartBlocks.isEmpty || !bodyDoc.furiganaProblems.isEmpty {
            // A `body: |` block starts on the line after its key (block line 1 is
            // key line + 1) and is indented; read that indentation from the file.
            let lines =
                files.text(String(path.dropFirst(files.display("").count)))?.split(
                    separator: "\n", omittingEmptySubsequences: false) ?? []
            let first = lines.dropFirst(body.location.line).first { !$0.allSatisfy(\.isWhitespace) }
            let indent = first.map { $0.prefix { $0 == " " }.count } ?? 0
            bodyCharts = chartReferences(in: bodyDoc, path: path, lineOffset: body.location.line, columnOffset: indent)
            checkFurigana(in: bodyDoc, path: path, lineOffset: body.location.line, columnOffset: indent)
            referenceLocations.charts += bodyCharts
        }
        let summaryText = summary?.value ?? bodyDoc?.firstParagraphText.map { Self.shorten($0, to: 120) } ?? ""
        // References are checked by the validator; keep their locations there.
        referenceLocations.record(initiative: id, tags: relatedTags, notes: relatedNotes, partners: partners)
        return Initiative(
            id: id, title: title.value, summary: summaryText, body: bodyDoc, bodyCharts: bodyCharts,
            status: status.value, progress: progress?.value,
            owner: owner?.value, partners: partners.map(\.value), start: start?.value, end: end?.value,
            priority: priority, order: order, illustrative: illustrative, history: history.map(\.value), kpis: kpis,
            relatedTags: relatedTags.map(\.value), relatedNotes: relatedNotes.map(\.value), file: path)
    }

    /// `timeline.yaml` (optional): `milestones:` list.
    func loadTimeline() -> [Milestone] {
        guard files.exists("timeline.yaml") else { return [] }
        guard let node = files.yaml("timeline.yaml", starts: "'milestones:'"),
            let m = YAMLMapping(node, what: "timeline.yaml", log: log)
        else { return [] }
        var result: [(Milestone, Int)] = []
        for (index, item) in m.list("milestones", required: true).enumerated() {
            guard let ms = YAMLMapping(item, what: "a milestone", log: log) else { continue }
            let date = ms.partialDate("date", required: true)
            let title = furiganaText(ms.string("title", required: true))
            let body = furiganaText(ms.string("body")), category = ms.string("category")
            for text in [title, body, category].compactMap({ $0 }) { warnIfFormula(text, dataset: .timeline) }
            var links: [Milestone.Link] = []
            for l in ms.list("links") {
                guard let lm = YAMLMapping(l, what: "a link", log: log) else { continue }
                let note = lm.string("note"), initiative = lm.string("initiative"), url = lm.link("url", rule: .web),
                    t = lm.string("title")
                lm.finish()
                let given = ["note", "initiative", "url"].filter { lm.has($0) }
                if given.count != 1 {
                    log.error(
                        "a milestone link needs exactly one of 'note', 'initiative' or 'url', but this one has \(given.isEmpty ? "none" : "\(given.count)")",
                        at: l.location,
                        hint: given.count > 1 ? "make a separate link for each, each starting with '- '" : nil)
                    continue
                }
                if let note { links.append(.note(note.value)); referenceLocations.record(note: note) }
                if let initiative {
                    links.append(.initiative(initiative.value)); referenceLocations.record(initiative: initiative)
                }
                if let url { links.append(.url(url.value, title: t?.value)) }
            }
            ms.finish()
            if let date, let title {
                result.append(
                    (
                        Milestone(
                            date: date.value, title: title.value, body: body?.value, category: category?.value,
                            links: links), index
                    ))
            }
        }
        m.finish()
        // Oldest first; milestones of the same date keep their written order.
        return result.sorted { ($0.0.date.start, $0.1) < ($1.0.date.start, $1.1) }.map(\.0)
    }

    /// `agreements.yaml` (optional): `agreements:` list.
    func loadAgreements() -> [Agreement] {
        guard files.exists("agreements.yaml") else { return [] }
        guard let node = files.yaml("agreements.yaml", starts: "'agreements:'"),
            let m = YAMLMapping(node, what: "agreements.yaml", log: log)
        else { return [] }
        var result: [(Agreement, Int)] = []
        var ids: [String: Int] = [:]
        for (index, item) in m.list("agreements", required: true).enumerated() {
            guard let a = YAMLMapping(item, what: "an agreement", log: log) else { continue }
            let id = a.string("id", required: true)
            let date = a.partialDate("date", required: true)
            let partner = a.string("partner", required: true)
            let theme = a.string("theme", required: true)
            let body = a.string("body"), url = a.link("url", rule: .web)
            a.finish()
            for text in [partner, theme].compactMap({ $0 }) { warnIfFormula(text, dataset: .agreements) }
            if let id {
                if !Slug.isValid(id.value) {
                    log.error(
                        "the agreement id '\(id.value)' can only use lowercase letters a–z, digits and hyphens",
                        at: id.location,
                        hint: Self.renameHint(id.value, example: "konica-minolta", file: false))
                    continue
                }
                if let first = ids[id.value] {
                    log.error(
                        "two agreements have the id '\(id.value)' (the first is on line \(first))", at: id.location,
                        hint: "give each agreement its own id, e.g. the partner's name in lowercase letters")
                    continue
                }
                ids[id.value] = id.location.line
            }
            if let id, let date, let partner, let theme {
                result.append(
                    (
                        Agreement(
                            id: id.value, idLocation: id.location, date: date.value, partner: partner.value,
                            theme: theme.value,
                            body: body?.value, url: url?.value), index
                    ))
            }
        }
        m.finish()
        return result.sorted { ($0.0.date.start, $0.1) < ($1.0.date.start, $1.1) }.map(\.0)
    }

    /// Strategy texts are published as CSV too (the built-in datasets): warn
    /// about text a spreadsheet would run as a formula, as for a dataset's cells.
    func warnIfFormula(_ text: Located<String>, dataset: Routes.BuiltInDataset) {
        guard SpreadsheetFormula.starts(text.value) else { return }
        let shown = text.value.count > 40 ? String(text.value.prefix(40)) + "…" : text.value
        log.warning(
            "the text \"\(shown)\" begins with \(SpreadsheetFormula.start(of: text.value)), so Excel and other spreadsheet programs would run it as a formula when they open the published \(dataset.rawValue).csv",
            at: text.location, hint: "start the text with another character, e.g. a full-width '＋' or '－', or a word")
    }
}
