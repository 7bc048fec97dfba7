import Foundation
import MierukaCore
import MierukaContent
import MierukaYAML

extension Scaffold {
    /// `mieruka new dataset <id> --from file.csv`: a dataset YAML written from
    /// a CSV, as a starting point the author edits. Each column becomes a field
    /// named after its heading when the heading can be a field name (else
    /// `column_1`, …, with the heading as its `title`); its type is guessed
    /// from the values (integer, number, date, year, else string), `optional`
    /// where blanks appear; a line chart is declared when a year or date
    /// column and a number column exist. The CSV is copied beside the YAML.
    /// - Returns: the path of the dataset file made.
    @discardableResult
    public static func newDataset(id: String, from csvPath: String, contentDirectory: String) throws(ScaffoldError)
        -> String
    {
        guard Slug.isValid(id) else {
            throw ScaffoldError(
                "'\(id)' is not a valid dataset id",
                hint: "use lowercase letters a-z, digits and hyphens, e.g. population")
        }
        let fm = FileManager.default
        let folder = contentDirectory + "/datasets"
        let yamlPath = folder + "/\(id).yaml", copyPath = folder + "/\(id).csv"
        for p in [yamlPath, copyPath] where fm.fileExists(atPath: p) {
            throw ScaffoldError("'\(p)' already exists; mieruka never replaces a file", hint: "choose another id")
        }
        let sheet = Spreadsheet.read(csvPath)
        if let problem = sheet.diagnostics.sorted.first(where: { $0.severity == .error }) {
            throw ScaffoldError("\(problem.location): \(problem.message)", hint: problem.hint)
        }
        guard let header = sheet.rows.first, !header.isEmpty else {
            throw ScaffoldError("'\(csvPath)' has no header row", hint: "the first line of the CSV names the columns")
        }
        let data = Array(sheet.rows.dropFirst())
        var usedNames: Set<String> = []
        var fields: [(name: String, title: String, type: FieldType, optional: Bool)] = []
        for (i, heading) in header.enumerated() {
            let title = heading.trimmingCharacters(in: .whitespaces)
            var name = Scaffold.fieldName(title) ?? "column_\(i + 1)"
            while usedNames.contains(name) { name += "_\(i + 1)" }
            usedNames.insert(name)
            let values = data.map { i < $0.count ? $0[i].trimmingCharacters(in: .whitespaces) : "" }
            fields.append((name, title, Scaffold.guessType(values.filter { !$0.isEmpty }), values.contains("")))
        }
        var y = ContentSchema.dataset.schemaComment() + "\n"
        y +=
            "# A dataset made by mieruka new dataset from \((csvPath as NSString).lastPathComponent): check every line, then build.\n"
        y += "title: \(Scaffold.yamlQuoted(id))  # the dataset's name, in Japanese\n"
        y += "description: 説明を書いてください。  # what the data is, how it was counted, its limits\n"
        y += "frequency: irregular  # daily, weekly, monthly, quarterly, yearly, irregular or never\n"
        y += "fields:\n"
        for f in fields {
            y += "  - name: \(f.name)\n    title: \(Scaffold.yamlQuoted(f.title))\n    type: \(f.type.rawValue)\n"
            if f.type == .integer || f.type == .number {
                y += "    # unit: 人  ← write the unit (人, 件, 円, %, …) and remove the #\n"
            }
            y += "    # description: ← what the column means and how it was counted; remove the #\n"
            if f.optional { y += "    optional: true\n" }
        }
        y += "csv: \(id).csv\n"
        let time = fields.first { $0.type == .year || $0.type == .date }
        if let time, let value = fields.first(where: { $0.type == .integer || $0.type == .number }) {
            y +=
                "charts:\n  - id: trend\n    type: line\n    title: \(Scaffold.yamlQuoted(value.title))\n    x: \(time.name)\n    y: \(value.name)\n"
        }
        // The copy keeps the sheet's headings (a heading may be a field's title), so the
        // next export from Excel can replace it; headings that are empty or repeated
        // are written as the fields' names instead.
        let headingsWork = Set(fields.map(\.title)).count == fields.count && !fields.contains { $0.title.isEmpty }
        var records = [headingsWork ? fields.map(\.title) : fields.map(\.name)]
        records += data
        let csv = records.map { $0.map(Scaffold.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(y.utf8).write(to: URL(fileURLWithPath: yamlPath), options: .withoutOverwriting)
            try Data(csv.utf8).write(to: URL(fileURLWithPath: copyPath), options: .withoutOverwriting)
        } catch {
            throw ScaffoldError("could not write the dataset: \(error.localizedDescription)")
        }
        return yamlPath
    }

    /// A heading usable as a field name as it is (`year`, `Population` → `population`), else nil.
    static func fieldName(_ heading: String) -> String? {
        let lower = heading.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(
            of: "-", with: "_")
        guard let first = lower.unicodeScalars.first, ("a"..."z").contains(first), lower.count <= 64,
            lower.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" })
        else { return nil }
        return lower
    }

    /// The narrowest type every value fits: year, integer, number, date, else string.
    static func guessType(_ values: [String]) -> FieldType {
        guard !values.isEmpty else { return .string }
        if values.allSatisfy({ $0.count == 4 && Int($0).map { (1800...2200).contains($0) } == true }) { return .year }
        if values.allSatisfy({ Int($0) != nil }) { return .integer }
        if values.allSatisfy({ DecimalNumber.parse($0) != nil }) { return .number }
        // Dates as Excel writes them (2020/7/1) are read too, with a warning.
        if values.allSatisfy({
            LocalDate(iso: $0) != nil || DateHint.rewritten($0).flatMap(LocalDate.init(iso:)) != nil
        }) {
            return .date
        }
        return .string
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(",") || s.contains("\"") || s.contains("\n") else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
