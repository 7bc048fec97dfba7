/// One thing `ChartSpec.findings(in:)` has to say about a chart declaration,
/// with how much it matters.
///
/// An error means the chart cannot be drawn as declared (a field that does not
/// exist, text where a number is needed); a warning means it is drawn, but
/// something the author wrote is left out of it (a second row for the same
/// year, an annotation outside the data, bars beyond what fits), so the build
/// can go on while the author is told.
public struct ChartFinding: Sendable, Hashable {
    public enum Severity: Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// Plain English for a non-programmer, naming fields and values as the dataset file spells them.
    public var message: String

    public init(severity: Severity, message: String) {
        self.severity = severity
        self.message = message
    }

    static func error(_ message: String) -> ChartFinding { ChartFinding(severity: .error, message: message) }
    static func warning(_ message: String) -> ChartFinding { ChartFinding(severity: .warning, message: message) }
}
