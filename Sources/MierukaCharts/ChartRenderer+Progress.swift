import MierukaCore

extension ChartRenderer {
    /// Progress charts: per row, its label (wrapped onto two lines if long) over
    /// a bar against a full 100 % track, with the value written after it. The
    /// bar is clamped to the track; the written value is the real one.
    static func drawProgress(_ data: ChartData, ids: ChartIDs) -> ChartCanvas {
        let rows = data.progressRows
        guard !rows.isEmpty else { return emptyCanvas() }
        let width = ChartLayout.width, pad = ChartLayout.padding
        let labelSize = TextStyle.label.size, valueSize = TextStyle.label.size
        let texts = rows.map { $0.value.map(data.progressText) ?? "—" }
        let valueWidth =
            (texts + [data.progressText(100)]).map { TextMetrics.width(of: $0, fontSize: valueSize) }.max()! + 8
        let trackLeft = pad, trackRight = width - pad - valueWidth
        let barHeight = 14.0, lineHeight = labelSize + 4

        var w = SVGWriter()
        var y = pad
        w.open("g", [("class", "mc-progress")])
        for (row, text) in zip(rows, texts) {
            let lines = TextMetrics.wrap(row.label, maxWidth: width - 2 * pad, fontSize: labelSize, maxLines: 2)
            for line in lines {
                y += lineHeight
                w.text(line, x: pad, y: y - 4, style: .label)
            }
            y += 4
            let track = trackRight - trackLeft
            w.rect(
                x: trackLeft, y: y, width: track, height: barHeight,
                [("class", "mc-track"), ("fill", ChartPalette.track)])
            if let v = row.value {
                let share = Swift.min(100, Swift.max(0, v)) / 100
                w.rect(
                    x: trackLeft, y: y, width: track * share, height: barHeight,
                    [("class", "mc-f1"), ("fill", ChartPalette.seriesColor(0))])
            }
            w.text(text, x: trackRight + 8, y: y + barHeight / 2 + valueSize * 0.35, style: .label)
            y += barHeight + 14
        }
        w.close("g")
        let bottom = drawLeftOutNote(data, into: &w, below: y - 14)
        return ChartCanvas(width: width, height: bottom + pad, defs: SVGWriter(), body: w)
    }
}
