// swift-tools-version:6.0
import PackageDescription

// libFuzzer harnesses for mieruka's readers of untrusted text (docs/fuzzing.md).
//
// The root package exports only the `mieruka` executable, so a path dependency
// on it could not reach the library targets. Instead `Sources/` here holds
// symbolic links to the real target folders (`Sources/MierukaYAML` ->
// `../../Sources/MierukaYAML`): the code fuzzed is the code built, and every
// module is compiled with the fuzzer's coverage instrumentation and ASan.
// Build only through `run.sh` (or `make fuzz`), which passes
// `-sanitize=fuzzer,address` and `-parse-as-library`.
let package = Package(
    name: "mieruka-fuzz",
    platforms: [.macOS(.v13)],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "MierukaCore"),
        .target(name: "MierukaYAML", dependencies: ["MierukaCore", "CYaml"]),
        .target(name: "MierukaMarkdown", dependencies: ["MierukaCore", "CCmark"]),
        .target(name: "MierukaCharts", dependencies: ["MierukaCore"]),
        .target(
            name: "MierukaContent", dependencies: ["MierukaCore", "MierukaYAML", "MierukaMarkdown", "MierukaCharts"]),

        // What the harnesses share: a scratch content folder, diagnostics rendering, invariants.
        .target(name: "CFuzzer", path: "Harnesses/CFuzzer"),
        .target(
            name: "FuzzSupport", dependencies: ["CFuzzer", "MierukaCore", "MierukaContent", "MierukaCharts"],
            path: "Harnesses/FuzzSupport"),
        .executableTarget(
            name: "fuzz-yaml", dependencies: ["FuzzSupport", "MierukaCore", "MierukaYAML"],
            path: "Harnesses/fuzz-yaml"),
        .executableTarget(
            name: "fuzz-frontmatter", dependencies: ["FuzzSupport", "MierukaCore", "MierukaYAML", "MierukaContent"],
            path: "Harnesses/fuzz-frontmatter"),
        .executableTarget(
            name: "fuzz-dataset", dependencies: ["FuzzSupport", "MierukaCore", "MierukaContent", "MierukaCharts"],
            path: "Harnesses/fuzz-dataset"),
        .executableTarget(
            name: "fuzz-chartblock", dependencies: ["FuzzSupport", "MierukaCore", "MierukaContent", "MierukaMarkdown"],
            path: "Harnesses/fuzz-chartblock"),
    ],
    swiftLanguageModes: [.v6]
)
