import MierukaCore

extension ChartSpec {
    /// Everything worth telling the author about this declaration against the
    /// table, errors first in the order the checks run, then warnings; each
    /// names the setting it concerns.
    ///
    /// The fields come first: when the x, y or series field does not exist, or
    /// y is not a number field, those are the only findings, since nothing
    /// else can be checked until they are right. The content loader turns each
    /// finding into a diagnostic on its setting's line; the messages name
    /// fields and values as the dataset file spells them. Warnings are for what
    /// the chart still draws without: a second row for the same x, an
    /// annotation it cannot place, bars beyond what fits.
    public func findings(in table: DataTable) -> [ChartFinding] {
        var out: [ChartFinding] = []
        var notes: [ChartFinding] = []
        let names = table.fields.map(\.name)
        let chart = "chart '\(id)'"

        func missingField(_ name: String, _ role: String, on setting: ChartSetting) -> ChartFinding {
            let similar = Suggest.closest(to: name, in: names)
            return .error(
                "\(chart) names the field '\(name)' for its \(role), which the dataset does not have"
                    + Suggest.didYouMean(similar),
                hint: similar != nil
                    ? nil
                    : names.isEmpty
                        ? "the dataset has no fields" : "the dataset's fields are: \(names.joined(separator: ", "))",
                on: setting)
        }

        let progress = kind == .progress
        let xRole = progress ? "bar labels" : "x axis"
        let yRole = progress ? "bar lengths" : "y axis"
        let xField = table.field(x)
        if xField == nil { out.append(missingField(x, xRole, on: .x)) }
        if let yField = table.field(y) {
            if yField.type != .integer && yField.type != .number {
                let numbers = table.fields.filter { $0.type == .integer || $0.type == .number }.map(\.name)
                out.append(
                    .error(
                        "\(chart) needs a number field for its \(yRole), but '\(y)' is a \(yField.type.rawValue) field",
                        hint: numbers.isEmpty
                            ? "give the field 'type: integer' or 'type: number' if it holds numbers"
                            : "the dataset's number fields are: \(numbers.joined(separator: ", "))",
                        on: .y))
            }
        } else {
            out.append(missingField(y, yRole, on: .y))
        }
        if let series, !progress, table.field(series) == nil { out.append(missingField(series, "series", on: .series)) }
        guard out.isEmpty, let xField else { return out }

        var seriesKeys: [String] = []
        if let series {
            if kind == .progress {
                out.append(
                    .error(
                        "\(chart) is a progress chart, which draws one bar per row and has no series; remove 'series'",
                        on: .series))
            } else if let sIndex = table.index(of: series) {
                var seen: Set<String> = []
                for row in table.rows where row.count > sIndex && !row[sIndex].isMissing {
                    let key = row[sIndex].plain
                    if seen.insert(key).inserted { seriesKeys.append(key) }
                }
            }
        }

        for key in styles.keys.sorted() {
            if let series, kind != .progress {
                guard table.field(series) != nil, !seriesKeys.contains(key) else { continue }
                out.append(
                    .error(
                        "\(chart) gives a style for series '\(key)', but the '\(series)' field has no such value"
                            + (Suggest.didYouMean(Suggest.closest(to: key, in: seriesKeys))), on: .style(key)))
            } else if key != y {
                out.append(
                    .error(
                        "\(chart) gives a style for series '\(key)', but it has no series field; "
                            + "without one, the only series is '\(y)'", on: .style(key)))
            }
        }

        if horizontal && kind != .bar && kind != .stackedBar {
            out.append(.error("\(chart) sets 'horizontal', which only bar and stacked-bar charts use", on: .horizontal))
        }
        if percent && kind != .stackedBar {
            out.append(.error("\(chart) sets 'percent', which only stacked-bar charts use", on: .percent))
        }

        notes.append(contentsOf: annotationFindings(xField, table: table, chart: chart))
        let data = ChartData(spec: self, table: table)
        if kind != .progress {
            // A table with thousands of repeated rows gets a few examples, not thousands of lines.
            let shown = 20
            for (x, key) in data.duplicates.prefix(shown) {
                let which = key.map { " in series '\($0)'" } ?? ""
                notes.append(
                    .warning("\(chart) has more than one row for \(x.plain)\(which); only the first is drawn"))
            }
            if data.duplicates.count > shown {
                notes.append(
                    .warning(
                        "\(chart) has more than one row for \(NumberFormat.grouped(data.duplicates.count - shown)) more x values; "
                            + "only the first row of each is drawn"))
            }
        }
        let count = kind == .progress ? data.progressRows.count : data.xs.count
        if let capacity = data.barCapacity, count > capacity {
            let what = kind == .progress ? "rows" : "categories along its x axis"
            let cap = NumberFormat.grouped(capacity)
            notes.append(
                .warning(
                    "\(chart) has \(NumberFormat.grouped(count)) \(what), more than the \(cap) bars that fit; "
                        + "only the first \(cap) are drawn"
                        + (kind == .progress ? "" : ", and a line chart would show them all")))
        }
        if kind == .progress, let yIndex = table.index(of: y), let xIndex = table.index(of: x) {
            for row in table.rows where row.count == table.fields.count {
                if let v = row[yIndex].double, v < 0 || v > 100 {
                    out.append(
                        .error(
                            "\(chart) draws percentages from 0 to 100, but '\(row[xIndex].plain)' has \(row[yIndex].plain)"
                        ))
                }
            }
        }
        return out + notes
    }

