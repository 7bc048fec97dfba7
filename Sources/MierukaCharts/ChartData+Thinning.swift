extension ChartData {
    /// The same lines with at most about two points per unit of width per
    /// series: for each series, the lowest and the highest value in every
    /// one-unit column of the plot, plus the first and last point of every
    /// unbroken stretch.
    ///
    /// A line of a million points drawn in 400 units would put thousands of
    /// points on each unit: megabytes of SVG that look no different from this.
    /// Keeping each column's extremes (rather than every n-th point, or an
    /// average) keeps every peak and trough the full line shows, and the first
    /// and last value stay exact, so labels at the line ends still read true.
    /// A gap (missing values) stays a gap where it is at least a unit wide;
    /// narrower ones could not be seen anyway. Data with fewer points than two
    /// per unit comes back unchanged. `pixel` gives the x of value `i` in units.
    func thinned(plotWidth: Double, pixel: (Int) -> Double) -> ChartData {
        let limit = clampedInt(plotWidth * 2)
        guard series.contains(where: { $0.cells.count > limit }) else { return self }
        let kept = series.map { $0.cells.count > limit ? Self.thin($0.cells, pixel: pixel) : Self.all($0.cells) }
        var keep = [Bool](repeating: false, count: xs.count)
        for list in kept { for (i, _) in list { keep[i] = true } }
        var newIndex = [Int](repeating: -1, count: xs.count)
        var copy = self
        copy.xs = []
        for i in xs.indices where keep[i] {
            newIndex[i] = copy.xs.count
            copy.xs.append(xs[i])
        }
        for s in series.indices {
            var cells = [Cell](repeating: .absent, count: copy.xs.count)
            for (i, cell) in kept[s] { cells[newIndex[i]] = cell }
            copy.series[s].cells = cells
        }
        return copy
    }

    /// Every cell a line needs: values, and missing values that break it.
    private static func all(_ cells: [Cell]) -> [(Int, Cell)] {
        cells.indices.compactMap { if case .absent = cells[$0] { return nil } else { return ($0, cells[$0]) } }
    }

    /// The cells of one series to keep, in order, as described for `thinned`.
    private static func thin(_ cells: [Cell], pixel: (Int) -> Double) -> [(Int, Cell)] {
        var out: [(Int, Cell)] = []
        var emitted = -1  // the last index written to `out`
        var column = Int.min  // the one-unit column being collected
        var low = (-1, 0.0), high = (-1, 0.0)  // its lowest and highest value, by index
        var segmentLast = -1  // the last value of the current unbroken stretch
        var lastPixel = -Double.infinity
        var gap: Int?  // the first missing value since the last value

        func emit(_ i: Int, _ v: Double) {
            guard i > emitted else { return }
            out.append((i, .value(v)))
            emitted = i
        }
        func flushColumn() {
            guard low.0 >= 0 else { return }
            if low.0 < high.0 {
                emit(low.0, low.1); emit(high.0, high.1)
            } else {
                emit(high.0, high.1); emit(low.0, low.1)
            }
            low = (-1, 0); high = (-1, 0)
        }
        func endSegment() {
            flushColumn()
            if segmentLast >= 0, case .value(let v) = cells[segmentLast] { emit(segmentLast, v) }
        }

        for i in cells.indices {
            switch cells[i] {
            case .absent:
                continue
            case .missing:
                if segmentLast >= 0 && gap == nil { gap = i }
            case .value(let v):
                let x = pixel(i)
                if let g = gap {
                    gap = nil
                    if x - lastPixel >= 1 {
                        endSegment()
                        out.append((g, .missing))
                        emitted = g
                        column = Int.min
                        segmentLast = -1
                    }
                }
                if segmentLast < 0 { emit(i, v) }
                let c = clampedInt(x.rounded(.down))
                if c != column { flushColumn(); column = c }
                if low.0 < 0 || v < low.1 { low = (i, v) }
                if high.0 < 0 || v > high.1 { high = (i, v) }
                segmentLast = i
                lastPixel = x
            }
        }
        endSegment()
        return out
    }
}
