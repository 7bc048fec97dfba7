import MierukaCore

/// Everything the open-data files say about one dataset: its metadata and its
/// typed table. The site fills it from `content/datasets/<id>.yaml` (or from
/// strategy content published as a dataset); this module only turns it into
/// files, so it holds no paths and no theme.
public struct DatasetInfo: Sendable {
    /// The dataset id: a valid `Slug`, used as the file name (`<id>.csv`) and
    /// as the Data Package resource name.
    public var id: String
    public var title: String
    public var description: String
    /// Who the numbers come from ("総務省 国勢調査"), when not the town itself.
    public var sourceName: String?
    public var sourceURL: String?
    public var license: License
    /// The unit of the dataset's main measure ("人"), for metadata; field units live on the fields.
    public var unit: String?
    /// How often the dataset is updated.
    public var frequency: UpdateFrequency?
    /// The declared "last updated" date (`updated:`, else the newest change's
    /// date: `Dataset.declaredUpdated`). Use `effectiveUpdated` to read it.
    public var updated: LocalDate?
    public var keywords: [String]
    public var table: DataTable
    /// Field names that identify a row (Table Schema `primaryKey`); empty for none.
    public var primaryKey: [String]
    /// 自治体標準オープンデータセット convention: prepend 全国地方公共団体コード,
    /// 都道府県名 and 市区町村名 columns to the published CSV and JSON.
    public var standardColumns: Bool
    /// The data was edited from its source, so the source is credited in the
    /// 「…を加工して作成」 form (PDL1.0 and 政府標準利用規約 2.0 alike).
    public var edited: Bool
    /// The dataset's version ("1.2"), written as DCAT `dcat:version`,
    /// schema.org `version` and in the citations; nil when the dataset has none.
    public var version: String?
    /// The history of the data (更新履歴), oldest first. The newest entry's
    /// description is DCAT's `adms:versionNotes`; all are in the JSON metadata.
    public var changes: [Change]
    /// What the check against the machine-readability rules found, rule by
    /// rule (empty for the strategy datasets, which mieruka writes itself).
    public var conformance: [MachineReadability.Result] = []

    /// One entry of the history: when, what, and the version it made.
    public struct Change: Sendable, Hashable {
        public var date: LocalDate
        public var description: String
        public var version: String?
        public init(date: LocalDate, description: String, version: String? = nil) {
            self.date = date
            self.description = description
            self.version = version
        }
    }

    public init(
        id: String, title: String, description: String, sourceName: String? = nil, sourceURL: String? = nil,
        license: License, unit: String? = nil, frequency: UpdateFrequency? = nil, updated: LocalDate? = nil,
        keywords: [String] = [], table: DataTable, primaryKey: [String] = [],
        standardColumns: Bool = false, edited: Bool = false, version: String? = nil, changes: [Change] = [],
        conformance: [MachineReadability.Result] = []
    ) {
        self.conformance = conformance
        self.id = id
        self.title = title
        self.description = description
        self.sourceName = sourceName
        self.sourceURL = sourceURL
        self.license = license
        self.unit = unit
        self.frequency = frequency
        self.updated = updated
        self.keywords = keywords
        self.table = table
        self.primaryKey = primaryKey
        self.standardColumns = standardColumns
        self.edited = edited
        self.version = version
        self.changes = changes
    }

    /// "Last updated" (`DataTable.lastUpdated(declared:)`, the one definition,
    /// shared with the overdue warning).
    public var effectiveUpdated: LocalDate? { table.lastUpdated(declared: updated) }
}
