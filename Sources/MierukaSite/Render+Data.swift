import MierukaCore
import MierukaContent
import MierukaCharts
import MierukaOpenData
import MierukaPublish

extension Renderer {
    var catalog: CatalogInfo { publication.catalog }

    func datasetItem(
        id: String, title: String, description: String, href: String, license: String, rowCount: String,
        fromStrategy: Bool, csvHref: String, jsonHref: String, illustrative: Bool, updated: DateContext?
    ) -> DatasetItem {
        var item = DatasetItem(
            id: id, title: title, description: description, href: href, license: license, rowCount: rowCount,
            fromStrategy: fromStrategy, csvHref: csvHref, jsonHref: jsonHref, illustrative: illustrative,
            updated: updated)
        item.lang = contentLang(SiteEdition.dataset(id))
        return item
    }

    mutating func renderData() {
        let datasets = published
        let catalog = self.catalog
        // Each dataset's files and page are independent: write them on all cores.
        let me = UncheckedSendable(self)
        let made = parallelMap(datasets.count) { i -> (files: [OutputFile], page: RenderedPage) in
            let r = me.value, d = datasets[i], made = d.files!
            // The data files are written once, by the default language.
            var files = r.languages.isDefault ? made.files.map { OutputFile($0.route, bytes: $0.bytes) } : []
            for chart in d.charts where r.languages.isDefault {
                files.append(
                    OutputFile(Routes.chart(d.info.id, chart.id), ChartRenderer.standaloneFile(r.drawChart(d, chart))))
            }
            var page = r.datasetPage(d, files: made, catalog: catalog)
            page.file = r.sent(page.file)
            return (files.map(r.sent), page)
        }
        var rows: [DatasetItem] = []
        for (d, m) in zip(datasets, made) {
            for file in m.files { adopt(file) }  // already sent
            if languages.isDefault { chartFiles += d.charts.count }
            add(m.page)
            rows.append(
                datasetItem(
                    id: d.info.id, title: d.info.title, description: d.info.description,
                    href: links.href(Routes.dataset(d.info.id)), license: d.info.license.name,
                    rowCount: NumberFormat.grouped(d.info.table.rows.count), fromStrategy: d.fromStrategy,
                    csvHref: links.href(Routes.csv(d.info.id)), jsonHref: links.href(Routes.json(d.info.id)),
                    illustrative: d.illustrative, updated: d.info.effectiveUpdated.map(date)))
        }
        if languages.isDefault {
            emit(OutputFile(Routes.dataPackage, bytes: publication.dataPackage))
            emit(OutputFile(Routes.catalog, bytes: publication.dcatCatalog))
        }
        let ctx = DataContext(
            datasets: rows.filter { !$0.fromStrategy }, strategyDatasets: rows.filter(\.fromStrategy),
            hasDatasets: !site.datasets.isEmpty,
            dataPackageHref: links.href(Routes.dataPackage), catalogHref: links.href(Routes.catalog),
            licenseName: site.config.license.name, licenseURL: site.config.license.url ?? "")
        page(
            Routes.data, template: .data, title: strings[.titleData], context: ctx,
            section: Routes.data, breadcrumbs: [(strings[.breadcrumbData], Routes.data)])
    }

    func datasetPage(_ d: PublishedDataset, files: Distribution, catalog: CatalogInfo) -> RenderedPage {
        let csv = files.csv, json = files.json
        let info = d.info
        let pageURL = links.absolute(Routes.dataset(info.id))
        let citation = OpenData.citation(info, catalog: catalog, pageURL: pageURL)
        let table = files.table
        // Every field's unit and description is set, even empty: Mustache
        // would otherwise find the dataset's own `unit` and `description`
        // further up the context.
        let fields = info.table.fields.map { f in
            FieldContext(
                name: f.name, title: f.title, type: strings.fieldType(f.type), typeName: f.type.rawValue,
                unit: f.unit ?? "", description: f.description ?? "", optional: f.optional)
        }
        let shown = 500
        let dataRows = info.table.rows.prefix(shown).map { row in
            TableRow(cells: row.map { TextItem(text: $0.display) })
        }
        let ctx = DatasetContext(
            id: info.id, description: info.description,
            charts: d.charts.map {
                chartFigure(dataset: info.id, chart: $0.id, pageKey: "dataset", linkToDataset: false)
            },
            fields: fields,
            headers: info.table.fields.map { f in HeaderContext(title: f.title, unit: f.unit ?? "") },
            rows: Array(dataRows),
            rowCount: NumberFormat.grouped(info.table.rows.count),
            isTruncated: info.table.rows.count > shown,
            shownRows: NumberFormat.grouped(min(shown, info.table.rows.count)),
            licenseName: info.license.name,
            illustrative: d.illustrative,
            fromStrategy: d.fromStrategy,
            downloads: [
                DownloadContext(
                    format: "CSV", href: links.href(Routes.csv(info.id)), size: strings.fileSize(csv.count),
                    bytes: NumberFormat.grouped(csv.count),
                    sha256: files.csvSHA256, mediaType: "text/csv"),
                DownloadContext(
                    format: "JSON", href: links.href(Routes.json(info.id)), size: strings.fileSize(json.count),
                    bytes: NumberFormat.grouped(json.count),
                    sha256: files.jsonSHA256, mediaType: "application/json"),
                DownloadContext(
                    format: "BibTeX", href: links.href(Routes.bibTeX(info.id)),
                    size: strings.fileSize(files.bibTeX.count),
                    bytes: NumberFormat.grouped(files.bibTeX.count), sha256: SHA256.hex(files.bibTeX),
                    mediaType: "application/x-bibtex"),
                DownloadContext(
                    format: "CSL-JSON", href: links.href(Routes.cslJSON(info.id)),
                    size: strings.fileSize(files.cslJSON.count),
                    bytes: NumberFormat.grouped(files.cslJSON.count), sha256: SHA256.hex(files.cslJSON),
                    mediaType: "application/vnd.citationstyles.csl+json"),
            ],
            citationJapanese: citation.japanese,
            citationEdited: citation.japaneseEditedWithSource,
            citationEnglish: citation.english,
            catalogHref: links.href(Routes.data),
            columnCount: table.fields.count,
            licenseURL: info.license.url,
            sourceName: info.sourceName,
            sourceURL: info.sourceURL,
            updated: info.effectiveUpdated.map(date),
            frequency: d.frequency.map(strings.frequency),
            unit: info.unit,
            citationSource: citation.source,
            citationLong: citation.long,
            citationLongJapanese: citation.longJapanese,
            version: info.version,
            changes: info.changes.map {
                ChangeContext(date: date($0.date), description: $0.description, version: $0.version)
            },
            conformance: info.conformance.map { r in
                RuleContext(
                    id: r.rule.id, name: r.rule.name, status: r.status.rawValue,
                    findings: NumberFormat.grouped(r.findings), note: r.note)
            })
        return renderPage(
            Routes.dataset(info.id), template: .dataset, title: info.title, description: info.description, context: ctx,
            section: Routes.data,
            breadcrumbs: [(strings[.breadcrumbData], Routes.data), (info.title, Routes.dataset(info.id))],
            jsonLD: OpenData.schemaOrgDataset(info, catalog: catalog, pageURL: pageURL), lastmod: info.effectiveUpdated,
            source: SiteEdition.dataset(info.id))
    }

