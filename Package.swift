// swift-tools-version:6.0
import PackageDescription

// The project's own targets treat every warning as an error (dependencies keep their warnings).
let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

// The pipeline of docs/architecture.md: each target depends only on targets above it.
let package = Package(
    name: "mieruka",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mieruka", targets: ["mieruka"])
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
        .target(name: "MierukaCore", swiftSettings: strict),
        // YAML text -> node tree with positions -> typed values with diagnostics.
        .target(name: "MierukaYAML", dependencies: ["MierukaCore", "CYaml"], swiftSettings: strict),
        // CommonMark text -> Swift node tree -> safe HTML.
        .target(name: "MierukaMarkdown", dependencies: ["MierukaCore", "CCmark"], swiftSettings: strict),
        // Charts: a table and a chart declaration -> SVG. Knows nothing of pages or files.
        .target(name: "MierukaCharts", dependencies: ["MierukaCore"], swiftSettings: strict),
        // load + validate: content/ -> Site model (chart declarations are checked with MierukaCharts).
        .target(
            name: "MierukaContent", dependencies: ["MierukaCore", "MierukaYAML", "MierukaMarkdown", "MierukaCharts"],
            swiftSettings: strict),
        // Open data: tables -> CSV, JSON, Data Package, DCAT. Knows nothing of themes.
        .target(name: "MierukaOpenData", dependencies: ["MierukaCore"], swiftSettings: strict),
        // publish: what the site publishes (datasets with their files and hashes, the
        // built-in strategy datasets, the catalogue), decided once before rendering.
        .target(
            name: "MierukaPublish",
            dependencies: ["MierukaCore", "MierukaContent", "MierukaCharts", "MierukaOpenData"], swiftSettings: strict),
        // render: every page's bytes through the theme (its strings file is read with MierukaYAML).
        .target(
            name: "MierukaSite",
            dependencies: [
                "MierukaCore", "MierukaYAML", "MierukaContent", "MierukaCharts", "MierukaOpenData", "MierukaMarkdown",
                "MierukaPublish",
                .product(name: "Mustache", package: "swift-mustache"),
            ], swiftSettings: strict),
        // write + commands: staging folder, atomic swap, build/check as library calls.
        .target(
            name: "MierukaBuild", dependencies: ["MierukaCore", "MierukaContent", "MierukaPublish", "MierukaSite"],
            swiftSettings: strict),
        // console: what the terminal shows (diagnostics, summaries, progress); the targets above print nothing.
        .target(
            name: "MierukaConsole", dependencies: ["MierukaCore", "MierukaContent", "MierukaBuild"],
            swiftSettings: strict),
        // scaffolding: `new note` and `init` as library calls; knows nothing of pages or the build.
        .target(
            name: "MierukaScaffold", dependencies: ["MierukaCore", "MierukaYAML", "MierukaContent"],
            swiftSettings: strict),
        // serve: preview on 127.0.0.1 with rebuild on change (the only target with an HTTP server).
        .target(
            name: "MierukaServe",
            dependencies: [
                "MierukaCore", "MierukaBuild", "MierukaConsole",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: strict + [
                // Swift 6.3's optimiser spends over 20 minutes on this module (async
                // FlyingFox code); a preview server gains nothing from -O.
                .unsafeFlags(["-Onone"], .when(configuration: .release))
            ]),
        .executableTarget(
            name: "mieruka",
            dependencies: [
                "MierukaBuild", "MierukaConsole", "MierukaScaffold", "MierukaServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], swiftSettings: strict),

        // What the test targets share: the Fixture site builder (and TinyTheme), the one
        // golden-file helper (expectGolden), repoRoot, and runMieruka for the real binary.
        // Used only by test targets.
        .target(
            name: "MierukaTestSupport", dependencies: ["MierukaCore", "MierukaBuild", "MierukaSite"],
            path: "Tests/MierukaTestSupport", swiftSettings: strict),

        // Each test target is named after the module it tests (MierukaCommandLineTests: the
        // executable's command line) and depends on what it imports; those that run the real
        // binary (runMieruka, `mieruka serve`) also depend on `mieruka`, so that it is built first.
        .testTarget(name: "MierukaCoreTests", dependencies: ["MierukaCore"], swiftSettings: strict),
        .testTarget(name: "MierukaYAMLTests", dependencies: ["MierukaYAML"], swiftSettings: strict),
        .testTarget(name: "MierukaMarkdownTests", dependencies: ["MierukaMarkdown"], swiftSettings: strict),
        .testTarget(
            name: "MierukaContentTests", dependencies: ["MierukaContent", "MierukaYAML", "MierukaTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "MierukaChartsTests", dependencies: ["MierukaCharts", "MierukaTestSupport"], exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "MierukaOpenDataTests", dependencies: ["MierukaOpenData", "MierukaTestSupport"], exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "MierukaPublishTests",
            dependencies: ["MierukaCore", "MierukaContent", "MierukaOpenData", "MierukaPublish", "MierukaTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "MierukaSiteTests",
            dependencies: ["MierukaCore", "MierukaBuild", "MierukaSite", "MierukaTestSupport"],
            exclude: ["Golden", "BadInput"], swiftSettings: strict),
        .testTarget(
            name: "MierukaBuildTests",
            dependencies: ["MierukaCore", "MierukaBuild", "MierukaConsole", "MierukaTestSupport", "mieruka"],
            swiftSettings: strict),
        .testTarget(
            name: "MierukaScaffoldTests",
            dependencies: ["MierukaCore", "MierukaContent", "MierukaScaffold", "MierukaTestSupport", "mieruka"],
            swiftSettings: strict),
        .testTarget(
            name: "MierukaServeTests", dependencies: ["MierukaServe", "MierukaTestSupport", "mieruka"],
            swiftSettings: strict),
        .testTarget(
            name: "MierukaCommandLineTests", dependencies: ["MierukaTestSupport", "mieruka"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
