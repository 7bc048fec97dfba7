import Foundation
import MierukaCore
import MierukaYAML

/// A CSV file read as the build reads one (UTF-8 or Shift_JIS, CRLF or LF,
/// RFC 4180 quoting), as plain text cells: for `mieruka new dataset --from`.
public struct Spreadsheet: Sendable {
    /// The header row, then the data rows.
    public var rows: [[String]]
    /// What reading found (a Shift_JIS warning, or why it could not be read).
    public var diagnostics: Diagnostics

    public static func read(_ path: String) -> Spreadsheet {
        let log = DiagnosticLog()
        let url = URL(fileURLWithPath: path)
        let files = ContentFiles(root: url.deletingLastPathComponent().path, log: log)
        guard let text = files.text(url.lastPathComponent, maxBytes: 256 * 1024 * 1024, spreadsheet: true) else {
            return Spreadsheet(rows: [], diagnostics: log.diagnostics)
        }
        do {
            let parsed = try CSVReader.parse(text)
            return Spreadsheet(rows: parsed.map { $0.cells.map(\.text) }, diagnostics: log.diagnostics)
        } catch {
            if case .unclosedQuote(let line, let column) = error {
                log.error(
                    "a quoted value in the CSV is never closed",
                    at: SourceLocation(file: path, line: line, column: column))
            }
            return Spreadsheet(rows: [], diagnostics: log.diagnostics)
        }
    }
}
