/// A drawn chart and everything a page needs to show it accessibly.
public struct RenderedChart: Sendable {
    /// A complete `<svg>` element without an XML prolog, for inline use in HTML.
    /// It carries its own `xmlns`, so the same bytes are also a valid SVG document.
    public var svg: String
    /// The text alternative (Japanese) that the SVG's `<desc>` holds; pages may repeat it.
    public var summary: String
    /// The data behind the chart, for an HTML `<table>` beside it: at most 500
    /// rows, with a caption that says so when there are more.
    public var table: ChartTable
    /// The chart's title, as in the SVG's `<title>`.
    public var title: String
    /// The same chart with its title drawn at the top, for the standalone file,
    /// which is seen without the page's caption.
    var standaloneSVG: String
    /// What every id inside the SVG starts with (`ChartIDs.prefix`).
    var idPrefix: String

    public init(
        svg: String, summary: String, table: ChartTable, title: String, standaloneSVG: String? = nil,
        idPrefix: String = ""
    ) {
        self.svg = svg
        self.summary = summary
        self.table = table
        self.title = title
        self.standaloneSVG = standaloneSVG ?? svg
        self.idPrefix = idPrefix
    }

    /// The inline SVG for the `use`-th time the chart appears on one page:
    /// from the second use on, every id (and every reference to one) gets
    /// `_<use>` after the prefix, so a page that shows the chart twice still
    /// has unique ids. `_` never occurs in dataset or chart ids, so the new
    /// ids cannot meet another chart's.
    public func svg(use: Int) -> String {
        guard use > 1, !idPrefix.isEmpty else { return svg }
        let p = idPrefix, q = "\(idPrefix)_\(use)"
        return
            svg
            .replacingOccurrences(
                of: "aria-labelledby=\"\(p)-title \(p)-desc\"", with: "aria-labelledby=\"\(q)-title \(q)-desc\""
            )
            .replacingOccurrences(of: "id=\"\(p)-", with: "id=\"\(q)-")
            .replacingOccurrences(of: "url(#\(p)-", with: "url(#\(q)-")
    }
}

/// The data behind a chart as display strings: header row plus body rows.
///
/// Cells are plain text (not escaped); the page escapes them like any other text.
/// Numbers are grouped (`3,400`), years and dates are Japanese (`1955年`), a
/// missing value is `—`, and units sit in the headers (`人口（人）`).
public struct ChartTable: Sendable, Hashable {
    public var caption: String
    public var headers: [String]
    public var rows: [[String]]

    public init(caption: String, headers: [String], rows: [[String]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
    }
}
