import MierukaCore
import MierukaYAML

/// Checks that need the whole site: references between files, and warnings
/// about data that has gone stale. Every problem is logged; nothing stops.
struct Validator {
    let site: Site
    let references: References
    let log: DiagnosticLog
    let today: LocalDate?

    func run() {
        let noteSlugs = Set(site.notes.map(\.slug))
        let tags = Set(site.notes.flatMap(\.tags))
        let initiativeIds = Set(site.initiatives.map(\.id))
        let partners = Set(site.agreements.map(\.partner))

        for ref in references.notes where !noteSlugs.contains(ref.value) {
            log.error(
                "there is no note with the slug '\(ref.value)'\(Suggest.didYouMean(ref.value, in: noteSlugs.sorted()))",
                at: ref.location,
                hint: site.notes.isEmpty
                    ? nil : "a note's slug is its file name without the date, e.g. 2020-07-01-office.md -> office")
        }
        for ref in references.tags where !tags.contains(ref.value) {
            log.error(
                "no note has the tag '\(ref.value)'\(Suggest.didYouMean(ref.value, in: tags.sorted()))",
                at: ref.location,
                hint: "a tag here must be written exactly as in a note's 'tags:'")
        }
        for ref in references.initiatives where !initiativeIds.contains(ref.value) {
            log.error(
                "there is no initiative with the id '\(ref.value)'\(Suggest.didYouMean(ref.value, in: initiativeIds.sorted()))",
                at: ref.location,
                hint: "an initiative's id is its file name in content/initiatives/ without .yaml")
        }
        for ref in references.partners where !partners.contains(ref.value) {
            let similar = Suggest.closest(to: ref.value, in: partners.sorted())
            log.warning(
                "the partner '\(ref.value)' has no entry in agreements.yaml\(Suggest.didYouMean(similar))",
                at: ref.location,
                hint: "add the partnership agreement, or write the partner's name exactly as in agreements.yaml")
        }

        var chartRefs = site.notes.flatMap(\.charts) + site.pages.flatMap(\.charts)
        chartRefs += site.initiatives.flatMap { $0.kpis.map(\.chart) }
        chartRefs += references.charts
        for ref in chartRefs { check(ref) }
        checkChartNames()

        if let today {
            for d in site.datasets {
                checkOverdue(d, today: today)
                checkChangeDates(d, today: today)
            }
        }
    }

    func check(_ ref: ChartReference) {
        // The progress chart mieruka makes from the initiatives themselves.
        if ref.dataset == Routes.BuiltInDataset.initiatives.rawValue && !site.initiatives.isEmpty {
            if ref.chart != "progress" || !site.initiatives.contains(where: { $0.progress != nil }) {
                log.error(
                    "the built-in dataset 'initiatives' has only the chart 'progress', drawn when initiatives give 'progress:'",
                    at: ref.chartLocation)
            }
            return
        }
        guard let dataset = site.datasets.first(where: { $0.id == ref.dataset }) else {
            log.error(
                "there is no dataset '\(ref.dataset)'\(Suggest.didYouMean(ref.dataset, in: site.datasets.map(\.id)))",
                at: ref.location,
                hint: "a dataset's id is its file name in content/datasets/ without .yaml")
            return
        }
        if dataset.chart(ref.chart) == nil {
            let ids = dataset.charts.map(\.id)
            log.error(
                "the dataset '\(ref.dataset)' has no chart '\(ref.chart)'\(Suggest.didYouMean(ref.chart, in: ids))",
                at: ref.chartLocation,
                hint: ids.isEmpty
                    ? "declare the chart under 'charts:' in the dataset"
                    : "its charts are: \(ids.joined(separator: ", "))")
        }
    }

    /// Two charts whose names (`<dataset>-<chart>`) are the same would write
    /// the same file and the same element ids: name both.
    func checkChartNames() {
        var seen: [String: (dataset: String, chart: String, location: SourceLocation)] = [:]
        for d in site.datasets {
            for (chart, location) in zip(d.charts, d.chartLocations) {
                let name = Routes.chartName(d.id, chart.id)
                if let first = seen[name] {
                    log.error(
                        "the chart '\(chart.id)' of the dataset '\(d.id)' and the chart '\(first.chart)' of the dataset '\(first.dataset)' (\(first.location)) would both be written to charts/\(name).svg",
                        at: location, hint: "rename one of the two charts")
                } else {
                    seen[name] = (d.id, chart.id, location)
                }
            }
        }
    }

    /// A change in a dataset's history dated after today: a typing mistake
    /// (2012 for 2021) or a change not yet made.
    func checkChangeDates(_ d: Dataset, today: LocalDate) {
        for change in d.changes where change.date > today {
            log.error(
                "the change of \(change.date.iso) is dated after today (\(today.iso))", at: change.location,
                hint: "write the date the change was published; add a change once it is made")
        }
    }

    /// A dataset whose update frequency says it should have been updated by now.
    func checkOverdue(_ d: Dataset, today: LocalDate) {
        guard let allowed = d.frequency?.allowedDays, let last = d.table.lastUpdated(declared: d.declaredUpdated) else {
            return
        }
        let age = today.daysSinceEpoch - last.daysSinceEpoch
        if age > allowed {
            log.warning(
                "the dataset '\(d.id)' is updated \(d.frequency!.rawValue), but its data was last updated on \(last.iso), \(age) days ago",
                at: .file(d.file), hint: "add the new data and set 'updated:', or change 'frequency:'")
        }
    }
}
