import MierukaCore
import MierukaContent
import FuzzSupport

/// The dataset and CSV loader, through `ContentLoader.load`.
///
/// An input with a line `-- csv --` is two files: the part before it is
/// `datasets/fuzz.yaml` and the part after it `datasets/fuzz.csv`. Any other
/// input is the CSV, beside a fixed dataset with a field of every type and a
/// chart of every kind. When the load succeeds every chart is drawn, as a
/// build does next.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Checks.bytes(data, size)
    let yaml: [UInt8], csv: [UInt8]
    if let r = split(input, at: Array("\n-- csv --\n".utf8)) {
        (yaml, csv) = r
    } else {
        (yaml, csv) = (Array(fixedDataset.utf8), input)
    }
    Scratch.shared.set([
        "site.yaml": Array(Scratch.siteYAML.utf8), "datasets/fuzz.yaml": yaml, "datasets/fuzz.csv": csv,
    ])
    let result = ContentLoader.load(contentDirectory: Scratch.shared.content)
    let folder = Scratch.shared.content + "/datasets/"
    Checks.diagnostics(
        result.diagnostics,
        texts: [folder + "fuzz.yaml": Checks.asLoaded(yaml), folder + "fuzz.csv": Checks.asLoaded(csv)])
    Checks.drawCharts(result.site)
    return 0
}

/// The parts before and after the first `separator`.
func split(_ bytes: [UInt8], at separator: [UInt8]) -> ([UInt8], [UInt8])? {
    guard bytes.count >= separator.count else { return nil }
    for i in 0...(bytes.count - separator.count) where bytes[i..<(i + separator.count)].elementsEqual(separator) {
        return (Array(bytes[..<(i + 1)]), Array(bytes[(i + separator.count)...]))
    }
    return nil
}

let fixedDataset = """
    title: 地区別人口
    description: 地区ごとの人口（例示値）
    frequency: yearly
    unit: 人
    primary_key: [year, area]
    fields:
      - name: year
        type: year
      - name: area
        type: string
      - name: population
        type: integer
      - name: ratio
        type: number
        optional: true
      - name: day
        type: date
        optional: true
      - name: open
        type: boolean
        optional: true
    csv: fuzz.csv
    charts:
      - id: line
        type: line
        x: year
        y: population
        series: area
        annotations:
          - x: 2020
            label: 合併
      - id: by-day
        type: line
        x: day
        y: ratio
      - id: bar
        type: bar
        x: area
        y: ratio
        horizontal: true
      - id: stacked
        type: stacked-bar
        x: year
        y: population
        series: area
        percent: true
      - id: progress
        type: progress
        x: area
        y: ratio
      - id: spark
        type: sparkline
        x: year
        y: population

    """

@main enum Main { static func main() { FuzzDriver.run { data, size in fuzz(data!, size) } } }
