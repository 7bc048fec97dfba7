import MierukaCore

/// Turns datasets into the open-data files of the site: CSV, JSON, a
/// Frictionless Data Package, a DCAT catalogue and schema.org JSON-LD, plus
/// the citation text shown on each dataset page.
///
/// Every function is pure: the same datasets give the same bytes on every
/// machine. URLs are absolute, built from `CatalogInfo.baseURL`, because
/// harvesters read these files away from the site:
/// `<base>data/<id>.csv`, `<base>data/<id>.json`, `<base>data/<id>/`.
public enum OpenData {
    /// `<base>data/`: the catalogue page.
    /// `<base>data/`: the catalogue page. Every path comes from `Routes`.
    public static func catalogPageURL(_ catalog: CatalogInfo) -> String { url(Routes.data, catalog) }
    /// `<base>data/<id>/`: the dataset's page.
    public static func pageURL(_ d: DatasetInfo, catalog: CatalogInfo) -> String { url(Routes.dataset(d.id), catalog) }
    /// `<base>data/<id>.csv`
    public static func csvURL(_ d: DatasetInfo, catalog: CatalogInfo) -> String { url(Routes.csv(d.id), catalog) }
    /// `<base>data/<id>.json`
    public static func jsonURL(_ d: DatasetInfo, catalog: CatalogInfo) -> String { url(Routes.json(d.id), catalog) }
    /// `<base>data/datapackage.json`
    public static func dataPackageURL(_ catalog: CatalogInfo) -> String { url(Routes.dataPackage, catalog) }
    /// `<base>data/catalog.jsonld`
    public static func dcatURL(_ catalog: CatalogInfo) -> String { url(Routes.catalog, catalog) }

    /// The file names inside the data folder, relative to datapackage.json.
    public static func csvFileName(_ d: DatasetInfo) -> String { String(Routes.csv(d.id).dropFirst(Routes.data.count)) }
    public static func jsonFileName(_ d: DatasetInfo) -> String {
        String(Routes.json(d.id).dropFirst(Routes.data.count))
    }

    /// The absolute URL of a route.
    static func url(_ route: String, _ catalog: CatalogInfo) -> String { base(catalog) + Escape.urlPath(route) }

    static func base(_ catalog: CatalogInfo) -> String {
        catalog.baseURL.hasSuffix("/") ? catalog.baseURL : catalog.baseURL + "/"
    }

}
