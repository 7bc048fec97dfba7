import Foundation

/// The colours of every chart, as CSS custom properties with built-in defaults.
///
/// Each inline chart embeds a small `<style>` whose rules read these properties
/// (the downloadable files carry the same rules with the default colours written
/// out, `plainStyleSheet`), and
/// every shape also carries the default colour as a presentation attribute, so
/// an SVG renderer that knows no `var()` still draws the chart in colour. A theme
/// restyles all charts, dark mode included, by setting the properties on any
/// ancestor of an inline chart (for example `:root` or `.mieruka-chart`):
///
/// | property | default | used for |
/// |---|---|---|
/// | `--mieruka-chart-1` … `--mieruka-chart-5` | Okabe–Ito blue `#0072B2`, vermillion `#D55E00`, bluish green `#009E73`, reddish purple `#CC79A7`, black `#000000` | series: lines, markers, bars, swatches |
/// | `--mieruka-chart-bg` | `#FFFFFF` | background, and the outlines, hatching and gaps drawn over series colours |
/// | `--mieruka-chart-text` | `#1A1A1A` | labels and values |
/// | `--mieruka-chart-muted` | `#595959` | tick labels and axis titles |
/// | `--mieruka-chart-axis` | `#767676` | axis and zero lines |
/// | `--mieruka-chart-grid` | `#DDDDDD` | grid lines |
/// | `--mieruka-chart-track` | `#E6E6E6` | the empty part of progress bars |
/// | `--mieruka-chart-annotation` | `#595959` | annotation lines and their labels |
///
/// The defaults were chosen for a white background: every series colour and the
/// axis colour reach at least 3:1 against it, text at least 4.5:1. The Okabe–Ito
/// orange, sky blue and yellow are left out because they do not reach 3:1 on white.
/// Colour is never the only cue: series also differ by marker shape, dash or fill
/// pattern, and by their labels.
///
/// Class names used inside charts, for themes that want more than colours:
/// `mieruka-chart` and `mieruka-chart-<kind>` on the `<svg>`, `mc-s<k>` (stroke)
/// and `mc-f<k>` (fill) for series k = 1…5, and `mc-bg`, `mc-text`, `mc-muted`,
/// `mc-axis`, `mc-grid`, `mc-track`, `mc-annotation`, `mc-halo`.
public enum ChartPalette {
    /// The default series colours, in the order series receive them.
    public static let seriesColors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000"]

    /// The custom property for series colour `index` (0-based): `--mieruka-chart-1` for 0.
    public static func seriesProperty(_ index: Int) -> String { "--mieruka-chart-\(index % seriesColors.count + 1)" }

    /// The non-series custom properties and their defaults, in a fixed order.
    public static let roles: [(property: String, color: String)] = [
        ("--mieruka-chart-bg", background),
        ("--mieruka-chart-text", text),
        ("--mieruka-chart-muted", muted),
        ("--mieruka-chart-axis", axis),
        ("--mieruka-chart-grid", grid),
        ("--mieruka-chart-track", track),
        ("--mieruka-chart-annotation", annotation),
    ]

    static let background = "#FFFFFF"
    static let text = "#1A1A1A"
    static let muted = "#595959"
    static let axis = "#767676"
    static let grid = "#DDDDDD"
    static let track = "#E6E6E6"
    static let annotation = "#595959"

    static func seriesColor(_ index: Int) -> String { seriesColors[index % seriesColors.count] }
    /// 1-based class number for series `index`.
    static func seriesClass(_ index: Int) -> Int { index % seriesColors.count + 1 }

    /// The same for every chart, so that several inline charts on one page,
    /// whose `<style>` rules all apply page-wide, never disagree. Its colours
    /// are custom properties, so a theme (dark mode) restyles inline charts.
    static let styleSheet = makeStyleSheet(variables: true)

