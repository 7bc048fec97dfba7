import ArgumentParser
import Foundation
import MierukaBuild

/// Options shared by build and check.
struct SiteArguments: ParsableArguments {
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme folder.") var theme = "themes/default"
    @Option(name: .customLong("base-url"), help: "The site's address, e.g. https://example.org/dx/ (overrides site.yaml).") var baseURL: String?
    @Flag(help: "Include notes marked draft.") var drafts = false

    func options(output: String = "output") -> SiteOptions {
        SiteOptions(content: content, theme: theme, output: output, baseURL: baseURL, drafts: drafts, today: Mieruka.today())
    }
}

/// Prints the report and exits 1 on any error.
func finish(_ report: BuildReport, command: String) throws {
    let github = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
    FileHandle.standardError.write(Data(Console.diagnostics(report, githubActions: github).utf8))
    FileHandle.standardError.write(Data(Console.summary(report, command: command).utf8))
    if !report.succeeded { throw ExitCode(1) }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")
    @OptionGroup var site: SiteArguments
    @Option(help: "The output folder; replaced only when the build succeeds.") var output = "output"
    func run() throws { try finish(Mieruka.build(site.options(output: output)), command: "build") }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content and theme without writing anything.")
    @OptionGroup var site: SiteArguments
    func run() throws { try finish(Mieruka.check(site.options()), command: "check") }
}

struct MierukaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mieruka",
        abstract: "Build a town's DX transparency site and open-data catalogue.",
        version: Mieruka.version,
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self)
}

MierukaCommand.main()
