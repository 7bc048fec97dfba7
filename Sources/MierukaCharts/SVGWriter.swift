import MierukaCore

/// Coordinates written the same way on every machine: at most two decimals,
/// trailing zeros dropped, never `-0`, so a chart's bytes never drift.
public enum SVGNumber {
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let clamped = Swift.max(-1e12, Swift.min(1e12, x))
        let scaled = Int((clamped * 100).rounded())
        if scaled == 0 { return "0" }
        let sign = scaled < 0 ? "-" : ""
        let whole = scaled.magnitude / 100
        var frac = scaled.magnitude % 100
        if frac == 0 { return sign + String(whole) }
        if frac % 10 == 0 {
            frac /= 10
            return sign + String(whole) + "." + String(frac)
        }
        return sign + String(whole) + "." + (frac < 10 ? "0" : "") + String(frac)
    }
}

/// Builds SVG markup one element per line, which keeps golden files readable
/// and their diffs small. Callers pass text unescaped; the writer escapes it.
struct SVGWriter {
    private(set) var lines: [String] = []
    private var depth = 0

    static func n(_ x: Double) -> String { SVGNumber.format(x) }

    mutating func raw(_ line: String) {
        lines.append(String(repeating: " ", count: depth) + line)
    }

    /// `name="value"` pairs, escaped; nil values are left out.
    static func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { " \(name)=\"\(Escape.xml($0))\"" } }.joined()
    }

    mutating func open(_ tag: String, _ pairs: [(String, String?)] = []) {
        raw("<\(tag)\(SVGWriter.attributes(pairs))>")
        depth += 1
    }

    mutating func close(_ tag: String) {
        depth -= 1
        raw("</\(tag)>")
    }

    mutating func element(_ tag: String, _ pairs: [(String, String?)]) {
        raw("<\(tag)\(SVGWriter.attributes(pairs))/>")
    }

    mutating func element(_ tag: String, _ pairs: [(String, String?)], text: String) {
        raw("<\(tag)\(SVGWriter.attributes(pairs))>\(Escape.xml(text))</\(tag)>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, _ extra: [(String, String?)]) {
        element(
            "line",
            [("x1", SVGWriter.n(x1)), ("y1", SVGWriter.n(y1)), ("x2", SVGWriter.n(x2)), ("y2", SVGWriter.n(y2))] + extra
        )
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, _ extra: [(String, String?)]) {
        element(
            "rect",
            [
                ("x", SVGWriter.n(x)), ("y", SVGWriter.n(y)),
                ("width", SVGWriter.n(Swift.max(0, width))), ("height", SVGWriter.n(Swift.max(0, height))),
            ] + extra)
    }

    /// A text element; `anchor` is `start`, `middle` or `end`.
    mutating func text(
        _ string: String, x: Double, y: Double, anchor: String = "start",
        style: TextStyle, extra: [(String, String?)] = []
    ) {
        element(
            "text",
            [
                ("x", SVGWriter.n(x)), ("y", SVGWriter.n(y)),
                ("text-anchor", anchor == "start" ? nil : anchor),
            ] + style.attributes + extra, text: string)
    }

    var output: String { lines.joined(separator: "\n") }
}

/// Path data built from points, with `M` starting each unbroken run.
enum PathData {
    static func polyline(_ runs: [[(Double, Double)]]) -> String {
        runs.filter { !$0.isEmpty }.map { run in
            run.enumerated().map { i, p in (i == 0 ? "M" : "L") + SVGNumber.format(p.0) + "," + SVGNumber.format(p.1) }
                .joined(separator: " ")
        }.joined(separator: " ")
    }
}