    /// The style sheet of the downloadable `/charts/*.svg` files: the same
    /// rules with the default colours written out. A file opened on its own
    /// has no theme to set the properties, and renderers without CSS custom
    /// properties (CairoSVG, and so the converters built on it) would
    /// otherwise paint every rule's `var(…)` as an invalid colour.
    static let plainStyleSheet = makeStyleSheet(variables: false)

    static func makeStyleSheet(variables: Bool) -> String {
        func color(_ property: String, _ value: String) -> String { variables ? "var(\(property),\(value))" : value }
        var rules = [
            ".mc-bg{fill:\(color("--mieruka-chart-bg", background))}",
            // paint-order lives in CSS: the Nu HTML Checker rejects it as an attribute in inline SVG.
            ".mc-halo{stroke:\(color("--mieruka-chart-bg", background));paint-order:stroke}",
            ".mc-text{fill:\(color("--mieruka-chart-text", text))}",
            ".mc-muted{fill:\(color("--mieruka-chart-muted", muted))}",
            ".mc-axis{stroke:\(color("--mieruka-chart-axis", axis))}",
            ".mc-grid{stroke:\(color("--mieruka-chart-grid", grid))}",
            ".mc-track{fill:\(color("--mieruka-chart-track", track))}",
            ".mc-annotation{stroke:\(color("--mieruka-chart-annotation", annotation))}",
            ".mc-annotation-text{fill:\(color("--mieruka-chart-annotation", annotation))}",
        ]
        for (i, c) in seriesColors.enumerated() {
            rules.append(".mc-s\(i + 1){stroke:\(color("--mieruka-chart-\(i + 1)", c))}")
            rules.append(".mc-f\(i + 1){fill:\(color("--mieruka-chart-\(i + 1)", c))}")
        }
        return rules.joined()
    }

    /// WCAG 2 contrast ratio of two `#RRGGBB` colours (1…21).
    static func contrastRatio(_ a: String, _ b: String) -> Double {
        let la = relativeLuminance(a), lb = relativeLuminance(b)
        return (Swift.max(la, lb) + 0.05) / (Swift.min(la, lb) + 0.05)
    }

    static func relativeLuminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return 0 }
        func channel(_ i: Int) -> Double {
            let v = Double(Int(String(digits[i..<(i + 2)]), radix: 16) ?? 0) / 255
            return v <= 0.03928 ? v / 12.92 : Foundation.pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }
}

/// How a piece of text looks: its class (for themes) and its fallback attributes.
struct TextStyle {
    var className: String
    var color: String
    var size: Double
    var bold = false
    /// Draws a background-coloured outline behind the glyphs so labels stay
    /// readable where they cross lines.
    var halo = false

    var attributes: [(String, String?)] {
        var a: [(String, String?)] = [("class", className), ("fill", color), ("font-size", SVGNumber.format(size))]
        if bold { a.append(("font-weight", "bold")) }
        if halo {
            a.append(contentsOf: [
                ("stroke", ChartPalette.background), ("stroke-width", "3"),
                ("stroke-linejoin", "round"),
            ])
            a[0].1 = className + " mc-halo"
        }
        return a
    }

    // Sizes in viewBox units of a 400-unit-wide chart (see `ChartLayout.width`):
    // on a phone 1 unit is about 0.85 px, so none is drawn smaller than 12 px.
    static let tick = TextStyle(className: "mc-muted", color: ChartPalette.muted, size: 15)
    static let axisTitle = TextStyle(className: "mc-muted", color: ChartPalette.muted, size: 15)
    static let label = TextStyle(className: "mc-text", color: ChartPalette.text, size: 16)
    static let value = TextStyle(className: "mc-text", color: ChartPalette.text, size: 14)
    static let title = TextStyle(className: "mc-text", color: ChartPalette.text, size: 20, bold: true)
    static let sparklineTitle = TextStyle(className: "mc-text", color: ChartPalette.text, size: 16, bold: true)
    static let annotation = TextStyle(
        className: "mc-annotation-text", color: ChartPalette.annotation, size: 14, halo: true)
}