    /// Annotations the chart cannot place: none of them stop the chart, so all are warnings.
    private func annotationFindings(_ xField: Field, table: DataTable, chart: String) -> [ChartFinding] {
        guard !annotations.isEmpty else { return [] }
        if kind == .progress || kind == .sparkline {
            let what = kind == .progress ? "a progress chart, which has no x axis" : "a sparkline, which has no axes"
            return annotations.indices.map {
                .warning(
                    "\(chart) is \(what) to mark; the annotation at \(annotations[$0].x.plain) is not drawn",
                    on: .annotation($0))
            }
        }
        let column = table.column(xField.name) ?? []
        let values = column.compactMap(\.double)
        let bounds = values.min().flatMap { lo in values.max().map { (lo, $0) } }
        var out: [ChartFinding] = []
        for (index, note) in annotations.enumerated() {
            guard let at = ChartAnnotationPlacement.resolve(note.x, for: xField) else {
                out.append(
                    .warning(
                        "\(chart) has an annotation at '\(note.x.plain)', which is not \(article(xField.type)) \(xField.type.rawValue) like the '\(xField.name)' field",
                        on: .annotation(index)))
                continue
            }
            if case .string(let label) = at {
                if !column.contains(where: { $0.plain == label }) {
                    // Each name once, and not every row of a huge table: suggestions compare each with the label.
                    var seen: Set<String> = [], names: [String] = []
                    for value in column where names.count < 5000 && seen.insert(value.plain).inserted {
                        names.append(value.plain)
                    }
                    out.append(
                        .warning(
                            "\(chart) has an annotation at '\(label)', but the '\(xField.name)' field has no such value"
                                + Suggest.didYouMean(label, in: names), on: .annotation(index)))
                    continue
                }
            } else if let (lo, hi) = bounds, let v = at.double, v < lo || v > hi {
                let range =
                    "\(column.first { $0.double == lo }?.plain ?? "")–\(column.first { $0.double == hi }?.plain ?? "")"
                out.append(
                    .warning(
                        "\(chart) has an annotation at \(at.plain), outside the data's range \(range); it is not drawn",
                        on: .annotation(index)))
                continue
            } else if kind != .line, !column.contains(at) {
                // Bars stand on the x values the rows name; between two of them there is nothing to mark.
                out.append(
                    .warning(
                        "\(chart) has an annotation at \(at.plain), where no bar stands; it is not drawn",
                        on: .annotation(index)))
                continue
            }
            if let y = note.y, kind == .stackedBar, percent, !(0...100).contains(y) {
                out.append(
                    .warning(
                        "\(chart) has an annotation at \(at.plain) with y \(NumberFormat.plain(y)), "
                            + "outside the 0–100 % of a percent chart; it is not drawn", on: .annotation(index)))
            }
        }
        return out
    }

    private func article(_ type: FieldType) -> String {
        type == .integer ? "an" : "a"
    }
}

/// Reads an annotation's x value as the x field's type, so that `2020` written
/// as a number or as text both mark the year 2020.
enum ChartAnnotationPlacement {
    static func resolve(_ value: Value, for field: Field) -> Value? {
        switch (field.type, value) {
        case (.year, .year), (.integer, .integer), (.number, .number), (.date, .date): return value
        case (.year, .integer(let n)): return .year(n)
        case (.year, .string(let s)): return Int(s).map(Value.year)
        case (.integer, .year(let n)): return .integer(n)
        case (.integer, .string(let s)): return Int(s).map(Value.integer)
        case (.number, .integer(let n)), (.number, .year(let n)): return .number(Double(n))
        case (.number, .string(let s)): return DecimalNumber.parse(s).map(Value.number)
        case (.date, .string(let s)): return LocalDate(iso: s).map(Value.date)
        case (.string, _), (.boolean, _): return value.isMissing ? nil : .string(value.plain)
        default: return nil
        }
    }
}
