import MierukaCore

extension OpenData {
    /// The dataset as CSV: RFC 4180 (comma, CRLF after every record, fields
    /// quoted only when they hold a comma, a quote, CR or LF), UTF-8. The header
    /// is the field names; values are machine forms (`Value.plain`): no thousands
    /// separators, ISO dates, `true`/`false`, an empty cell for a missing value.
    ///
    /// `bom` puts a UTF-8 byte order mark first. With it, Excel in Japan opens
    /// the file as UTF-8 instead of Shift_JIS (without it, Japanese text turns
    /// into mojibake on a double-click); the cost is that naive readers that
    /// decode plain "utf-8" see U+FEFF before the first header name. Python's
    /// `utf-8-sig`, pandas, readr and frictionless strip it, so the site's
    /// default is on.
    ///
    /// Cells are written exactly as the data holds them: text that starts with
    /// `=` or `+` is not altered to defuse spreadsheet formulas, because the
    /// file's first duty is to be the exact data (and `-` starts every negative
    /// number). The loader warns about such text instead (`SpreadsheetFormula`),
    /// unless the dataset says `allow_formulas: true`.
    public static func csv(_ d: DatasetInfo, catalog: CatalogInfo, bom: Bool) -> [UInt8] {
        csv(table: publishedTable(d, catalog: catalog), bom: bom)
    }

    /// The CSV of a table already published (`publishedTable`).
    static func csv(table: DataTable, bom: Bool) -> [UInt8] {
        var records: [[String]] = [table.fields.map(\.name)]
        records += table.rows.map { row in row.map(\.plain) }
        return CSV.encode(records, bom: bom)
    }
}

/// RFC 4180 encoding of rows of text.
public enum CSV {
    /// The UTF-8 byte order mark.
    public static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Encodes records with CRLF line ends, a CRLF after the last record too.
    public static func encode(_ records: [[String]], bom: Bool = false) -> [UInt8] {
        var out = ""
        for record in records {
            // A lone empty field would make a blank line, which readers skip.
            if record.count == 1 && record[0].isEmpty { out += "\"\"\r\n"; continue }
            for (i, cell) in record.enumerated() {
                if i > 0 { out += "," }
                out += field(cell)
            }
            out += "\r\n"
        }
        return (bom ? CSV.bom : []) + Array(out.utf8)
    }

    /// One field, quoted when RFC 4180 needs it, with inner quotes doubled.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
