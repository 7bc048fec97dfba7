import MierukaCore
import MierukaContent
import MierukaCharts
import MierukaOpenData

/// A dataset as the site publishes it: one from `content/datasets/`, or one
/// built from the strategy files (initiatives, their status history, the
/// timeline and the agreements).
public struct PublishedDataset: Sendable {
    public var info: DatasetInfo
    public var charts: [ChartSpec]
    public var fromStrategy: Bool
    public var illustrative: Bool
    public var frequency: UpdateFrequency?
    /// Its CSV and JSON files with their hashes; nil in a publication made
    /// without files (`Publication(site, files: false)`).
    public var files: Distribution?
}

/// What the site publishes, decided once between validation and rendering
/// (load → validate → **publish** → render → write): every dataset as it is
/// published, with its files and their SHA-256, the built-in strategy
/// datasets, the catalogue's description, and the Data Package and DCAT
/// catalogue bytes. Pure: the same site gives the same bytes.
public struct Publication: Sendable {
    /// Content datasets first (by id), then the strategy datasets.
    public let datasets: [PublishedDataset]
    public let catalog: CatalogInfo
    /// `data/datapackage.json` and `data/catalog.jsonld`; empty without files.
    public let dataPackage: [UInt8]
    public let dcatCatalog: [UInt8]

    /// - Parameter files: make the CSV, JSON, Data Package and catalogue
    ///   bytes (false for a rebuild that renders one note page, which shows none).
    public init(_ site: Site, files: Bool = true) {
        var datasets = Publication.datasets(site)
        let c = site.config
        let catalog = CatalogInfo(
            title: "\(c.name) オープンデータ", description: c.description ?? c.name,
            baseURL: Links(config: c).absolute(Routes.home),
            language: c.language, publisherName: c.publisherName, publisherURL: c.publisherURL,
            municipalityName: c.municipality.name, prefecture: c.municipality.prefecture,
            localGovernmentCode: c.municipality.code, license: c.license, version: c.dataVersion,
            created: datasets.compactMap(\.info.effectiveUpdated).max(),
            contactEmail: c.contactEmail, utcOffset: c.timeZone.offset,
            municipalityNameEnglish: c.municipality.nameEnglish)
        self.catalog = catalog
        guard files else {
            (self.datasets, dataPackage, dcatCatalog) = (datasets, [], [])
            return
        }
        // Each dataset's files are independent: make them on all cores.
        let made = parallelMap(datasets.count) { [datasets] i in
            Distribution(datasets[i].info, catalog: catalog, bom: c.csvBOM)
        }
        for i in datasets.indices { datasets[i].files = made[i] }
        self.datasets = datasets
        dataPackage = OpenData.dataPackage(datasets.map { ($0.info, $0.files!) }, catalog: catalog)
        dcatCatalog = OpenData.dcatCatalog(datasets.map { ($0.info, $0.files) }, catalog: catalog)
    }

    public func dataset(_ id: String) -> PublishedDataset? { datasets.first { $0.info.id == id } }

    /// A dataset's licence; one without a name is the site's.
    static func license(_ l: License, site: Site) -> License {
        l.name.isEmpty ? site.config.license : l
    }

    static func datasets(_ site: Site) -> [PublishedDataset] {
        let own = site.datasets.sorted { $0.id < $1.id }.map { d in
            PublishedDataset(
                info: DatasetInfo(
                    id: d.id, title: d.title, description: d.description, sourceName: d.sourceName,
                    sourceURL: d.sourceURL, license: license(d.license, site: site), unit: d.unit,
                    frequency: d.frequency, updated: d.declaredUpdated, keywords: d.keywords,
                    table: d.table, primaryKey: d.primaryKey, standardColumns: d.standardColumns, edited: d.edited,
                    version: d.version,
                    changes: d.changes.map { .init(date: $0.date, description: $0.description, version: $0.version) },
                    conformance: d.conformance),
                charts: d.charts, fromStrategy: false, illustrative: d.illustrative, frequency: d.frequency)
        }
        return own + StrategyData.datasets(site, license: site.config.license)
    }
}
