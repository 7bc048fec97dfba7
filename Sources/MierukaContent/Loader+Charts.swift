import MierukaCore
import MierukaYAML
import MierukaCharts

extension Loader {
    /// One chart declaration, checked against the dataset's fields. Returns
    /// the chart with the place its id is written (for a second chart with
    /// the same id).
    ///
    /// Every problem is shown on the line that causes it: a wrong field name
    /// on its `x:`, `y:` or `series:` line, a style on its series name, an
    /// annotation on its `x:`. The checks are the chart module's
    /// (`ChartSpec.findings(in:)`, errors and warnings for what is drawn
    /// anyway), run once; each finding names the setting it is about, and this
    /// reader knows where that setting is written.
    func readChart(_ c: YAMLMapping, table: DataTable, fieldsOK: Bool) -> Located<ChartSpec>? {
        let id = c.string("id", required: true)
        let kind = c.choice("type", required: true, as: ChartSpec.Kind.self, synonyms: Self.chartTypeSynonyms)
        let title = c.string("title"), description = c.string("description")
        let x = c.string("x", required: true), y = c.string("y", required: true)
        let series = c.string("series")
        var styles: [String: ChartSpec.SeriesStyle] = [:]
        var styleLocations: [String: SourceLocation] = [:]
        for pair in c.pairs("styles") {
            guard let s = YAMLMapping(pair.value, what: "the style of series '\(pair.key)'", log: log) else { continue }
            let dashed = s.bool("dashed")?.value ?? false
            let label = s.string("label")?.value
            s.finish()
            styles[pair.key] = ChartSpec.SeriesStyle(dashed: dashed, label: label)
            styleLocations[pair.key] = pair.keyLocation
        }
        var annotations: [(Located<String>, String, Double?)] = []
        for item in c.list("annotations") {
            guard let a = YAMLMapping(item, what: "an annotation", log: log) else { continue }
            let ax = a.string("x", required: true), label = a.string("label", required: true)
            // With `y`, a labelled point instead of a vertical line.
            let ay = a.double("y")
            a.finish()
            if let ax, let label { annotations.append((ax, label.value, ay?.value)) }
        }
        let horizontal = c.bool("horizontal")
        let percent = c.bool("percent")
        c.finish()
        guard let id, let kind, let x, let y else { return nil }
        if !Slug.isValid(id.value) {
            log.error(
                "the chart id '\(id.value)' can only use lowercase letters a–z, digits and hyphens", at: id.location,
                hint: Self.renameHint(id.value, example: "trend", file: false))
            return nil
        }
        var spec = ChartSpec(
            id: id.value, kind: kind.value, title: title?.value, description: description?.value, x: x.value,
            y: y.value,
            series: series?.value, styles: styles, annotations: [],
            horizontal: horizontal?.value ?? false, percent: percent?.value ?? false)
        guard fieldsOK else { return Located(spec, at: id.location) }

        var annotationLocations: [SourceLocation] = []
        if let xField = table.field(x.value) {
            for (ax, label, ay) in annotations {
                if let v = parseValue(ax.value, field: xField, at: ax.location, holder: "this annotation") {
                    spec.annotations.append(.init(x: v, label: label, y: ay))
                    annotationLocations.append(ax.location)
                }
            }
        }
        // The chart module checks the declaration once; each finding names its setting, shown on that line.
        for finding in spec.findings(in: table) {
            let at: SourceLocation? =
                switch finding.setting {
                case .chart: nil
                case .x: x.location
                case .y: y.location
                case .series: series?.location
                case .style(let key): styleLocations[key]
                case .annotation(let i): annotationLocations.indices.contains(i) ? annotationLocations[i] : nil
                case .horizontal: horizontal?.location
                case .percent: percent?.location
                }
            log.append(Diagnostic(finding.severity, finding.message, at: at ?? c.node.location, hint: finding.hint))
        }
        return Located(spec, at: id.location)
    }

    /// Words people write for a chart type, mapped to the type mieruka draws.
    static let chartTypeSynonyms: [String: String] = [
        "column": "bar", "histogram": "bar", "stacked": "stacked-bar", "stacked bar": "stacked-bar",
        "stackedbar": "stacked-bar",
        "折れ線": "line", "折れ線グラフ": "line", "棒": "bar", "棒グラフ": "bar", "積み上げ棒グラフ": "stacked-bar",
        "pie": "stacked-bar", "円グラフ": "stacked-bar", "donut": "stacked-bar",
    ]
}
