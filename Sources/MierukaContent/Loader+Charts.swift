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
    /// annotation on its `x:`. `ChartSpec.findings(in:)` words the checks of
    /// the chart module (errors, and warnings for what is drawn anyway); which
    /// line each belongs to is found by checking the chart again without that
    /// one setting.
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

        // Field names first: nothing else can be checked until they are right.
        let progress = kind.value == .progress
        var fieldsFound = checkChartField(x, role: progress ? "bar labels" : "x axis", chart: id.value, table: table)
        fieldsFound =
            checkChartField(y, role: progress ? "bar lengths" : "y axis", chart: id.value, table: table) && fieldsFound
        if let series, !progress {
            fieldsFound = checkChartField(series, role: "series", chart: id.value, table: table) && fieldsFound
        }
        if let yField = table.field(y.value), yField.type != .integer, yField.type != .number {
            log.error(
                "chart '\(id.value)' needs a number field for its \(progress ? "bar lengths" : "y axis"), but '\(y.value)' is a \(yField.type.rawValue) field",
                at: y.location, hint: Self.numberFieldHint(table))
            fieldsFound = false
        }
        guard fieldsFound else { return Located(spec, at: id.location) }

        var annotationLocations: [SourceLocation] = []
        if let xField = table.field(x.value) {
            for (ax, label, ay) in annotations {
                if let v = parseValue(ax.value, field: xField, at: ax.location, holder: "this annotation") {
                    spec.annotations.append(.init(x: v, label: label, y: ay))
                    annotationLocations.append(ax.location)
                }
            }
        }

        let findings = spec.findings(in: table)
        guard !findings.isEmpty else { return Located(spec, at: id.location) }
        // Each optional setting in turn: the findings that go away without it are its own.
        var placed: [ChartFinding: SourceLocation] = [:]
        func place(_ without: ChartSpec, at location: SourceLocation?) {
            guard let location else { return }
            let remaining = Set(without.findings(in: table))
            for f in findings where !remaining.contains(f) && placed[f] == nil { placed[f] = location }
        }
        for key in styles.keys.sorted() {
            var s = spec; s.styles[key] = nil
            place(s, at: styleLocations[key])
        }
        for i in spec.annotations.indices {
            var s = spec; s.annotations.remove(at: i)
            place(s, at: annotationLocations[i])
        }
        if let horizontal, horizontal.value { var s = spec; s.horizontal = false; place(s, at: horizontal.location) }
        if let percent, percent.value { var s = spec; s.percent = false; place(s, at: percent.location) }
        if let series, progress { var s = spec; s.series = nil; place(s, at: series.location) }
        for finding in findings {
            let at = placed[finding] ?? c.node.location
            switch finding.severity {
            case .error: log.error(finding.message, at: at)
            case .warning: log.warning(finding.message, at: at)
            }
        }
        return Located(spec, at: id.location)
    }

    /// Whether the chart's field exists; logs a diagnostic on its line when not.
    func checkChartField(_ name: Located<String>, role: String, chart: String, table: DataTable) -> Bool {
        guard table.field(name.value) == nil else { return true }
        let names = table.fields.map(\.name)
        let similar = Suggest.closest(to: name.value, in: names)
        log.error(
            "chart '\(chart)' names the field '\(name.value)' for its \(role), which the dataset does not have"
                + (Suggest.didYouMean(similar)),
            at: name.location, hint: similar == nil ? "the dataset's fields are: \(names.joined(separator: ", "))" : nil
        )
        return false
    }

    static func numberFieldHint(_ table: DataTable) -> String {
        let numbers = table.fields.filter { $0.type == .integer || $0.type == .number }.map(\.name)
        return numbers.isEmpty
            ? "give the field 'type: integer' or 'type: number' if it holds numbers"
            : "the dataset's number fields are: \(numbers.joined(separator: ", "))"
    }

    /// Words people write for a chart type, mapped to the type mieruka draws.
    static let chartTypeSynonyms: [String: String] = [
        "column": "bar", "histogram": "bar", "stacked": "stacked-bar", "stacked bar": "stacked-bar",
        "stackedbar": "stacked-bar",
        "折れ線": "line", "折れ線グラフ": "line", "棒": "bar", "棒グラフ": "bar", "積み上げ棒グラフ": "stacked-bar",
        "pie": "stacked-bar", "円グラフ": "stacked-bar", "donut": "stacked-bar",
    ]
}
