import Foundation
import MierukaCore
import MierukaYAML

/// What the cells of one dataset show, gathered while they are read (the
/// rows keep no positions), so each finding is reported once per field at
/// its first cell, with the count of the others.
final class CellFindings {
    struct Finding {
        var rule: String, field: String, text: String, at: SourceLocation, more: Int
    }
    private(set) var findings: [Finding] = []
    /// Distinct texts per string field by their folded form, with where each
    /// spelling is first written (L2-04); fields with many distinct texts are free text.
    private(set) var spellings: [String: [String: [(text: String, at: SourceLocation)]]] = [:]
    static let maxDistinct = 200
    /// The most texts per field whose findings are remembered, so a text
    /// repeated down a column (a district's name) is judged once.
    static let maxVerdicts = 4096

    /// What the cells of one field have shown so far.
    final class FieldCells {
        var filled = 0
        var firstBlank: SourceLocation?
        var hasZero = false
        var distinct: Set<String> = []
        /// Text -> the rules it breaks (`CellFindings.rules`), for texts seen before.
        var verdicts: [String: [String]] = [:]
    }
    private var fields: [String: FieldCells] = [:]
    /// The field of the last cell: cells come row by row, field by field.
    private var last: (name: String, cells: FieldCells)?

    /// Non-empty cells of a field, and the blanks and zeros of a number field (L1-09).
    func filled(_ field: String) -> Int { fields[field]?.filled ?? 0 }
    func firstBlank(_ field: String) -> SourceLocation? { fields[field]?.firstBlank }
    func hasZero(_ field: String) -> Bool { fields[field]?.hasZero ?? false }

    func reset() {
        findings = []; spellings = [:]; fields = [:]; last = nil
    }

    func note(_ rule: String, _ field: String, _ text: String, at location: SourceLocation) {
        if let i = findings.firstIndex(where: { $0.rule == rule && $0.field == field }) {
            findings[i].more += 1; return
        }
        findings.append(Finding(rule: rule, field: field, text: text, at: location, more: 0))
    }

    func count(_ rule: String, _ field: String) -> Int {
        findings.first { $0.rule == rule && $0.field == field }.map { $0.more + 1 } ?? 0
    }

    private func state(_ name: String) -> FieldCells {
        if let last, last.name == name { return last.cells }
        let cells = fields[name] ?? FieldCells()
        fields[name] = cells
        last = (name, cells)
        return cells
    }

    /// One cell as read (`text` before trimming), for every rule decided cell by cell.
    func cell(_ text: String, field: Field, value: Value?, at location: SourceLocation) {
        guard let value else { return }
        let f = state(field.name)
        if value.isMissing {
            if field.type == .integer || field.type == .number, f.firstBlank == nil { f.firstBlank = location }
            return
        }
        f.filled += 1
        switch value {
        case .integer(0): f.hasZero = true
        case .number(let x) where x == 0: f.hasZero = true
        case .string(let s):
            let rules: [String]
            if let known = f.verdicts[s] {
                rules = known
            } else {
                rules = Self.rules(s)
                if f.verdicts.count < Self.maxVerdicts { f.verdicts[s] = rules }
            }
            for rule in rules { note(rule, field.name, s, at: location) }
            if f.distinct.count <= CellFindings.maxDistinct, f.distinct.insert(s).inserted {
                spellings[field.name, default: [:]][CellFindings.folded(s), default: []].append((s, location))
            }
        default: break
        }
    }

    /// The rules a text cell breaks, in the order they are checked.
    static func rules(_ s: String) -> [String] {
        var out: [String] = []
        if SpreadsheetFormula.starts(s) { out.append("formula") }
        if s.unicodeScalars.contains(where: MachineReadability.isMachineDependent) { out.append("L1-08") }
        if s.containsByte(0x0A) {
            out.append("L1-14")
        } else if CellFindings.isPadded(s) {
            out.append("L1-06")
        }
        if MachineReadability.isEraYear(s) { out.append("L3-05") }
        if MachineReadability.isDecoratedNumber(s) { out.append("L2-01") }
        if s.hasPrefix("その他") && s.count > 3 { out.append("L2-05") }
        return out
    }

