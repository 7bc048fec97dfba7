import Testing
import MierukaCore
@testable import MierukaOpenData
import MierukaTestSupport

/// Whole-file snapshots of every open-data format for the population dataset.
/// Re-record with MIERUKA_RECORD=1 after an intended change, and read the diff.
@Suite struct GoldenTests {
    let d = Fixtures.population
    let catalog = Fixtures.catalog

    @Test func csv() throws {
        expectGolden(OpenData.csv(d, catalog: catalog, bom: false), "population.csv")
        expectGolden(OpenData.csv(d, catalog: catalog, bom: true), "population-bom.csv")
    }

    @Test func json() throws {
        expectGolden(OpenData.json(d, catalog: catalog), "population.json")
    }

    @Test func dataPackage() throws {
        let csv = OpenData.csv(d, catalog: catalog, bom: true)
        expectGolden(OpenData.dataPackage([(d, csv: csv)], catalog: catalog), "datapackage.json")
    }

    @Test func dcat() throws {
        expectGolden(OpenData.dcatCatalog([d], catalog: catalog), "catalog.jsonld")
    }

    @Test func schemaOrg() throws {
        let page = OpenData.pageURL(d, catalog: catalog)
        expectGolden(OpenData.schemaOrgDataset(d, catalog: catalog, pageURL: page), "population.schema.jsonld")
    }

    @Test func sameBytesEveryTime() {
        let csv = OpenData.csv(d, catalog: catalog, bom: true)
        #expect(
            OpenData.dataPackage([(d, csv: csv)], catalog: catalog)
                == OpenData.dataPackage([(d, csv: csv)], catalog: catalog))
        #expect(OpenData.dcatCatalog([d, d], catalog: catalog) == OpenData.dcatCatalog([d, d], catalog: catalog))
    }
}
