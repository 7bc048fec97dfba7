import MierukaCore

/// One chart as a dataset declares it: what to draw from which fields.
///
/// A chart is declared once, in its dataset, and drawn wherever it is used; this
/// value is the declaration after the dataset file has been read. It names fields
/// by their `name`, never by column position, so reordering a CSV does not change
/// a chart. Check it with ``findings(in:)`` (each finding names the setting it is
/// about) before drawing; ``ChartRenderer`` still draws something sensible (an
/// empty frame) for a declaration with problems.
public struct ChartSpec: Sendable, Hashable {
    /// The kinds of chart, spelt as the dataset file spells them.
    public enum Kind: String, Sendable, CaseIterable {
        /// One or more lines over a year, date, number or category axis.
        case line
        /// Bars per category, grouped by series; vertical or ``ChartSpec/horizontal``.
        case bar
        /// Bars per category with the series stacked; absolute or ``ChartSpec/percent``.
        case stackedBar = "stacked-bar"
        /// One horizontal bar per row against 100 %, with the value written.
        case progress
        /// A small line without axes and its last value, for headline figures.
        case sparkline
    }

    /// How one series is drawn besides its colour.
    public struct SeriesStyle: Sendable, Hashable {
        /// Draws the line dashed: the convention for projections and estimates.
        public var dashed: Bool
        /// The name shown in legends, labels and the description instead of the series value.
        public var label: String?

        public init(dashed: Bool = false, label: String? = nil) {
            self.dashed = dashed
            self.label = label
        }
    }

    /// A labelled mark at one x value, such as the start of a strategy: a
    /// vertical line across the plot, or, when `y` is given, a point such as a target.
    ///
    /// Line, bar and stacked-bar charts draw annotations (horizontal bar charts
    /// mark the category's row); progress charts and sparklines have no axis to mark.
    public struct Annotation: Sendable, Hashable {
        /// Where the mark goes, in the x field's type (a year, a date, a number or a category).
        public var x: Value
        public var label: String
        /// The value the point marks, in the y field's unit (percent for a 100 % stacked
        /// bar); nil for a line across the whole plot. The value axis grows to include it.
        public var y: Double?

        public init(x: Value, label: String, y: Double? = nil) {
            self.x = x
            self.label = label
            self.y = y
        }
    }

    /// The chart's id within its dataset; it names the standalone file `<dataset>-<id>.svg`.
    public var id: String
    public var kind: Kind
    /// Shown as the chart's title; the dataset's title when nil.
    public var title: String?
    /// A hand-written text alternative. When nil, one is generated from the data.
    public var description: String?
    /// The field along the x axis (for progress charts: the label of each bar).
    public var x: String
    /// The number field that is drawn.
    public var y: String
    /// The field whose values split the rows into series, one line or bar colour each.
    public var series: String?
    /// Per-series styles, keyed by series value (by the y field's name when there is no series field).
    public var styles: [String: SeriesStyle]
    public var annotations: [Annotation]
    /// Bar and stacked-bar charts: categories down the side, bars to the right.
    public var horizontal: Bool
    /// Stacked-bar charts: each bar shows shares of its total, 0–100 %.
    public var percent: Bool

    public init(
        id: String, kind: Kind, title: String? = nil, description: String? = nil,
        x: String, y: String, series: String? = nil, styles: [String: SeriesStyle] = [:],
        annotations: [Annotation] = [], horizontal: Bool = false, percent: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.description = description
        self.x = x
        self.y = y
        self.series = series
        self.styles = styles
        self.annotations = annotations
        self.horizontal = horizontal
        self.percent = percent
    }
}
