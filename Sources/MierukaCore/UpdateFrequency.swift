/// How often a dataset is updated (`frequency:`), the one type the loader,
/// the overdue warning and the open-data files share.
public enum UpdateFrequency: String, Sendable, CaseIterable {
    case daily, weekly, monthly, quarterly, yearly, irregular, never

    /// Words people write for a frequency, mapped to the one mieruka knows.
    public static let synonyms: [String: String] = [
        "annually": "yearly", "annual": "yearly", "every year": "yearly", "毎年": "yearly", "年1回": "yearly",
        "年次": "yearly",
        "毎月": "monthly", "月次": "monthly", "毎週": "weekly", "毎日": "daily", "日次": "daily",
        "四半期": "quarterly", "四半期ごと": "quarterly", "随時": "irregular", "不定期": "irregular", "更新なし": "never",
        "none": "never",
    ]

    /// How many days may pass before the dataset counts as overdue.
    public var allowedDays: Int? {
        switch self {
        case .daily: return 2
        case .weekly: return 10
        case .monthly: return 45
        case .quarterly: return 120
        case .yearly: return 400
        case .irregular, .never: return nil
        }
    }

    /// The EU Publications Office frequency vocabulary's code (DCAT).
    public var euCode: String {
        switch self {
        case .daily: return "DAILY"
        case .weekly: return "WEEKLY"
        case .monthly: return "MONTHLY"
        case .quarterly: return "QUARTERLY"
        case .yearly: return "ANNUAL"
        case .irregular: return "IRREG"
        case .never: return "NEVER"
        }
    }
}
