import Foundation
import MierukaCore
import MierukaYAML
import MierukaCharts

extension Loader {
    /// `datasets/<id>.yaml`, each with inline rows or a CSV file beside it.
    func loadDatasets() -> [Dataset] {
        // Read and checked on all cores: some datasets have large CSV files.
        recordFiles(
            in: "datasets", kind: "dataset", example: "population.yaml",
            starts: "'title:', 'description:' and 'fields:'",
            duplicate: { id, ids in
                guard Self.reservedDatasetIds.contains(id) || ids.contains(id) else { return nil }
                return
                    "the dataset id '\(id)' is already used\(Self.reservedDatasetIds.contains(id) ? " by the strategy data mieruka publishes" : "")"
            }, duplicateHint: "rename the file", parallel: true
        ) { loader, file in
            loader.readDataset(file.mapping, id: file.id, path: file.path)
        }
    }

    /// The YAML files of a folder whose file names are ids (`datasets/`,
    /// `initiatives/`), in sorted order: the name checked as an id, a clash
    /// reported by `duplicate` (given the id and the ids accepted so far),
    /// the file read as a mapping and given to `read`. Files with a problem
    /// are reported and left out.
    /// - Parameter parallel: read the files on all cores, each with its own
    ///   log, merged in file order (`read` must not touch shared state).
    func recordFiles<T>(
        in folder: String, kind: String, example: String, starts: String,
        duplicate: (String, [String]) -> String?, duplicateHint: String, parallel: Bool = false,
        read: (Loader, (id: String, path: String, mapping: YAMLMapping)) -> T?
    ) -> [T] {
        var accepted: [(id: String, relative: String)] = []
        var ids: [String] = []
        for name in files.list(folder) where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let relative = folder + "/" + name
            let path = files.display(relative)
            let id = String(name.prefix(upTo: name.lastIndex(of: ".")!))
            guard Slug.isValid(id) else {
                log.error(
                    "the \(kind) file name '\(name)' can only use lowercase letters a–z, digits and hyphens",
                    at: .file(path),
                    hint: Self.renameHint(name, example: example))
                continue
            }
            if let clash = duplicate(id, ids) {
                log.error(clash, at: .file(path), hint: duplicateHint)
                continue
            }
            ids.append(id)
            accepted.append((id, relative))
        }
        func one(_ loader: Loader, _ file: (id: String, relative: String)) -> T? {
            guard let node = loader.files.yaml(file.relative, starts: starts),
                let m = YAMLMapping(node, what: "the \(kind)", log: loader.log)
            else { return nil }
            return read(loader, (file.id, loader.files.display(file.relative), m))
        }
        guard parallel else { return accepted.compactMap { one(self, $0) } }
        return inParallel(accepted.count) { loader, i in one(loader, accepted[i]) }.compactMap { $0 }
    }

    /// Runs `body` for 0..<count on all cores, each call with a loader for the
    /// same content that reports to a log of its own; the logs are merged in
    /// order, so the diagnostics are those one pass would give. `body` must
    /// not touch shared state.
    func inParallel<T>(_ count: Int, _ body: (Loader, Int) -> T?) -> [T?] {
        let me = UncheckedSendable(self)
        let results = parallelMap(count) { i -> (T?, Diagnostics) in
            let log = DiagnosticLog()
            log.keyRecorder = me.value.log.keyRecorder
            log.textLanguages = me.value.log.textLanguages
            var loader = Loader(
                files: ContentFiles(sharing: me.value.files, log: log), log: log, options: me.value.options)
            loader.ruleWarnings = me.value.ruleWarnings
            return (body(loader, i), log.diagnostics)
        }
        for (_, diagnostics) in results { log.append(contentsOf: diagnostics) }
        return results.map(\.0)
    }

    /// Ids of the datasets built from the strategy files.
    static let reservedDatasetIds = Set(Routes.reservedDatasetIds)

    func readDataset(_ m: YAMLMapping, id: String, path: String) -> Dataset? {
        let title = m.string("title", required: true)
        let description = m.string("description", required: true)
        var sourceName: String?, sourceURL: Located<String>?
        if let s = m.mapping("source", what: "'source'") {
            sourceName = s.string("name", required: true)?.value
            sourceURL = s.link("url", rule: .web)
            s.finish()
        }
        let license = readLicense(in: m)
        let unit = m.string("unit")
        let frequency = m.choice("frequency", as: UpdateFrequency.self, synonyms: UpdateFrequency.synonyms)
        let updated = m.date("updated")
        let illustrative = m.bool("illustrative")?.value ?? false
        let keywords = m.strings("keywords")
        let primaryKey = m.strings("primary_key")
        let standard = m.bool("standard_columns")?.value ?? false
        let edited = m.bool("edited")?.value ?? false
        let allowFormulas = m.bool("allow_formulas")?.value ?? false
        let (version, changes) = readVersion(m, updated: updated)
        cells.reset()

        // Fields.
        var fields: [Field] = []
        var declarations: [FieldDeclaration] = []
        var fieldNodes: [String: SourceLocation] = [:]
        // Rows are checked only when every field could be read: with one field
        // missing, every row would look one value too long.
        let fieldItems = m.list("fields", required: true)
        for item in fieldItems {
            guard let f = YAMLMapping(item, what: "a field", log: log) else { continue }
            let name = f.string("name", required: true)
            let ftitle = f.string("title")
            let type = f.choice("type", required: true, as: FieldType.self, synonyms: Self.fieldTypeSynonyms)
            let funit = f.string("unit")
            let fdesc = f.string("description")
            let optional = f.bool("optional")?.value ?? false
            let valuesNode = f.node("values")
            let allowed = f.strings("values")
            f.finish()
            guard let name, let type else { continue }
            if !Self.isFieldName(name.value) {
                log.error(
                    "the field name '\(name.value)' can only use lowercase letters a–z, digits and '_', starting with a letter",
                    at: name.location,
                    hint: "the field name is the CSV column header; put the Japanese name in 'title:'")
                continue
            }
            if let first = fieldNodes[name.value] {
                log.error(
                    "the field '\(name.value)' is declared twice (the first is on line \(first.line))",
                    at: name.location,
                    hint: "give each field its own name")
                continue
            }
            fieldNodes[name.value] = name.location
            var field = Field(
                name: name.value, title: ftitle?.value, type: type.value, unit: funit?.value,
                description: fdesc?.value, optional: optional)
            if let valuesNode { field.values = checkAllowedValues(allowed, node: valuesNode, field: field) }
            fields.append(field)
            declarations.append(FieldDeclaration(field: field, name: name.location, title: ftitle?.location))
        }
        let allFieldsRead = fields.count == fieldItems.count
        if fieldItems.isEmpty, let node = m.node("fields"), case .sequence = node.kind {
            log.error(
                "'fields' is an empty list, but the dataset needs at least one field", at: node.location,
                hint: "list each column as '- name: …' with 'type: …' on the next line")
        }
        for key in primaryKey where fieldNodes[key.value] == nil && allFieldsRead {
            let similar = Suggest.closest(to: key.value, in: fields.map(\.name))
            log.error(
                "'primary_key' names the field '\(key.value)', which the dataset does not have\(Suggest.didYouMean(similar))",
                at: key.location,
                hint: similar == nil ? "the dataset's fields are: \(fields.map(\.name).joined(separator: ", "))" : nil)
        }

        // Rows: inline or from a CSV file.
        let rowsNode = m.node("rows")
        let csv = m.string("csv")
        var rows: [[Value]] = []
        let fieldsOK = !fields.isEmpty && allFieldsRead
        switch (rowsNode, csv) {
        case (.some(let node), .some(let csv)):
            log.error("the dataset has both 'rows:' and 'csv:'; give only one of them", at: csv.location)
            _ = node
        case (.some(let node), nil):
            if fieldsOK { rows = readInlineRows(node, fields: fields) }
        case (nil, .some(let csv)):
            if fieldsOK { rows = readCSVRows(csv, fields: fields, datasetPath: path) ?? [] }
        case (nil, nil):
            log.error(
                "the dataset has no data: add 'rows:' with the values, or 'csv:' with the name of a CSV file beside it",
                at: m.node.location)
        }

        // Charts.
        let table = DataTable(fields: fields, rows: rows)
        var charts: [ChartSpec] = []
        var chartLocations: [SourceLocation] = []
        var chartLines: [String: Int] = [:]
        for item in m.list("charts") {
            guard let c = YAMLMapping(item, what: "a chart", log: log) else { continue }
            if let spec = readChart(c, table: table, fieldsOK: fieldsOK) {
                if let first = chartLines[spec.value.id] {
                    log.error(
                        "the dataset has two charts with the id '\(spec.value.id)' (the first is on line \(first))",
                        at: spec.location,
                        hint: "give each chart its own id; the id names the chart's file, \(id)-\(spec.value.id).svg")
                } else {
                    chartLines[spec.value.id] = spec.location.line
                    charts.append(spec.value)
                    chartLocations.append(spec.location)
                }
            }
        }
        m.finish()
        let conformance =
            fieldsOK && !rows.isEmpty
            ? checkMachineReadability(fields: declarations, standardColumns: standard, allowFormulas: allowFormulas)
            : []
        guard let title, let description else { return nil }
        return Dataset(
            id: id, title: title.value, description: description.value, sourceName: sourceName,
            sourceURL: sourceURL?.value,
            license: license ?? License(name: "", url: nil, id: nil), unit: unit?.value, frequency: frequency?.value,
            updated: updated?.value, illustrative: illustrative, keywords: keywords.map(\.value),
            primaryKey: primaryKey.map(\.value),
            standardColumns: standard, edited: edited, version: version, changes: changes, table: table, charts: charts,
            chartLocations: chartLocations, conformance: conformance, file: path)
    }

    /// `values:` on a field: the only texts its cells may hold (rule L2-04
    /// asks for choices written one way). Only text fields have them; the
    /// list must hold at least one value and no value twice.
    func checkAllowedValues(_ values: [Located<String>], node: YAMLNode, field: Field) -> [String]? {
        guard field.type == .string else {
            log.error(
                "'values' lists the choices of a text field, but '\(field.name)' is \(field.type == .integer ? "an" : "a") \(field.type.rawValue) field",
                at: node.location,
                hint: "remove 'values', or make the field 'type: string'")
            return nil
        }
        guard !values.isEmpty else {
            log.error(
                "'values' is empty; list the choices the field may hold, e.g. values: [実績, 推計]", at: node.location)
            return nil
        }
        var seen: [String: Int] = [:]
        for v in values {
            if seen[v.value] != nil {
                log.error("'\(v.value)' is listed twice in 'values'", at: v.location, hint: "list each choice once")
            }
            seen[v.value] = v.location.line
        }
        return values.map(\.value)
    }

    /// `version:` and `changes:` (each `date`, `description`, optional
    /// `version`), oldest first. The dataset's version is `version:`, else the
    /// newest change's; a `version:` that differs from the newest change's,
    /// and an `updated:` before the newest change, are errors. Dates after
    /// today are checked by the `Validator`, which knows today.
    func readVersion(_ m: YAMLMapping, updated: Located<LocalDate>?) -> (String?, [DatasetChange]) {
        let version = m.string("version")
        var changes: [DatasetChange] = []
        for item in m.list("changes") {
            guard let c = YAMLMapping(item, what: "a change", log: log) else { continue }
            let date = c.date("date", required: true)
            let text = c.string("description", required: true)
            let v = c.string("version")
            c.finish()
            guard let date, let text else { continue }
            if let previous = changes.last, date.value < previous.date {
                log.error(
                    "the changes must be listed oldest first, but \(date.value.iso) comes after \(previous.date.iso) (line \(previous.location.line))",
                    at: date.location,
                    hint: "move this change above the one of \(previous.date.iso); the newest change is the last")
            }
            changes.append(
                DatasetChange(date: date.value, description: text.value, version: v?.value, location: date.location))
        }
        let newest = changes.last
        if let version, let newest, let nv = newest.version, nv != version.value {
            log.error(
                "'version' is \(version.value), but the newest change (line \(newest.location.line)) is version \(nv)",
                at: version.location,
                hint:
                    "write the version of the newest change, or leave out 'version' (it is then taken from the newest change)"
            )
        }
        if let updated, let newest, updated.value < newest.date {
            log.error(
                "'updated' is \(updated.value.iso), but the newest change (line \(newest.location.line)) is dated \(newest.date.iso)",
                at: updated.location,
                hint:
                    "set 'updated' to the date of the newest change or later, or leave it out (it is then the newest change's date)"
            )
        }
        return (version?.value ?? newest?.version, changes)
    }

    /// "1 value", "3 values".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Words people write for a field type, mapped to the type mieruka knows.
    static let fieldTypeSynonyms: [String: String] = [
        "int": "integer", "integers": "integer", "whole number": "integer", "float": "number", "double": "number",
        "decimal": "number", "numeric": "number", "text": "string", "str": "string", "bool": "boolean",
        "整数": "integer", "数値": "number", "数": "number", "文字列": "string", "テキスト": "string", "文字": "string",
        "日付": "date", "年": "year", "年度": "year", "真偽値": "boolean",
    ]

    static func isFieldName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first), s.count <= 64 else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// `rows:` as lists in field order, or as `field: value` groups.
    func readInlineRows(_ node: YAMLNode, fields: [Field]) -> [[Value]] {
        guard case .sequence(let items) = node.kind else {
            log.error("'rows' should be a list, one row per line starting with '- '", at: node.location)
            return []
        }
        var rows: [[Value]] = []
        for item in items {
            switch item.kind {
            case .sequence(let cells):
                if cells.count != fields.count {
                    log.error(
                        "this row has \(Self.count(cells.count, "value")), but the dataset has \(Self.count(fields.count, "field")) (\(fields.map(\.name).joined(separator: ", ")))",
                        at: item.location, hint: "give one value for each field, in the order the fields are listed")
                    continue
                }
                var row: [Value] = []
                for (cell, field) in zip(cells, fields) {
                    row.append(
                        readCell(cell.isNull ? "" : (cell.scalar ?? "\u{0}"), field: field, at: cell.location)
                            ?? .missing)
                }
                rows.append(row)
            case .mapping(let pairs):
                var row = [Value](repeating: .missing, count: fields.count)
                var misspelt: Set<String> = []
                for pair in pairs {
                    guard let i = fields.firstIndex(where: { $0.name == pair.key }) else {
                        let similar = Suggest.closest(to: pair.key, in: fields.map(\.name))
                        if let similar { misspelt.insert(similar) }
                        log.error(
                            "this row names the field '\(pair.key)', which the dataset does not have\(Suggest.didYouMean(similar))",
                            at: pair.keyLocation,
                            hint: similar == nil
                                ? "the dataset's fields are: \(fields.map(\.name).joined(separator: ", "))" : nil)
                        continue
                    }
                    row[i] =
                        readCell(
                            pair.value.isNull ? "" : (pair.value.scalar ?? "\u{0}"), field: fields[i],
                            at: pair.value.location) ?? .missing
                }
                // A misspelt field name has its own message; "no value for" it would say the same twice.
                for (i, f) in fields.enumerated()
                where row[i].isMissing && !f.optional && !misspelt.contains(f.name)
                    && !pairs.contains(where: { $0.key == f.name })
                {
                    log.error(
                        "this row has no value for '\(f.name)', which is required", at: item.location,
                        hint: "add '\(f.name): …', or mark the field 'optional: true' if values may be missing")
                }
                rows.append(row)
            default:
                log.error(
                    "each row should be a list of values like [2020, 3400], but found \(item.kindDescription)",
                    at: item.location)
            }
        }
        return rows
    }

    /// One cell of a row: its value (`parseValue`), noted for the
    /// machine-readability rules and the spreadsheet-formula warning.
    func readCell(_ text: String, field: Field, at location: SourceLocation) -> Value? {
        let value = parseValue(text, field: field, at: location)
        cells.cell(text, field: field, value: value, at: location)
        return value
    }

    /// The typed value of one cell, or nil with a diagnostic. Empty text is a
    /// missing value, allowed only in optional fields.
    /// - Parameter holder: what holds the value, for the message: "this row", "this annotation".
    func parseValue(_ text: String, field: Field, at location: SourceLocation, holder: String = "this row") -> Value? {
        if text == "\u{0}" {
            log.error("'\(field.name)' should be a single value, not a list or a group", at: location)
            return nil
        }
        // Fast path for the common case (a CSV of plain numbers): no Foundation trimming.
        if field.type == .integer, let n = Int(text) { return .integer(n) }
        let first = text.utf8.first, last = text.utf8.last
        // Unicode's other spaces (U+3000, U+00A0, …) are not ASCII: their properties are looked up only then.
        func asciiSpace(_ b: UInt8?) -> Bool { b.map { $0 == 0x20 || (0x09...0x0D).contains($0) } ?? false }
        let padded =
            asciiSpace(first) || asciiSpace(last)
            || ((first ?? 0) >= 0x80 && text.unicodeScalars.first?.properties.isWhitespace == true)
            || ((last ?? 0) >= 0x80 && text.unicodeScalars.last?.properties.isWhitespace == true)
        let t = padded ? text.trimmingCharacters(in: .whitespaces) : text
        if padded, field.type != .string, !t.isEmpty, holder == "this row" {
            cells.note("padded-value", field.name, text, at: location)
        }
        if t.isEmpty {
            if field.optional { return .missing }
            log.error(
                "'\(field.name)' has no value in \(holder), but it is required", at: location,
                hint: "fill it in, or mark the field 'optional: true' if values may be missing")
            return nil
        }
        func fail(_ expected: String, hint: String? = nil) -> Value? {
            log.error(
                "'\(field.name)' is \(field.type == .integer ? "an" : "a") \(field.type.rawValue) field, but \(holder) has \"\(text)\"; expected \(expected)",
                at: location, hint: hint)
            return nil
        }
        switch field.type {
        case .string:
            if let allowed = field.values, !allowed.contains(text) {
                let near = Suggest.closest(to: text, in: allowed)
                log.error(
                    "'\(field.name)' may only be one of \(allowed.map { "'\($0)'" }.joined(separator: ", ")), but \(holder) has \"\(text)\"\(Suggest.didYouMean(near))",
                    at: location, hint: "write the choice exactly as in the field's 'values:', or add it there")
                return nil
            }
            return .string(text)
        case .integer:
            if let n = Int(t) { return .integer(n) }
            return fail("a whole number such as 3400", hint: t.contains(",") ? "write numbers without commas" : nil)
        case .number:
            if let x = DecimalNumber.parse(t) { return .number(x) }
            return fail("a number such as 12.5", hint: DecimalNumber.hint(for: t))
        case .year:
            if t.count == 4, let y = Int(t), y >= 1 { return .year(y) }
            return fail("a year such as 2020")
        case .date:
            if let d = LocalDate(iso: t) { return .date(d) }
            // Excel writes dates as 2020/7/1: read them, and say how to write them.
            if holder == "this row", t.containsByte(UInt8(ascii: "/")), let iso = DateHint.rewritten(t),
                let d = LocalDate(iso: iso)
            {
                cells.note("excel-date", field.name, t, at: location)
                return .date(d)
            }
            if YAMLValueShape.isDateShaped(t) { return fail("a date that exists", hint: DateHint.whyNot(t)) }
            return fail("a date written as YYYY-MM-DD", hint: DateHint.rewritten(t).map { "write it as \($0)" })
        case .boolean:
            if t == "true" { return .boolean(true) }
            if t == "false" { return .boolean(false) }
            return fail("true or false")
        }
    }

    /// Rows from `csv: <file>` beside the dataset file. The header row must
    /// name the fields; every cell is checked against its field's type.
    func readCSVRows(_ csv: Located<String>, fields: [Field], datasetPath: String) -> [[Value]]? {
        guard let relative = SafePath.relative(csv.value) else {
            log.error(
                "the CSV path '\(csv.value)' must be a file name in the datasets folder, not a path outside it",
                at: csv.location,
                hint: "put the CSV file beside the dataset file and write just its name, e.g. csv: population.csv")
            return nil
        }
        let csvRelative = "datasets/" + relative
        guard files.exists(csvRelative) else {
            let folder = (csvRelative as NSString).deletingLastPathComponent
            let similar = Suggest.closest(
                to: (relative as NSString).lastPathComponent, in: files.list(folder).filter { $0.hasSuffix(".csv") })
            log.error(
                "the CSV file '\(csv.value)' does not exist beside the dataset\(Suggest.didYouMean(similar))",
                at: csv.location,
                hint: similar == nil ? "put it in \(files.display(folder))/" : nil)
            return nil
        }
        let csvPath = files.display(csvRelative)
        guard let text = files.text(csvRelative, maxBytes: 256 * 1024 * 1024, spreadsheet: true) else { return nil }
        let parsed: [CSVReader.Row]
        do {
            parsed = try CSVReader.parse(text)
        } catch {
            if case .unclosedQuote(let line, let column) = error {
                log.error(
                    "a quoted value in the CSV is never closed",
                    at: SourceLocation(file: csvPath, line: line, column: column),
                    hint: "add a closing '\"' after the value; a '\"' inside a quoted value is written twice, as \"\"")
            }
            return nil
        }
        guard let header = parsed.first else {
            log.error("the CSV file is empty; it needs a header row with the field names", at: .file(csvPath))
            return nil
        }
        let fieldNames = fields.map(\.name)
        // A heading is a field's name or its title (人口 for population), as
        // an Excel sheet has it; in any order.
        let titles = fields.map(\.title)
        let headings = fieldNames + titles.filter { !fieldNames.contains($0) }
        func field(for heading: String) -> Int? {
            fields.firstIndex { $0.name == heading } ?? fields.firstIndex { $0.title == heading }
        }
        let headerNames = header.cells.map { $0.text.trimmingCharacters(in: .whitespaces) }
        // A header that names no field at all is usually a header in Japanese:
        // one message says more than one per column.
        if !headerNames.contains(where: { field(for: $0) != nil }),
            !headerNames.contains(where: { Suggest.closest(to: $0, in: headings) != nil })
        {
            log.error(
                "the first line of the CSV should name the dataset's fields (\(fieldNames.joined(separator: ", "))), but it is '\(headerNames.joined(separator: ","))'",
                at: SourceLocation(file: csvPath, line: header.line, column: 1),
                hint:
                    "write the field names (or their titles) from the dataset file on the first line, or give each field the 'title:' the CSV uses"
            )
            return nil
        }
        var columnOfField = [Int?](repeating: nil, count: fields.count)
        var ok = true
        var misspelt: Set<String> = []
        for (i, cell) in header.cells.enumerated() {
            let name = cell.text.trimmingCharacters(in: .whitespaces)
            guard let f = field(for: name) else {
                let similar = Suggest.closest(to: name, in: headings)
                if let similar, let f = field(for: similar) { misspelt.insert(fields[f].name) }
                log.error(
                    "the CSV header has the column '\(name)', which is not a field of the dataset\(Suggest.didYouMean(similar))",
                    at: SourceLocation(file: csvPath, line: cell.line, column: cell.column),
                    hint: similar == nil
                        ? "the header must name the dataset's fields: \(fields.map(\.name).joined(separator: ", "))"
                        : nil)
                ok = false
                continue
            }
            if columnOfField[f] != nil {
                log.error(
                    "the CSV header has the column '\(name)' twice\(name == fields[f].name ? "" : " (it is the title of '\(fields[f].name)')")",
                    at: SourceLocation(file: csvPath, line: cell.line, column: cell.column))
                ok = false
            }
            columnOfField[f] = i
        }
        for (f, column) in columnOfField.enumerated() where column == nil && !misspelt.contains(fields[f].name) {
            log.error(
                "the CSV header has no column for the field '\(fields[f].name)'",
                at: SourceLocation(file: csvPath, line: header.line, column: 1),
                hint:
                    "add a column '\(fields[f].name)' to the first line of the CSV file, or remove the field from the dataset"
            )
            ok = false
        }
        guard ok else { return nil }
        var rows: [[Value]] = []
        rows.reserveCapacity(parsed.count - 1)
        var errors = 0
        for row in parsed.dropFirst() {
            if errors >= 50 {
                log.error(
                    "the CSV has more problems; fix the ones above first",
                    at: SourceLocation(file: csvPath, line: row.line, column: 1))
                break
            }
            guard row.cells.count == header.cells.count else {
                let extra = row.cells.count > header.cells.count
                let at = extra ? row.cells[header.cells.count] : row.cells[row.cells.count - 1]
                let names = header.cells.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
                log.error(
                    "this CSV row has \(Self.count(row.cells.count, "value")), but the header has \(Self.count(header.cells.count, "column")) (\(names))",
                    at: SourceLocation(file: csvPath, line: row.line, column: extra ? at.column : 1),
                    hint: extra
                        ? "a value that contains a comma must be put in double quotes, e.g. \"1,200\""
                        : "give one value for each column, separated by commas")
                errors += 1
                continue
            }
            var values: [Value] = []
            values.reserveCapacity(fields.count)
            var rowOK = true
            for (f, field) in fields.enumerated() {
                let cell = row.cells[columnOfField[f]!]
                if let v = readCell(
                    cell.text, field: field, at: SourceLocation(file: csvPath, line: cell.line, column: cell.column))
                {
                    values.append(v)
                } else {
                    rowOK = false
                }
            }
            if rowOK { rows.append(values) } else { errors += 1 }
        }
        return rows
    }
}

enum YAMLValueShape {
    static func isDateShaped(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
