/// The type of a dataset column, as declared in the dataset file.
public enum FieldType: String, Sendable, CaseIterable, Hashable {
    case integer, number, string, date, year, boolean

    /// The Frictionless Table Schema type name.
    public var tableSchemaType: String { rawValue }
    public var isNumeric: Bool { self == .integer || self == .number || self == .year }
}

/// One column of a table.
public struct Field: Sendable, Hashable {
    public var name: String
    public var title: String
    public var type: FieldType
    public var unit: String?
    public var description: String?
    /// Whether a row may leave this column empty.
    public var optional: Bool
    /// The only texts a text field may hold (`values:`), or nil for any.
    public var values: [String]?

    public init(
        name: String, title: String? = nil, type: FieldType, unit: String? = nil,
        description: String? = nil, optional: Bool = false
    ) {
        self.name = name
        self.title = title ?? name
        self.type = type
        self.unit = unit
        self.description = description
        self.optional = optional
    }
}

/// One typed cell.
public enum Value: Sendable, Hashable {
    case integer(Int)
    case number(Double)
    case string(String)
    case date(LocalDate)
    case year(Int)
    case boolean(Bool)
    case missing

    public var isMissing: Bool { if case .missing = self { return true } else { return false } }

    /// The value as a number, for drawing; nil for text and missing values.
    public var double: Double? {
        switch self {
        case .integer(let n), .year(let n): return Double(n)
        case .number(let x): return x
        case .date(let d): return Double(d.daysSinceEpoch)
        default: return nil
        }
    }

    /// Machine form: no grouping, ISO dates, empty for missing (CSV cells).
    public var plain: String {
        switch self {
        case .integer(let n), .year(let n): return String(n)
        case .number(let x): return NumberFormat.plain(x)
        case .string(let s): return s
        case .date(let d): return d.iso
        case .boolean(let b): return b ? "true" : "false"
        case .missing: return ""
        }
    }

    /// Human form for pages and chart labels: grouped thousands, Japanese dates.
    public var display: String {
        switch self {
        case .integer(let n): return NumberFormat.grouped(n)
        case .number(let x): return NumberFormat.grouped(x)
        case .year(let y): return "\(y)年"
        case .string(let s): return s
        case .date(let d): return d.japanese
        case .boolean(let b): return b ? "はい" : "いいえ"
        case .missing: return "—"
        }
    }

    public var json: JSON {
        switch self {
        case .integer(let n), .year(let n): return .int(n)
        case .number(let x): return .double(x)
        case .string(let s): return .string(s)
        case .date(let d): return .string(d.iso)
        case .boolean(let b): return .bool(b)
        case .missing: return .null
        }
    }
}

/// A table of typed rows: what a dataset holds and what charts and open-data
/// files are made from.
public struct DataTable: Sendable, Hashable {
    public var fields: [Field]
    public var rows: [[Value]]

    public init(fields: [Field], rows: [[Value]]) {
        self.fields = fields
        self.rows = rows
    }

    public func index(of field: String) -> Int? { fields.firstIndex { $0.name == field } }
    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
    public func column(_ name: String) -> [Value]? { index(of: name).map { i in rows.map { $0[i] } } }
}

extension DataTable {
    /// The time values in the rows: the values of the date fields when the
    /// table has any, else of its year fields.
    public enum TemporalValues: Sendable {
        case dates([LocalDate])
        case years([Int])
        case none
    }

    public var temporalValues: TemporalValues {
        var dates: [LocalDate] = []
        var years: [Int] = []
        for row in rows {
            for value in row {
                switch value {
                case .date(let date): dates.append(date)
                case .year(let year): years.append(year)
                default: break
                }
            }
        }
        if !dates.isEmpty { return .dates(dates) }
        if !years.isEmpty { return .years(years) }
        return .none
    }

    /// "Last updated", the one definition the page, the open-data files and
    /// the overdue warning share: the declared `updated` date, else the newest
    /// date in the rows, else the last day of the newest year in the rows, so
    /// the date is written once, in the data, and never typed twice.
    ///
    /// A year stands for its last day because a yearly figure is complete only
    /// when the year ends. A dataset with projected (future) rows should
    /// declare `updated`, or the newest projected year is taken.
    public func lastUpdated(declared: LocalDate?) -> LocalDate? {
        if let declared { return declared }
        switch temporalValues {
        case .dates(let dates): return dates.max()
        case .years(let years): return years.max().flatMap { LocalDate(year: $0, month: 12, day: 31) }
        case .none: return nil
        }
    }
}
