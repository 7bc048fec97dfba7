/// Which tick labels of an axis to draw, and how, so that none overlap.
///
/// Labels are tried, in order: all of them level; all of them turned 45°
/// (truncated with `…` if a turned label would reach further than
/// `maxRotatedExtent` below the axis); then every k-th label, level — when
/// there are too many labels to show them all, the axis is dense (many years,
/// many days) and evenly spaced level labels read best; turned only if level
/// ones could show no more than one. The first and then every k-th label are
/// kept, so thinned labels stay evenly spaced.
public struct TickLabelLayout: Sendable, Hashable {
    public enum Orientation: Sendable, Hashable { case level, rotated }

    public var orientation: Orientation
    /// Indices of the labels to draw.
    public var shown: [Int]
    /// Labels wider than this are truncated; nil when none need to be.
    public var maxLabelWidth: Double?
    /// How far below the axis line the labels reach.
    public var extent: Double

    /// Space between two level labels, as a fraction of the font size.
    static let gapEm = 0.6
    static let sin45 = 0.7071067811865476

    /// How far the first shown label reaches left of its tick: half its width
    /// when level, nearly all of it when turned.
    public func leftReach(labels: [String], fontSize: Double) -> Double {
        guard let first = shown.first, first < labels.count else { return 0 }
        let w = Swift.min(TextMetrics.width(of: labels[first], fontSize: fontSize), maxLabelWidth ?? .infinity)
        return orientation == .level ? w / 2 : w * TickLabelLayout.sin45
    }

    public static func fit(
        labels: [String], positions: [Double], fontSize: Double,
        maxRotatedExtent: Double
    ) -> TickLabelLayout {
        let n = Swift.min(labels.count, positions.count)
        let levelExtent = fontSize * 1.5
        guard n > 0 else { return TickLabelLayout(orientation: .level, shown: [], maxLabelWidth: nil, extent: 0) }
        let widths = labels.prefix(n).map { TextMetrics.width(of: $0, fontSize: fontSize) }

        func levelFits(step: Int) -> Bool {
            var previous: Int?
            for i in stride(from: 0, to: n, by: step) {
                if let p = previous,
                    (positions[i] - positions[p]).magnitude < (widths[i] + widths[p]) / 2 + fontSize * gapEm
                {
                    return false
                }
                previous = i
            }
            return true
        }
        // Turned labels are parallel lines; their distance apart is the tick spacing times sin 45°.
        func rotatedFits(step: Int) -> Bool {
            var previous: Int?
            for i in stride(from: 0, to: n, by: step) {
                if let p = previous, (positions[i] - positions[p]).magnitude * sin45 < fontSize * 1.15 { return false }
                previous = i
            }
            return true
        }
        func rotated(step: Int) -> TickLabelLayout {
            let widest = widths.max() ?? 0
            let allowed = Swift.max(fontSize * 2, (maxRotatedExtent - fontSize * sin45) / sin45)
            let width = Swift.min(widest, allowed)
            return TickLabelLayout(
                orientation: .rotated, shown: Array(stride(from: 0, to: n, by: step)),
                maxLabelWidth: widest > allowed ? allowed : nil,
                extent: width * sin45 + fontSize * sin45 + fontSize * 0.5)
        }

        if levelFits(step: 1) {
            return TickLabelLayout(orientation: .level, shown: Array(0..<n), maxLabelWidth: nil, extent: levelExtent)
        }
        if rotatedFits(step: 1) { return rotated(step: 1) }
        let levelStep = (2...Swift.max(2, n)).first(where: levelFits) ?? n
        let rotatedStep = (2...Swift.max(2, n)).first(where: rotatedFits) ?? n
        if levelStep >= n && rotatedStep < n { return rotated(step: rotatedStep) }
        return TickLabelLayout(
            orientation: .level, shown: Array(stride(from: 0, to: n, by: levelStep)),
            maxLabelWidth: nil, extent: levelExtent)
    }
}
