import MierukaCore

/// Reads RFC 4180 CSV, keeping the line and column (in characters) where
/// each cell starts, so a bad value points at the right place in the file.
struct CSVReader {
    struct Cell { var text: String; var line: Int; var column: Int }
    struct Row { var cells: [Cell]; var line: Int }

    enum Problem: Error { case unclosedQuote(line: Int, column: Int) }

    /// `text` has LF line endings (ContentFiles makes sure of it).
    static func parse(_ text: String) throws(Problem) -> [Row] {
        var rows: [Row] = []
        var cells: [Cell] = []
        var field = ""
        var line = 1, column = 1
        var cellLine = 1, cellColumn = 1, rowLine = 1
        var inQuotes = false, quoteLine = 0, quoteColumn = 0
        var atCellStart = true
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endCell() {
            cells.append(Cell(text: field, line: cellLine, column: cellColumn))
            field = ""
        }

        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                        column += 2
                        continue
                    }
                    inQuotes = false
                    column += 1
                    pending = next
                    continue
                }
                field.unicodeScalars.append(c)
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            if atCellStart { cellLine = line; cellColumn = column; atCellStart = false }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteLine = line; quoteColumn = column
                column += 1
            case ",":
                endCell()
                column += 1
                atCellStart = true
            case "\n":
                endCell()
                rows.append(Row(cells: cells, line: rowLine))
                cells = []
                line += 1; column = 1
                rowLine = line
                atCellStart = true
            default:
                field.unicodeScalars.append(c)
                column += 1
            }
        }
        if inQuotes { throw .unclosedQuote(line: quoteLine, column: quoteColumn) }
        if !atCellStart || !cells.isEmpty || !field.isEmpty {
            endCell()
            rows.append(Row(cells: cells, line: rowLine))
        }
        // Blank lines carry no row.
        return rows.filter { !($0.cells.count == 1 && $0.cells[0].text.isEmpty) }
    }
}
