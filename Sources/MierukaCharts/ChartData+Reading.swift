import MierukaCore

extension ChartData {
    /// The table's rows arranged for drawing: the distinct x values in axis
    /// order, and per series a column with one cell for each of them.
    struct Reading {
        var xs: [Value] = []
        /// The series' keys in the order the rows first name them.
        var keys: [String] = []
        var columns: [[Cell]] = []
        var duplicates: [(x: Value, series: String?)] = []
    }

    /// Reads the rows that have an x value (and a series value, when there is
    /// a series field). The first row for an x and series wins; later ones are
    /// duplicates, listed in row order.
    ///
    /// Built for tables of a million rows: ordered x values (years, dates,
    /// numbers) are sorted as numbers, which costs nothing when the rows are
    /// already in order and avoids hashing every value when they are not;
    /// categories are numbered as they first appear, one hash lookup per row.
    static func read(
        _ table: DataTable, x xIndex: Int, y yIndex: Int, series sIndex: Int?,
        onlySeries: String, ordered: Bool
    ) -> Reading {
        var out = Reading()
        // The rows that are drawn: where in the table, which series, which cell.
        var rows: [Int] = [], rowSeries: [Int] = [], cells: [Cell] = []
        rows.reserveCapacity(table.rows.count)
        rowSeries.reserveCapacity(table.rows.count)
        cells.reserveCapacity(table.rows.count)
        var seriesNumber: [String: Int] = [:]
        var lastKey: String?, lastSeries = 0
        let width = table.fields.count
        for (r, row) in table.rows.enumerated() where row.count == width {
            if row[xIndex].isMissing { continue }
            if let sIndex {
                if row[sIndex].isMissing { continue }
                let key = row[sIndex].plain
                if key != lastKey {
                    if let known = seriesNumber[key] {
                        lastSeries = known
                    } else {
                        lastSeries = out.keys.count
                        seriesNumber[key] = lastSeries
                        out.keys.append(key)
                    }
                    lastKey = key
                }
            } else if out.keys.isEmpty {
                out.keys = [onlySeries]
            }
            rows.append(r)
            rowSeries.append(lastSeries)
            cells.append(row[yIndex].double.map(Cell.value) ?? .missing)
        }
        out.columns = Array(repeating: [], count: out.keys.count)
        var duplicateRows: [(ordinal: Int, series: Int)] = []

        /// Puts drawn row `k` at x number `p`, unless its series already has a cell there.
        func place(_ k: Int, at p: Int) {
            let s = rowSeries[k]
            let filled = out.columns[s].count
            if filled <= p {
                if filled < p { out.columns[s].append(contentsOf: repeatElement(Cell.absent, count: p - filled)) }
                out.columns[s].append(cells[k])
            } else if case .absent = out.columns[s][p] {
                out.columns[s][p] = cells[k]
            } else {
                duplicateRows.append((k, s))
            }
        }

        let numbers: [Double]? =
            ordered
            ? {
                var keys: [Double] = []
                keys.reserveCapacity(rows.count)
                for r in rows {
                    guard let v = table.rows[r][xIndex].double, !v.isNaN else { return nil }
                    keys.append(v)
                }
                return keys
            }() : nil
        if let numbers {
            let inOrder = zip(numbers, numbers.dropFirst()).allSatisfy { $0 <= $1 }
            // A stable sort, so that of two rows for the same x and series the first still wins.
            let sorted =
                inOrder
                ? Array(numbers.indices)
                : numbers.indices.sorted { numbers[$0] != numbers[$1] ? numbers[$0] < numbers[$1] : $0 < $1 }
            var last = -Double.infinity
            for k in sorted {
                if out.xs.isEmpty || numbers[k] != last {
                    out.xs.append(table.rows[rows[k]][xIndex])
                    last = numbers[k]
                }
                place(k, at: out.xs.count - 1)
            }
            duplicateRows.sort { $0.ordinal < $1.ordinal }
        } else {
            var number: [Value: Int] = [:]
            number.reserveCapacity(rows.count)
            for k in rows.indices {
                let x = table.rows[rows[k]][xIndex]
                let p = Self.number(of: x, in: &number, next: out.xs.count)
                if p == out.xs.count { out.xs.append(x) }
                place(k, at: p)
            }
            if ordered {
                // Ordered x values with a stray value that is not a number: sort what can be sorted.
                let keys = out.xs.map { $0.double ?? 0 }
                let permutation = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
                out.xs = permutation.map { out.xs[$0] }
                for s in out.columns.indices {
                    let column = out.columns[s] + repeatElement(Cell.absent, count: out.xs.count - out.columns[s].count)
                    out.columns[s] = permutation.map { column[$0] }
                }
            }
        }
        for s in out.columns.indices where out.columns[s].count < out.xs.count {
            out.columns[s].append(contentsOf: repeatElement(Cell.absent, count: out.xs.count - out.columns[s].count))
        }
        out.duplicates = duplicateRows.map {
            (table.rows[rows[$0.ordinal]][xIndex], sIndex == nil ? nil : out.keys[$0.series])
        }
        return out
    }

    /// The number of `x` among the x values seen so far, or `next` after
    /// recording it as new: one hash lookup either way.
    private static func number(of x: Value, in numbers: inout [Value: Int], next: Int) -> Int {
        func read(_ slot: inout Int) -> Int { slot }
        return read(&numbers[x, default: next])
    }
}
