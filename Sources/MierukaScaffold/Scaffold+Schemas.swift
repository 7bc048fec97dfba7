import Foundation
import MierukaCore
import MierukaContent

/// The editor's help: the JSON Schemas of the content files (`mieruka
/// schema`, and `init`), and VS Code's settings that map each content folder
/// to its schema and recommend the YAML extension (redhat.vscode-yaml), which
/// then underlines an unknown key, a wrong status or a date written
/// 2020/7/1 as the file is typed.
extension Scaffold {
    /// The folder of the schemas in a site, beside `content/`.
    public static let schemaFolder = "schemas"

    /// Writes `<id>.schema.json` of every kind (`ContentSchema.all`) into
    /// `folder`, made when missing. The schemas are mieruka's own files: one
    /// already there is replaced (left untouched when its bytes are the same).
    /// - Returns: the files' paths, in the order of `ContentSchema.all`.
    @discardableResult
    public static func writeSchemas(to folder: String) throws(ScaffoldError) -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDir), !isDir.boolValue {
            throw ScaffoldError(
                "'\(folder)' is a file, not a folder",
                hint: "name a folder for the schemas, e.g. mieruka schema schemas")
        }
        var written: [String] = []
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for schema in ContentSchema.all {
                let path = folder + "/" + schema.fileName
                let bytes = Data(schema.fileBytes)
                if fm.contents(atPath: path) != bytes {
                    try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
                }
                written.append(path)
            }
        } catch {
            throw ScaffoldError("could not write the schemas into '\(folder)': \(error.localizedDescription)")
        }
        return written
    }

    /// `.vscode/settings.json`: `yaml.schemas` maps each schema (a path from
    /// the site's folder, `./schemas/dataset.schema.json`) to the globs of its
    /// files (`/content/datasets/*.yaml`, from the site's folder too), and YAML
    /// is indented with two spaces, never a tab. Front matter and chart blocks
    /// live in Markdown, which the YAML extension does not check; they have no
    /// entry.
    public static func vscodeSettings(schemaFolder: String = schemaFolder) -> JSON {
        let base =
            schemaFolder.hasPrefix("/") || schemaFolder.hasPrefix("./") || schemaFolder.hasPrefix("../")
            ? schemaFolder : "./" + schemaFolder
        let mapped = ContentSchema.all.filter { !$0.files.isEmpty }
        return .object([
            ("yaml.schemas", .object(mapped.map { (base + "/" + $0.fileName, .array($0.files.map(JSON.string))) })),
            ("[yaml]", .object([("editor.insertSpaces", .bool(true)), ("editor.tabSize", .int(2))])),
        ])
    }

    /// `.vscode/extensions.json`: VS Code offers to install the YAML extension.
    public static let vscodeExtensions: JSON = .object([("recommendations", .array([.string("redhat.vscode-yaml")]))])

    /// Writes `.vscode/settings.json` and `.vscode/extensions.json` into
    /// `siteDirectory`. Never over a file that exists: those may hold the
    /// team's own settings, so the refusal says what to add.
    /// - Returns: the files made, relative to `siteDirectory`.
    @discardableResult
    public static func writeEditorSettings(siteDirectory: String, schemaFolder: String = schemaFolder)
        throws(ScaffoldError) -> [String]
    {
        let fm = FileManager.default
        let files: [(String, JSON)] = [
            (".vscode/settings.json", vscodeSettings(schemaFolder: schemaFolder)),
            (".vscode/extensions.json", vscodeExtensions),
        ]
        for (relative, json) in files where fm.fileExists(atPath: siteDirectory + "/" + relative) {
            let shown = siteDirectory == "." ? relative : siteDirectory + "/" + relative
            throw ScaffoldError(
                "'\(shown)' already exists; mieruka never replaces a file",
                hint: "add this to it by hand:\n" + json.serialized())
        }
        do {
            try fm.createDirectory(atPath: siteDirectory + "/.vscode", withIntermediateDirectories: true)
            for (relative, json) in files {
                try Data(json.bytes()).write(
                    to: URL(fileURLWithPath: siteDirectory + "/" + relative), options: .withoutOverwriting)
            }
        } catch {
            throw ScaffoldError(
                "could not write the editor settings into '\(siteDirectory)/.vscode': \(error.localizedDescription)")
        }
        return files.map(\.0)
    }

    /// A note for `new`: the file's schema comment points at a schema the
    /// site does not have yet (a site made before `mieruka schema` existed).
    /// Nil when the schema is there. `schema` is its id (`note`, `dataset`).
    public static func missingSchemaNote(schema id: String, contentDirectory: String) -> String? {
        guard let schema = ContentSchema.all.first(where: { $0.id == id }) else { return nil }
        let site = (contentDirectory as NSString).deletingLastPathComponent
        let path = (site.isEmpty ? "" : site + "/") + schemaFolder + "/" + schema.fileName
        guard !FileManager.default.fileExists(atPath: path) else { return nil }
        return "note: the file's first line names the schema \(path), which this site does not have yet; "
            + "run 'mieruka schema' in the site's folder so the editor can check the file"
    }
}