    /// Spaces used for layout (L1-06): at either end, or between two
    /// Japanese characters (磐 梯 町).
    static func isPadded(_ s: String) -> Bool {
        func space(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\u{3000}" || c == "\t" }
        // One pass, no copy: a space at either end, or one between two wide characters.
        var before: Unicode.Scalar?, current: Unicode.Scalar?
        for next in s.unicodeScalars {
            if let current, let before, space(current), TextWidth.isWide(before), TextWidth.isWide(next) { return true }
            if current == nil && space(next) { return true }
            (before, current) = (current, next)
        }
        return current.map(space) ?? false
    }

    /// The form two spellings of one choice share: NFKC, no spaces, lower case.
    static func folded(_ s: String) -> String {
        String(
            s.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.filter {
                !$0.properties.isWhitespace
            })
    }
}

/// A field as the dataset file declares it, with the positions the
/// machine-readability warnings point at.
struct FieldDeclaration {
    var field: Field
    var name: SourceLocation
    var title: SourceLocation?
}

extension Loader {
    /// Checks one dataset against the machine-readability rules that can be
    /// decided from its data and declaration: each finding a warning naming
    /// the rule at the cell or key, and the result of every rule for the
    /// conformance table. Runs after the rows are read.
    func checkMachineReadability(fields: [FieldDeclaration], standardColumns: Bool, allowFormulas: Bool)
        -> [MachineReadability.Result]
    {
        var found: [String: Int] = [:]
        func warn(_ rule: String, _ message: String, at location: SourceLocation, hint: String) {
            found[rule, default: 0] += 1
            guard ruleWarnings else { return }
            log.warning("\(message) (\(rule) \(MachineReadability.rule(rule).name))", at: location, hint: hint)
        }
        func shown(_ s: String) -> String {
            let one = s.replacingOccurrences(of: "\n", with: "↵")
            return one.count > 40 ? String(one.prefix(40)) + "…" : one
        }
        func more(_ n: Int, _ field: String) -> String {
            n == 0 ? "" : " (and \(n) more \(n == 1 ? "cell" : "cells") of '\(field)')"
        }

        for f in cells.findings {
            switch f.rule {
            case "formula" where !allowFormulas:
                log.warning(
                    "the text \"\(shown(f.text))\" in '\(f.field)' begins with \(SpreadsheetFormula.start(of: f.text)), so Excel and other spreadsheet programs would run it as a formula when they open the CSV\(more(f.more, f.field))",
                    at: f.at,
                    hint:
                        "correct the value if the sign is a mistake; if the text is meant to begin so, add 'allow_formulas: true' to the dataset (the CSV is published exactly as the data is)"
                )
            case "formula": break
            case "excel-date":
                let iso = DateHint.rewritten(f.text) ?? "YYYY-MM-DD"
                log.warning(
                    "'\(f.field)' has dates written as \(f.text), as Excel writes them; they are read as \(iso)\(more(f.more, f.field))",
                    at: f.at,
                    hint: "write dates as YYYY-MM-DD (\(iso)): in Excel, format the column as yyyy-mm-dd before saving")
            case "padded-value":
                log.warning(
                    "the value \"\(f.text)\" in '\(f.field)' has spaces around it; it is read without them\(more(f.more, f.field))",
                    at: f.at,
                    hint: "remove the spaces (Excel keeps them when a cell was typed with one)")
            case "L1-06":
                warn(
                    "L1-06",
                    "the text \"\(shown(f.text))\" in '\(f.field)' has spaces for layout at its ends or between characters\(more(f.more, f.field))",
                    at: f.at, hint: "remove the spaces: a search for the word would not find it")
            case "L1-08":
                let bad = f.text.unicodeScalars.filter(MachineReadability.isMachineDependent).map { String($0) }
                warn(
                    "L1-08",
                    "the text \"\(shown(f.text))\" in '\(f.field)' uses a machine-dependent character (\(Array(Set(bad)).sorted().joined(separator: " ")))\(more(f.more, f.field))",
                    at: f.at, hint: "write ① as 1, ㈱ as （株）, Ⅲ as III and half-width ｶﾅ as full-width カナ")
            case "L1-14":
                warn(
                    "L1-14",
                    "the text \"\(shown(f.text))\" in '\(f.field)' has a line break inside it\(more(f.more, f.field))",
                    at: f.at, hint: "keep each value on one line; put long notes in the field's description")
            case "L3-05":
                warn(
                    "L3-05", "'\(shown(f.text))' in '\(f.field)' is a year in a Japanese era\(more(f.more, f.field))",
                    at: f.at, hint: "write years in 西暦 (2020, not 令和2年) in a field of 'type: year'")
            case "L2-05":
                warn(
                    "L2-05",
                    "the text \"\(shown(f.text))\" in '\(f.field)' puts the details of 「その他」 in the choice itself\(more(f.more, f.field))",
                    at: f.at, hint: "keep 「その他」 as the choice and write its details in a field of their own")
            default: break
            }
        }
        for d in fields {
            let f = d.field, name = f.name
            // L2-01: every value of a text field is a number with a unit or a mark.
            let decorated = cells.count("L2-01", name)
            if f.type == .string, decorated > 0, decorated == cells.filled(name),
                let first = cells.findings.first(where: { $0.rule == "L2-01" && $0.field == name })
            {
                warn(
                    "L2-01",
                    "every value of '\(name)' is a number written with text around it, such as \"\(shown(first.text))\"",
                    at: first.at,
                    hint:
                        "make '\(name)' a field of 'type: integer' or 'type: number', write only the numbers, and put the unit in 'unit:'"
                )
            }
            // L1-09: blanks and zeros in one number field, with nothing saying what a blank means.
            let explained = ["空", "未", "blank", "empty", "missing"].contains { f.description?.contains($0) == true }
            if let blank = cells.firstBlank(name), cells.hasZero(name), !explained {
                warn(
                    "L1-09", "'\(name)' has both empty cells and 0, and nothing says what an empty cell means",
                    at: blank,
                    hint:
                        "say in the field's 'description:' what an empty cell (空欄) means — not counted, not applicable, … — or fill it in"
                )
            }
            // L2-04: one choice spelled in several ways.
            if let groups = cells.spellings[name], cells.filled(name) > groups.count {
                for (_, variants) in groups.sorted(by: { $0.key < $1.key }) where variants.count > 1 {
                    let names = variants.map { "\"\($0.text)\"" }.joined(separator: ", ")
                    warn(
                        "L2-04", "'\(name)' spells one choice in \(variants.count) ways: \(names)", at: variants[1].at,
                        hint: "write each choice the same way every time")
                }
            }
            if f.type == .integer || f.type == .number, f.unit == nil {
                warn(
                    "L3-04", "the number field '\(name)' has no unit", at: d.name,
                    hint: "add 'unit:' (人, 件, 円, %, …) to the field")
            }
            if d.title == nil {
                warn(
                    "L1-05", "the field '\(name)' has no title, so the table and the CSV's readers see only '\(name)'",
                    at: d.name,
                    hint: "add 'title:' with the heading people know, e.g. title: 人口")
            }
        }
        // L2-03: two fields with one title.
        var titles: [String: FieldDeclaration] = [:]
        for d in fields {
            if let first = titles[d.field.title] {
                warn(
                    "L2-03",
                    "the fields '\(first.field.name)' and '\(d.field.name)' have the same title '\(d.field.title)'",
                    at: d.title ?? d.name,
                    hint: "give each field a title of its own, e.g. with the year or the unit in it")
            } else {
                titles[d.field.title] = d
            }
        }
        // L3-06: a place-name field with no code beside it.
        let placeWords = [
            "市区町村", "市町村", "地域", "地区", "所在地", "自治体", "municipality", "region", "prefecture", "都道府県", "district",
        ]
        let hasCode =
            standardColumns || fields.contains { $0.field.name.contains("code") || $0.field.title.contains("コード") }
        if !hasCode,
            let d = fields.first(where: { d in
                d.field.type == .string
                    && placeWords.contains { d.field.title.contains($0) || d.field.name.contains($0) }
            })
        {
            warn(
                "L3-06",
                "the field '\(d.field.name)' names places, but the dataset has no field with their local government code",
                at: d.title ?? d.name,
                hint:
                    "add a field with the 全国地方公共団体コード (name it e.g. 'code', title 全国地方公共団体コード), or set 'standard_columns: true'"
            )
        }
        // L3-08: what each field means.
        let undescribed = fields.filter { $0.field.description == nil && $0.title != nil }
        if !undescribed.isEmpty {
            let list = undescribed.map { "'\($0.field.name)'" }.joined(separator: ", ")
            warn(
                "L3-08",
                "\(undescribed.count == 1 ? "the field" : "the fields") \(list) \(undescribed.count == 1 ? "has" : "have") no description",
                at: undescribed[0].name,
                hint: "add 'description:' saying what the values are and how they were counted")
        }
        // L3-09: numbers spread over columns named like years.
        let yearLike = fields.filter { d in
            (d.field.type == .integer || d.field.type == .number)
                && d.field.title.range(of: #"(19|20)\d\d"#, options: .regularExpression) != nil
        }
        if yearLike.count >= 3 {
            warn(
                "L3-09",
                "the fields \(yearLike.prefix(3).map { "'\($0.field.name)'" }.joined(separator: ", ")) hold one measure per year side by side (a wide table)",
                at: yearLike[0].name,
                hint: "use the long form: one field of 'type: year' and one for the value, one row per year")
        }
        return MachineReadability.rules.map { rule in
            switch rule.kind {
            case .guaranteed(let why): return .init(rule: rule, status: .guaranteed, note: why)
            case .notApplicable(let why): return .init(rule: rule, status: .notApplicable, note: why)
            case .checked:
                let n = found[rule.id] ?? 0
                return .init(rule: rule, status: n == 0 ? .passed : .warning, findings: n)
            }
        }
    }
}