    // MARK: Charts

    /// The chart as drawn before the pages; drawn now by a renderer made without the drawings.
    func drawChart(_ d: PublishedDataset, _ spec: ChartSpec) -> RenderedChart {
        charts["\(d.info.id)/\(spec.id)"] ?? Self.draw(d, spec)
    }

    static func draw(_ d: PublishedDataset, _ spec: ChartSpec) -> RenderedChart {
        ChartRenderer.render(
            spec, table: d.info.table, datasetTitle: d.info.title,
            idPrefix: chartIdPrefix + Routes.chartName(d.info.id, spec.id))
    }

    /// The HTML figure for a chart: the SVG, its data as a table, and links to
    /// the dataset and its files, so every chart is one click from its CSV.
    func chartFigure(
        dataset: String, chart: String, pageKey: String, linkToDataset: Bool = true, uses: ChartUses? = nil
    ) -> String {
        guard let d = published.first(where: { $0.info.id == dataset }),
            let spec = d.charts.first(where: { $0.id == chart })
        else { return "" }
        let rendered = drawChart(d, spec)
        var ctx = ChartContext(
            site: siteContext,
            svg: rendered.svg(use: uses?.next(dataset, chart) ?? 1),
            title: rendered.title,
            summary: rendered.summary,
            caption: rendered.table.caption,
            headers: rendered.table.headers.map(TextItem.init),
            rows: rendered.table.rows.map { TableRow(cells: $0.map(TextItem.init)) },
            datasetTitle: d.info.title,
            datasetHref: links.href(Routes.dataset(d.info.id)),
            linkToDataset: linkToDataset,
            csvHref: links.href(Routes.csv(d.info.id)),
            jsonHref: links.href(Routes.json(d.info.id)),
            svgHref: links.href(Routes.chart(d.info.id, spec.id)),
            illustrative: d.illustrative)
        // Charts and datasets are in the default language for now (issue #15).
        ctx.lang = languages.isDefault ? nil : languages.defaultLanguage.htmlLang
        return theme.render(.chart, ctx)
    }

    /// Sparklines declared in datasets, for the home page's headline figures.
    func headlineCharts() -> [HeadlineContext] {
        var out: [HeadlineContext] = []
        for d in published where !d.fromStrategy {
            for spec in d.charts where spec.kind == .sparkline {
                let rendered = drawChart(d, spec)
                // The headline figure is the latest value of a solid (measured) series, not of a dashed projection.
                let si = spec.series.flatMap { d.info.table.index(of: $0) }
                let measured = d.info.table.rows.filter { row in
                    guard let si else { return true }
                    return spec.styles[row[si].plain]?.dashed != true
                }
                var value: String?, when: String?
                if let yi = d.info.table.index(of: spec.y), let last = measured.last(where: { !$0[yi].isMissing }) {
                    value = NumberFormat.withUnit(last[yi].display, unit: d.info.table.fields[yi].unit ?? d.info.unit)
                    if let xi = d.info.table.index(of: spec.x) { when = last[xi].display }
                }
                out.append(
                    HeadlineContext(
                        svg: rendered.svg, title: rendered.title, summary: rendered.summary,
                        href: links.href(Routes.dataset(d.info.id)), illustrative: d.illustrative,
                        latestValue: value, when: when))
            }
        }
        return out
    }
}
