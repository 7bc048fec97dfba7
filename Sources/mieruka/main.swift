import ArgumentParser
import Foundation
import MierukaBuild
import MierukaConsole
import MierukaCore
import MierukaScaffold
import MierukaServe

/// Options shared by build and check.
struct SiteArguments: ParsableArguments {
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme folder.") var theme = "themes/default"
    @Option(
        name: .customLong("base-url"), help: "The site's address, e.g. https://example.org/dx/ (overrides site.yaml).")
    var baseURL: String?
    @Flag(help: "Include notes marked draft.") var drafts = false

    func options(output: String = "output") -> SiteOptions {
        SiteOptions(
            content: content, theme: theme, output: output, baseURL: baseURL, drafts: drafts, now: Mieruka.now())
    }
}

/// `--quiet` and `--verbose`.
struct OutputArguments: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only diagnostics: no progress, no summary.") var quiet = false
    @Flag(name: .shortAndLong, help: "Print every stage of the build as a line.") var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var verbosity: Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }
}

/// Runs a build or check with progress, prints the report, and exits 1 on any error.
func runAndReport(command: String, verbosity: Verbosity, _ body: (ProgressReporter) -> BuildReport) throws {
    let progress = ProgressReporter(verbosity: verbosity)
    let report = body(progress)
    progress.finish()
    let github = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
    FileHandle.standardError.write(
        Data(Console.report(report, command: command, verbosity: verbosity, githubActions: github).utf8))
    if !report.succeeded { throw ExitCode(1) }
}

/// Prints a scaffolding refusal and exits 1.
func fail(_ error: ScaffoldError) -> ExitCode {
    FileHandle.standardError.write(Data(error.description.utf8))
    return ExitCode(1)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")
    @OptionGroup var site: SiteArguments
    @Option(help: "The output folder; replaced only when the build succeeds.") var output = "output"
    @OptionGroup var out: OutputArguments
    func run() throws {
        let options = site.options(output: output)
        try runAndReport(command: "build", verbosity: out.verbosity) {
            Mieruka.build(options, progress: $0.handler, waiting: $0.note)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content and theme without writing anything.")
    @OptionGroup var site: SiteArguments
    @OptionGroup var out: OutputArguments
    func run() throws {
        let options = site.options()
        try runAndReport(command: "check", verbosity: out.verbosity) { Mieruka.check(options, progress: $0.handler) }
    }
}

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on http://127.0.0.1 and rebuild it when content or theme change.",
        discussion: """
            The preview is built into a temporary folder (never the output folder) with drafts \
            shown, and open pages reload after each rebuild. While the content has errors the \
            browser shows them; the last good build stays underneath. Stop with Ctrl-C.
            """)
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The theme folder.") var theme = "themes/default"
    @Option(
        name: .customLong("base-url"),
        help: "Serve under this address's path, e.g. https://example.org/dx/ previews the site at /dx/.") var baseURL:
        String?
    @Flag(inversion: .prefixedNo, help: "Show notes marked draft (on by default).") var drafts = true
    @Option(name: .shortAndLong, help: "The port on 127.0.0.1 (0 picks a free one).") var port: UInt16 = 8080
    @OptionGroup var out: OutputArguments

    /// Blocks on the server, which runs on Swift's concurrency threads; the
    /// commands stay synchronous so the root command keeps its plain `main()`.
    func run() throws {
        let options = ServeOptions(
            content: content, theme: theme, baseURL: baseURL, drafts: drafts, port: port,
            verbosity: out.verbosity)
        let done = DispatchSemaphore(value: 0)
        let failure = Box()
        Task.detached {
            do { try await PreviewServer.run(options) } catch { failure.set("\(error)") }
            done.signal()
        }
        done.wait()
        if let message = failure.value {
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode(1)
        }
    }
}

/// A message handed from the server task to the waiting command.
final class Box: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    func set(_ s: String) { lock.lock(); stored = s; lock.unlock() }
    var value: String? { lock.lock(); defer { lock.unlock() }; return stored }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new file from a template.", subcommands: [NewNote.self, NewDataset.self])
}

