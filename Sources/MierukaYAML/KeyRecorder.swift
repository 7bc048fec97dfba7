import Foundation
import MierukaCore

/// How a reader asked for a key's value: the `YAMLMapping` accessor it called.
/// Recorded by `KeyRecorder`, and named by the content schemas for each key,
/// so a test can hold the two side by side.
public enum YAMLRead: Hashable, Sendable, CustomStringConvertible {
    /// `node(_:)`: the value as it is, read by the caller itself (e.g. rows).
    case node
    /// `string(_:)`: text; numbers, dates and booleans are read as their text.
    case text
    /// `link(_:rule:)`: a link judged by that rule.
    case link(LinkRule)
    /// `email(_:)`.
    case email
    /// `int(_:in:)`, with its range when it has one.
    case integer(ClosedRange<Int>?)
    /// `double(_:)`.
    case number
    /// `bool(_:)`.
    case boolean
    /// `date(_:)`: YYYY-MM-DD.
    case date
    /// `partialDate(_:)`: YYYY-MM or YYYY-MM-DD.
    case partialDate
    /// `choice(_:as:)`, with the raw values of the enum's cases, in order.
    case choice([String])
    /// `strings(_:)`: a list of texts, or one text.
    case texts
    /// `list(_:)`: the items, each read by the caller.
    case list
    /// `mapping(_:)`: a nested group of keys.
    case group
    /// `pairs(_:)`: a group whose keys are free (styles by series name).
    case freeGroup

    public var description: String {
        switch self {
        case .node: return "node"
        case .text: return "string"
        case .link(let rule): return "link(\(rule == .web ? "web" : "link"))"
        case .email: return "email"
        case .integer(let range): return range.map { "int(\($0.lowerBound)...\($0.upperBound))" } ?? "int"
        case .number: return "double"
        case .boolean: return "bool"
        case .date: return "date"
        case .partialDate: return "partialDate"
        case .choice(let cases): return "choice(\(cases.joined(separator: "|")))"
        case .texts: return "strings"
        case .list: return "list"
        case .group: return "mapping"
        case .freeGroup: return "pairs"
        }
    }
}

/// Records, when a load is given one (`DiagnosticLog.keyRecorder`), every key
/// each reader asks for, how it reads it and where in the file's structure:
/// a test compares this with the content schemas, so a key the loader accepts
/// cannot be missing from a schema, nor the other way round.
///
/// A place is a path of names: the root is what the top mapping is called in
/// messages ("the dataset", "site.yaml"), then each key, `[]` for the items of
/// a list and `*` for the values of a group with free keys:
/// `["the dataset", "charts", "[]", "styles", "*"]`. The path of a nested
/// mapping is found from the node its parent handed out (by its position in
/// the file), so readers need not say where they are.
public final class KeyRecorder: @unchecked Sendable {
    /// One key asked for at one place.
    public struct Read: Hashable, Sendable, CustomStringConvertible {
        public var path: [String]
        public var key: String
        public var read: YAMLRead
        public var required: Bool
        public init(path: [String], key: String, read: YAMLRead, required: Bool) {
            (self.path, self.key, self.read, self.required) = (path, key, read, required)
        }
        public var description: String {
            (path + [key]).joined(separator: " › ") + ": " + read.description + (required ? " (required)" : "")
        }
    }

    /// The marker in a path for the items of a list.
    public static let item = "[]"
    /// The marker in a path for the values of a group with free keys.
    public static let anyKey = "*"

    private let lock = NSLock()
    private var recorded: Set<Read> = []
    /// The place of each value node handed out by a recording mapping.
    private var places: [SourceLocation: [String]] = [:]

    public init() {}

    /// Every key asked for so far.
    public var reads: Set<Read> {
        lock.lock(); defer { lock.unlock() }
        return recorded
    }

    func record(_ read: Read) {
        lock.lock(); defer { lock.unlock() }
        recorded.insert(read)
    }

    /// Notes that `node` sits at `path`, for the mapping made from it later.
    func place(_ node: YAMLNode, at path: [String]) {
        lock.lock(); defer { lock.unlock() }
        places[node.location] = path
    }

    /// The place of a mapping made from `node`: where its parent handed it
    /// out, else a root named `what`.
    func path(of node: YAMLNode, what: String) -> [String] {
        lock.lock(); defer { lock.unlock() }
        return places[node.location] ?? [what]
    }
}
