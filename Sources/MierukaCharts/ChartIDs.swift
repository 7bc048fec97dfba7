/// Ids inside one chart, all derived from the caller's prefix so several
/// inline charts on a page never share an id.
struct ChartIDs {
    let prefix: String

    /// Keeps letters, digits, `-` and `_`; an id must start with a letter to be a valid XML name.
    init(_ raw: String) {
        var s = String(
            raw.unicodeScalars.map { c -> Character in
                (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == "_")
                    ? Character(c) : "-"
            })
        if s.isEmpty { s = "chart" }
        if let first = s.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first)) {
            s = "c-" + s
        }
        prefix = s
    }

    var title: String { "\(prefix)-title" }
    var desc: String { "\(prefix)-desc" }
    func pattern(_ seriesIndex: Int) -> String { "\(prefix)-fill-\(seriesIndex)" }
}
