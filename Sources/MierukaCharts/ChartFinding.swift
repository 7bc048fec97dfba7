import MierukaCore

/// One thing `ChartSpec.findings(in:)` has to say about a chart declaration:
/// how much it matters (the one `Diagnostic.Severity`), the words the author
/// reads, and the setting of the declaration it is about, so the content
/// loader can show it on that setting's line without checking the chart again.
///
/// An error means the chart cannot be drawn as declared (a field that does not
/// exist, text where a number is needed); a warning means it is drawn, but
/// something the author wrote is left out of it (a second row for the same
/// year, an annotation outside the data, bars beyond what fits), so the build
/// can go on while the author is told.
public struct ChartFinding: Sendable, Hashable {
    public var severity: Diagnostic.Severity
    /// Plain English for a non-programmer, naming fields and values as the dataset file spells them.
    public var message: String
    /// What to do about it, when the message alone does not say.
    public var hint: String?
    /// The part of the declaration the finding is about.
    public var setting: ChartSetting

    public init(
        severity: Diagnostic.Severity, message: String, hint: String? = nil, setting: ChartSetting = .chart
    ) {
        self.severity = severity
        self.message = message
        self.hint = hint
        self.setting = setting
    }

    static func error(_ message: String, hint: String? = nil, on setting: ChartSetting = .chart) -> ChartFinding {
        ChartFinding(severity: .error, message: message, hint: hint, setting: setting)
    }
    static func warning(_ message: String, on setting: ChartSetting = .chart) -> ChartFinding {
        ChartFinding(severity: .warning, message: message, setting: setting)
    }
}

/// The settings of a chart declaration a finding can be about; `.chart` is the
/// declaration as a whole (rows of the data, the kind of chart).
public enum ChartSetting: Sendable, Hashable {
    case chart
    case x
    case y
    case series
    /// The style given for this series name.
    case style(String)
    /// The annotation at this position in `annotations`.
    case annotation(Int)
    case horizontal
    case percent
}
