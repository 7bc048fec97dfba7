import MierukaCore
import MierukaContent
import MierukaMarkdown
import FuzzSupport

/// The chart block parser: the input inside a ```` ```chart ```` block of a
/// note, loaded through `ContentLoader.load` beside a dataset with a chart,
/// so the block's YAML is read and its references checked; then the note's
/// Markdown is rendered to HTML (in memory, with raw HTML both dropped and
/// allowed) with every chart block replaced, as the site renderer does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Checks.text(data, size)
    let note = "---\ntitle: グラフ\n---\n人口の推移です。\n\n```chart\n" + input + "\n```\n\nおわり。\n"

    // In memory: the chart blocks found and the HTML.
    let doc = MarkdownDocument(note)
    var lines = Set<Int>()
    for block in doc.chartBlocks {
        precondition(block.line >= 1 && lines.insert(block.line).inserted, "chart block line \(block.line)")
    }
    for raw in [false, true] {
        var drawn = 0
        let html = doc.html(
            MarkdownRenderOptions(
                allowRawHTML: raw,
                renderChart: { _, _ in
                    drawn += 1; return "<figure>chart</figure>"
                })
        ).html
        precondition(drawn == doc.chartBlocks.count, "\(drawn) charts drawn for \(doc.chartBlocks.count) chart blocks")
        if !raw { precondition(!html.lowercased().contains("<script"), "a script tag passed through: \(html)") }
    }
    _ = doc.firstParagraphText
    _ = doc.links

    // As a note of a site.
    Scratch.shared.set(text: [
        "site.yaml": Scratch.siteYAML, "datasets/population.yaml": dataset, "notes/2020-07-01-fuzz.md": note,
    ])
    let result = ContentLoader.load(contentDirectory: Scratch.shared.content)
    let path = Scratch.shared.content + "/notes/2020-07-01-fuzz.md"
    Checks.diagnostics(result.diagnostics, texts: [path: Checks.asLoaded(Array(note.utf8))])
    return 0
}

let dataset = """
    title: 人口の推移
    description: 磐梯町の人口（例示値）
    fields:
      - name: year
        type: year
      - name: population
        type: integer
    rows:
      - [2019, 3500]
      - [2020, 3400]
    charts:
      - id: trend
        type: line
        x: year
        y: population

    """

@main enum Main { static func main() { FuzzDriver.run { data, size in fuzz(data!, size) } } }