struct NewNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Create content/notes/<today>-<slug>.md with its front matter filled in.",
        discussion: """
            The date is today in the site's time zone. The slug comes from --slug, or from a title \
            written in ASCII letters; a Japanese title without --slug gets note-YYYYMMDD. \
            An existing file is never replaced.
            """)
    @Argument(help: "The note's title, e.g. \"印鑑の原則全廃を始めました\".") var title: String
    @Option(help: "The note's slug (its address /notes/<slug>/): lowercase letters, digits and hyphens.") var slug:
        String?
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The note's date, YYYY-MM-DD (default: today in the site's time zone).") var date: String?
    @Flag(inversion: .prefixedNo, help: "Mark the note as a draft (on by default): shown by serve, not published.")
    var draft = true

    func run() throws {
        var day: LocalDate?
        if let date {
            guard let d = LocalDate(iso: date) else {
                throw ValidationError("--date must be a real date written YYYY-MM-DD, e.g. 2021-04-01")
            }
            day = d
        }
        do {
            let made = try Scaffold.newNote(
                title: title, slug: slug, contentDirectory: content, date: day, draft: draft)
            print(made.path)
            if let note = Scaffold.missingSchemaNote(schema: "note", contentDirectory: content) {
                FileHandle.standardError.write(Data((note + "\n").utf8))
            }
            if made.slugIsFallback {
                FileHandle.standardError.write(
                    Data(
                        "note: the title is not in ASCII letters, so the slug is '\(made.slug)'; to choose one, delete the file and run again with --slug, e.g. --slug seal-abolition\n"
                            .utf8))
            }
        } catch {
            throw fail(error)
        }
    }
}

struct NewDataset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Create content/datasets/<id>.yaml (and <id>.csv) from a CSV file, as a starting point to edit.",
        discussion: """
            Each column becomes a field, its title taken from the heading and its type guessed from \
            the values (integer, number, date, year, string); columns with blanks are optional; a line \
            chart is declared when there is a year or date column and a number column. Shift_JIS files \
            from Excel are read too. Existing files are never replaced.
            """)
    @Argument(help: "The dataset's id: lowercase letters, digits and hyphens, e.g. population.") var id: String
    @Option(help: "The CSV file to start from.") var from: String
    @Option(help: "The content folder.") var content = "content"

    func run() throws {
        do {
            print(try Scaffold.newDataset(id: id, from: from, contentDirectory: content))
            if let note = Scaffold.missingSchemaNote(schema: "dataset", contentDirectory: content) {
                FileHandle.standardError.write(Data((note + "\n").utf8))
            }
        } catch {
            throw fail(error)
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Create a new site in a folder: content with one note, initiative and dataset, and the default theme.",
        discussion: """
            The starter site and the theme are copied from mieruka's data folder: the folder of the \
            mieruka binary or one above it (as in a source checkout), or share/mieruka there (as when \
            installed), or the current folder. --theme copies another theme instead. The content \
            schemas are written into schemas/, with .vscode/settings.json and .vscode/extensions.json \
            so that VS Code's YAML extension checks the files as they are typed.
            """)
    @Argument(help: "The new site's folder; it must not exist or be empty.") var directory: String
    @Option(help: "The theme to copy into the new site.") var theme: String?

    func run() throws {
        guard let data = DataFolder.find() else {
            throw fail(
                ScaffoldError(
                    "mieruka's data folder (themes/default and starter) was not found beside the mieruka binary, in share/mieruka above it, or in the current folder",
                    hint: "run mieruka from its source folder, or install it with its share/mieruka folder"))
        }
        let source = theme ?? data.theme
        do {
            try Scaffold.initSite(at: directory, starter: data.starter, theme: source)
        } catch {
            throw fail(error)
        }
        print(
            """
            created a new site in \(directory) (theme copied from \(source))
            next:
              cd \(directory)
              mieruka serve     # preview at http://127.0.0.1:8080/
              mieruka build     # write the site into output/
            in VS Code, install the YAML extension it recommends: the YAML files are then checked as you type (schemas/)
            """)
    }
}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the JSON Schemas of the content files into a folder, for the editor.",
        discussion: """
            One file per kind (site, strategy, initiative, timeline, agreements, dataset, and the \
            front matter of notes and pages and the chart block), made from the keys mieruka's \
            loader reads. With VS Code and its YAML extension (redhat.vscode-yaml), an unknown key, \
            a wrong status or a date written 2020/7/1 is underlined as you type. Existing schema \
            files are replaced; run it again after updating mieruka. --vscode also writes \
            .vscode/settings.json and .vscode/extensions.json in the current folder (never over \
            existing files).
            """)
    @Argument(help: "The folder to write the schemas into, beside content/.") var directory = Scaffold.schemaFolder
    @Flag(
        help: "Also write .vscode/settings.json (each content folder mapped to its schema) and .vscode/extensions.json."
    ) var vscode = false

    func run() throws {
        do {
            for path in try Scaffold.writeSchemas(to: directory) { print(path) }
            if vscode {
                for path in try Scaffold.writeEditorSettings(siteDirectory: ".", schemaFolder: directory) {
                    print(path)
                }
            }
        } catch {
            throw fail(error)
        }
    }
}

struct MierukaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mieruka",
        abstract: "Build a town's DX transparency site and open-data catalogue.",
        version: Mieruka.version,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self, Schema.self],
        defaultSubcommand: Build.self)
}

MierukaCommand.main()
