import MierukaCore
import MierukaYAML
import FuzzSupport

/// The YAML decoder: any text through `YAMLParser.parse`, then every node
/// read through every typed accessor of `YAMLMapping` and `YAMLValue`, the
/// way the loaders read content files, and every diagnostic rendered.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // As ContentFiles hands a file's text to the parser: BOM dropped, LF line endings.
    let text = Checks.asLoaded(Checks.bytes(data, size))
    let file = "content/fuzz.yaml"
    let log = DiagnosticLog()
    do {
        let root = try YAMLParser.parse(text, file: file)
        readEverything(root, log: log)
    } catch {
        log.append(contentsOf: error.diagnostics)
    }
    Checks.diagnostics(log.diagnostics, inMemory: [file: text])
    return 0
}

/// A choice type, as statuses and field types are.
enum Status: String, CaseIterable { case planned, doing, done }

/// Walks the tree without recursion (it may be 100 levels deep).
func readEverything(_ root: YAMLNode, log: DiagnosticLog) {
    var queue = [root]
    while let node = queue.popLast() {
        _ = node.isNull
        _ = node.kindDescription
        _ = node.scalar
        readValue(node, key: "value", log: log)
        switch node.kind {
        case .scalar:
            break
        case .sequence(let items):
            queue.append(contentsOf: items)
        case .mapping(let pairs):
            guard let m = YAMLMapping(node, what: "the fuzzed mapping", log: log) else {
                preconditionFailure("a mapping node is a mapping")
            }
            precondition(m.keys == pairs.map(\.key))
            for key in m.keys {
                _ = m.has(key)
                _ = m.node(key)
                _ = m.string(key)
                _ = m.int(key)
                _ = m.int(key, in: 0...100)
                _ = m.double(key)
                _ = m.bool(key)
                if let d = m.date(key) { checkDate(d.value) }
                if let d = m.partialDate(key) { checkPartialDate(d.value) }
                _ = m.choice(key, as: Status.self, synonyms: ["完了": "done"])
                _ = m.strings(key)
                _ = m.list(key)
                _ = m.mapping(key)?.finish()
                _ = m.pairs(key)
            }
            _ = m.string("title", required: true)
            _ = m.list("fields", required: true)
            m.finish()
            m.finish()
            queue.append(contentsOf: pairs.map(\.value))
        }
    }
}

func readValue(_ v: YAMLNode, key: String, log: DiagnosticLog) {
    _ = YAMLValue.string(v, key: key, log: log)
    _ = YAMLValue.int(v, key: key, log: log)
    _ = YAMLValue.int(v, key: key, in: -5...5, log: log)
    _ = YAMLValue.double(v, key: key, log: log)
    _ = YAMLValue.bool(v, key: key, log: log)
    if let d = YAMLValue.date(v, key: key, log: log) { checkDate(d.value) }
    if let d = YAMLValue.partialDate(v, key: key, log: log) { checkPartialDate(d.value) }
    _ = YAMLValue.choice(v, key: key, synonyms: ["済": "done"], log: log) as Located<Status>?
    _ = YAMLValue.choice(v, key: key, log: log) as Located<FieldType>?
    if let s = v.scalar {
        _ = DateHint.whyNot(s)
        _ = DateHint.rewritten(s)
        _ = DateHint.rewritten(s, allowMonth: true)
    }
}

/// A date read from content can be written back in every form the site uses.
func checkDate(_ d: LocalDate) {
    precondition(LocalDate(iso: d.iso) == d, "\(d) does not survive iso")
    precondition(LocalDate(daysSinceEpoch: d.daysSinceEpoch) == d, "\(d) does not survive daysSinceEpoch")
    _ = d.japanese
    _ = d.english
    _ = d.rfc3339()
}

func checkPartialDate(_ d: PartialDate) {
    precondition(PartialDate(iso: d.iso) == d, "\(d) does not survive iso")
    _ = d.japanese
    _ = d.start
}

@main enum Main { static func main() { FuzzDriver.run { data, size in fuzz(data!, size) } } }
