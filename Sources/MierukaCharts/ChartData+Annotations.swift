import MierukaCore

extension ChartData {
    /// An annotation that this chart draws, resolved against its x values.
    struct PlacedNote {
        /// Along the x axis, in the terms of `position(_:)`: the category's index on a
        /// category axis, the year, day number or number on a continuous one.
        var position: Double
        /// The x value as written for people: `2020年`.
        var xText: String
        var y: Double?
        var label: String
    }

    /// The declaration's annotations that fall on this chart's axis, in the
    /// order they are declared; those that do not are left out (and reported as
    /// warnings by `ChartSpec.findings(in:)`).
    ///
    /// Bars stand on categories even for years, so a bar chart marks only x
    /// values that have a bar; a line chart marks any x within its range.
    func placedNotes() -> [PlacedNote] {
        guard let field = xField, !xs.isEmpty, spec.kind == .line || spec.kind == .bar || spec.kind == .stackedBar
        else { return [] }
        let percent = spec.kind == .stackedBar && spec.percent
        return spec.annotations.compactMap { note in
            guard let at = ChartAnnotationPlacement.resolve(note.x, for: field) else { return nil }
            if let y = note.y, !y.isFinite || (percent && !(0...100).contains(y)) { return nil }
            if xScale == .category {
                guard let i = xs.firstIndex(where: { $0.plain == at.plain }) else { return nil }
                return PlacedNote(position: Double(i), xText: xText(i), y: note.y, label: note.label)
            }
            // Ordered x values are sorted, so the range is the first and the last.
            guard let v = at.double, let lo = xs.first?.double, let hi = xs.last?.double, v >= lo, v <= hi else {
                return nil
            }
            return PlacedNote(position: v, xText: xText(at), y: note.y, label: note.label)
        }
    }

    /// The values of point annotations, which the value axis must reach.
    var noteValues: [Double] { placedNotes().compactMap(\.y) }

    /// The annotations for the text alternative: `注記：2020年「DX戦略開始」、2030年の2,000人「目標」。`
    func notesSummary() -> String {
        let notes = placedNotes()
        guard !notes.isEmpty else { return "" }
        return "注記："
            + notes.map { note in
                note.xText + (note.y.map { "の" + yText($0) } ?? "") + "「\(note.label)」"
            }.joined(separator: "、") + "。"
    }
}
