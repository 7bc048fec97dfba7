import MierukaCore

extension ChartData {
    /// The most progress bars drawn: beyond this the chart grows taller than a page is worth.
    static let maxProgressRows = 60
    /// The most category rows of a horizontal bar chart, for the same reason.
    static let maxHorizontalBands = 60
    /// The least width, in viewBox units, one bar and its gap may have in an upright
    /// bar chart: 2 units is a bar of 1.4 units and a gap that still shows on a phone.
    static let minBarBand = 2.0

    /// How many categories (progress charts: rows) fit as bars; nil for line
    /// charts and sparklines, which draw any number of points.
    ///
    /// Fixed by the chart's kind, orientation and number of series, not by the
    /// values, so the description and the warnings can say how many are drawn
    /// without laying out the chart.
    var barCapacity: Int? {
        switch spec.kind {
        case .line, .sparkline: return nil
        case .progress: return Self.maxProgressRows
        case .bar, .stackedBar:
            let slots = spec.kind == .bar ? Swift.max(1, series.count) : 1
            if spec.horizontal { return Swift.max(1, Self.maxHorizontalBands / slots) }
            let room = ChartLayout.width - 2 * ChartLayout.padding
            return Swift.max(1, clampedInt(room / (Self.minBarBand * Double(slots))))
        }
    }

    /// The data the bars are drawn from: the first ``barCapacity`` categories
    /// (or rows) in axis order, with ``leftOut`` counting the rest.
    ///
    /// Bars are cut off rather than merged, because whether neighbours should be
    /// summed or averaged depends on what the numbers count, which the chart
    /// cannot know; the chart and its description say what is left out, and a
    /// warning suggests a line chart, which shows every point.
    func cappedForBars() -> ChartData {
        guard let capacity = barCapacity else { return self }
        var copy = self
        if spec.kind == .progress {
            guard progressRows.count > capacity else { return self }
            copy.progressRows = Array(progressRows.prefix(capacity))
            copy.leftOut = progressRows.count - capacity
            return copy
        }
        guard xs.count > capacity else { return self }
        copy.xs = Array(xs.prefix(capacity))
        for s in copy.series.indices { copy.series[s].cells = Array(series[s].cells.prefix(capacity)) }
        copy.leftOut = xs.count - capacity
        return copy
    }

    /// What a capped chart says about itself: `全1,000件のうち最初の188件を表示`; nil when nothing is left out.
    var leftOutNote: String? {
        guard leftOut > 0 else { return nil }
        let shown = spec.kind == .progress ? progressRows.count : xs.count
        return "全\(NumberFormat.grouped(shown + leftOut))件のうち最初の\(NumberFormat.grouped(shown))件を表示"
    }
}
