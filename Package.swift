// swift-tools-version:6.0
import PackageDescription

// The pipeline of docs/architecture.md: each target depends only on targets above it.
let package = Package(
    name: "mieruka",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mieruka", targets: ["mieruka"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C libraries, each wrapped by exactly one Swift file.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),

        // Shared vocabulary: source locations, diagnostics, dates, tables, JSON, escaping.
        .target(name: "MierukaCore"),
        // YAML text -> node tree with positions -> typed values with diagnostics.
        .target(name: "MierukaYAML", dependencies: ["MierukaCore", "CYaml"]),
        // CommonMark text -> Swift node tree -> safe HTML.
        .target(name: "MierukaMarkdown", dependencies: ["MierukaCore", "CCmark"]),
        // Charts: a table and a chart declaration -> SVG. Knows nothing of pages or files.
        .target(name: "MierukaCharts", dependencies: ["MierukaCore"]),
        // load + validate: content/ -> Site model (chart declarations are checked with MierukaCharts).
        .target(name: "MierukaContent", dependencies: ["MierukaCore", "MierukaYAML", "MierukaMarkdown", "MierukaCharts"]),
        // Open data: tables -> CSV, JSON, Data Package, DCAT. Knows nothing of themes.
        .target(name: "MierukaOpenData", dependencies: ["MierukaCore"]),
        // plan + render: routes and every output file's bytes.
        .target(name: "MierukaSite", dependencies: [
            "MierukaCore", "MierukaContent", "MierukaCharts", "MierukaOpenData", "MierukaMarkdown",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // write + commands: staging folder, atomic swap, build/check as library calls.
        .target(name: "MierukaBuild", dependencies: ["MierukaCore", "MierukaContent", "MierukaSite"]),
        // serve: preview on 127.0.0.1 with rebuild on change (the only target with an HTTP server).
        .target(name: "MierukaServe", dependencies: [
            "MierukaCore", "MierukaBuild",
            .product(name: "FlyingFox", package: "FlyingFox"),
        ], swiftSettings: [
            // Swift 6.3's optimiser spends over 20 minutes on this module (async
            // FlyingFox code); a preview server gains nothing from -O.
            .unsafeFlags(["-Onone"], .when(configuration: .release)),
        ]),
        .executableTarget(name: "mieruka", dependencies: [
            "MierukaBuild", "MierukaServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "MierukaCoreTests", dependencies: ["MierukaCore"]),
        .testTarget(name: "MierukaYAMLTests", dependencies: ["MierukaYAML"]),
        .testTarget(name: "MierukaMarkdownTests", dependencies: ["MierukaMarkdown"]),
        .testTarget(name: "MierukaContentTests", dependencies: ["MierukaContent"]),
        .testTarget(name: "MierukaChartsTests", dependencies: ["MierukaCharts"], exclude: ["Golden"]),
        .testTarget(name: "MierukaOpenDataTests", dependencies: ["MierukaOpenData"], exclude: ["Golden"]),
        .testTarget(name: "MierukaSiteTests", dependencies: ["MierukaBuild", "MierukaContent", "MierukaSite", "MierukaServe", "mieruka"],
                    exclude: ["Golden", "BadInput"]),
    ],
    swiftLanguageModes: [.v6]
)
