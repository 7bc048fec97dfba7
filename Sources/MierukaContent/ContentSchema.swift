import MierukaCore
import MierukaYAML

/// The keys of one kind of content file, as the loader reads them: the one
/// table from which `mieruka schema` writes a JSON Schema (draft-07) for the
/// editor, so that a typo is underlined as the build would report it.
///
/// The loader itself reads its keys with `YAMLMapping`; `ContentSchemaTests`
/// loads the sample site and a fixture with every key (recording each key
/// asked for, `KeyRecorder`) and compares what was asked, where, and with
/// which accessor, with these tables, both ways. A key added to a reader
/// without its entry here (or the other way round) fails that test.
///
/// The tables are in `ContentSchema+Kinds.swift` (one per kind) and
/// `ContentSchema+Datasets.swift`; the JSON Schema is written by
/// `ContentSchema+JSONSchema.swift`.
public struct ContentSchema: Sendable {
    /// `dataset`: the schema's file is `dataset.schema.json`.
    public var id: String
    /// What the loader calls the file's top mapping in its messages ("the
    /// dataset", "site.yaml"): the root of `KeyRecorder`'s paths.
    public var loaderWhat: String
    /// Where the YAML is, for people: `content/datasets/<id>.yaml`.
    public var place: String
    /// Globs of the files, from the site's folder, for editors' settings
    /// (`.vscode/settings.json`); empty for YAML inside Markdown (front
    /// matter, chart blocks), which YAML editors do not check.
    public var files: [String]
    /// The folder under `content/` of the files, for the schema comment's
    /// relative path ("" for content/ itself).
    public var folder: String
    public var title: String
    public var about: String
    public var english: String
    public var root: SchemaGroup

    /// `dataset.schema.json`.
    public var fileName: String { id + ".schema.json" }

    /// `# yaml-language-server: $schema=../../schemas/dataset.schema.json`:
    /// the first line of a YAML file of this kind (the first line of the
    /// front matter for a note or page), given the schemas' folder beside
    /// `content/`. The path is relative to the file, as yaml-language-server
    /// reads it.
    public func schemaComment(schemaFolder: String = "schemas") -> String {
        let depth = folder.isEmpty ? 0 : folder.split(separator: "/").count
        return "# yaml-language-server: $schema=" + String(repeating: "../", count: depth + 1) + schemaFolder + "/"
            + fileName
    }
}

/// A group of keys: a file's top level, or a nested `key:` group or list item.
public struct SchemaGroup: Sendable {
    /// A name for the group in Japanese ("フィールド（列）"), shown by editors.
    public var title: String?
    public var keys: [SchemaKey]
    /// Keys of which exactly one must be written (with a value), as the
    /// loader requires: a dataset has `rows` or `csv`; a milestone link has
    /// `note`, `initiative` or `url`.
    public var exactlyOne: [String]
    /// Checks between keys of the group that the loader makes and a schema
    /// can say too.
    public var rules: [SchemaRule]

    public init(title: String? = nil, _ keys: [SchemaKey], exactlyOne: [String] = [], rules: [SchemaRule] = []) {
        self.title = title
        self.keys = keys
        self.exactlyOne = exactlyOne
        self.rules = rules
    }

    public func key(_ name: String) -> SchemaKey? { keys.first { $0.name == name } }
}

/// A check between two keys of one group, mirroring an error of the loader.
public enum SchemaRule: Sendable {
    /// When `key` is written (with a value other than `false`), `other` must
    /// be one of `values`: `horizontal` only on bar and stacked-bar charts,
    /// `values` only on text fields.
    case onlyWhen(key: String, other: String, isOneOf: [String])
    /// When `other` is `value`, `key` may not be written: a progress chart has no `series`.
    case notWhen(key: String, other: String, is: String)
}

/// One key of a group.
public struct SchemaKey: Sendable {
    public var name: String
    public var value: SchemaValue
    public var required: Bool
    /// A short name in Japanese, shown by editors on hover and in completion.
    public var title: String
    /// What the key does, in Japanese.
    public var about: String
    /// The same in English.
    public var english: String
    /// The value used when the key is left out, when there is one.
    public var defaultValue: JSON?

    public init(
        _ name: String, _ value: SchemaValue, required: Bool = false, _ title: String, _ about: String,
        en english: String, default defaultValue: JSON? = nil
    ) {
        self.name = name
        self.value = value
        self.required = required
        self.title = title
        self.about = about
        self.english = english
        self.defaultValue = defaultValue
    }
}

/// What a key's value is: the accessor the loader reads it with (`read`)
/// and what the schema says about it.
public indirect enum SchemaValue: Sendable {
    /// Text (`string`); numbers, dates and booleans written without quotes
    /// are read as their text.
    case text(TextForm)
    /// A link judged by `LinkRule` (`link`).
    case link(LinkRule)
    /// An e-mail address (`email`).
    case email
    /// A whole number (`int`), within the range when there is one.
    case integer(ClosedRange<Int>?)
    /// A decimal number (`double`).
    case number
    /// `true` or `false` (`bool`).
    case boolean
    /// `YYYY-MM-DD` (`date`).
    case date
    /// `YYYY-MM` or `YYYY-MM-DD` (`partialDate`).
    case partialDate
    /// One of a fixed set of words (`choice`), from a Swift enum's cases.
    case choice([SchemaChoice])
    /// A list of texts, or one text (`strings`).
    case texts(TextForm, maxItems: Int? = nil, unique: Bool = false)
    /// A list (`list`) whose items are `of`.
    case list(of: SchemaValue, minItems: Int? = nil)
    /// A group of known keys (`mapping`, or a list item read as a mapping).
    case group(SchemaGroup)
    /// A group whose keys are free, each value `of` (`pairs`).
    case freeGroup(of: SchemaValue)
    /// A value the reader takes as it is (`node`) and checks itself; the
    /// schema is given as JSON Schema (a dataset's rows).
    case raw(JSON)
    /// A value the reader takes as it is (`node`) and reads in one of these
    /// forms, e.g. a licence written as a known id or as a group of keys.
    /// The groups among them are compared with the loader like any other.
    case oneOf([SchemaValue])

    /// The accessor of `YAMLMapping` the loader reads this value with, as
    /// `KeyRecorder` records it.
    public var read: YAMLRead {
        switch self {
        case .text: return .text
        case .link(let rule): return .link(rule)
        case .email: return .email
        case .integer(let range): return .integer(range)
        case .number: return .number
        case .boolean: return .boolean
        case .date: return .date
        case .partialDate: return .partialDate
        case .choice(let choices): return .choice(choices.map(\.value))
        case .texts: return .texts
        case .list: return .list
        case .group: return .group
        case .freeGroup: return .freeGroup
        case .raw, .oneOf: return .node
        }
    }

    /// The group a value holds or its items are, for walking the tables.
    var group: SchemaGroup? {
        switch self {
        case .group(let g): return g
        default: return nil
        }
    }
}

/// What a text is, for the schema's pattern and for people.
public enum TextForm: Sendable, Equatable {
    /// Any text.
    case plain
    /// Markdown (initiative bodies).
    case markdown
    /// An id or slug (`Slug.isValid`): a–z, 0–9 and hyphens.
    case id
    /// A field name: a–z, 0–9 and `_`, starting with a letter.
    case fieldName
    /// A full web address: `https://` (or `http://`).
    case webAddress
    /// The 6-digit local government code.
    case localGovernmentCode
    /// A path inside the dataset's folder (`csv`).
    case relativePath
    /// A cover image: an address, or a path inside static/.
    case coverImage
    /// One of these names (read as text and checked by the reader: `time_zone`).
    case oneOf([String])
}

/// One word of a `choice`, with what it means.
public struct SchemaChoice: Sendable, Equatable {
    public var value: String
    public var japanese: String
    public var english: String
    public init(_ value: String, _ japanese: String, _ english: String) {
        self.value = value
        self.japanese = japanese
        self.english = english
    }
}

extension ContentSchema {
    /// Every (place, key) of the tables with how it is read and whether it is
    /// required, in the paths `KeyRecorder` uses: for comparing with what the
    /// loader asks for.
    public var reads: [KeyRecorder.Read] {
        var out: [KeyRecorder.Read] = []
        func walk(_ group: SchemaGroup, at path: [String]) {
            for key in group.keys {
                out.append(KeyRecorder.Read(path: path, key: key.name, read: key.value.read, required: key.required))
                walkValue(key.value, at: path + [key.name])
            }
        }
        func walkValue(_ value: SchemaValue, at path: [String]) {
            switch value {
            case .group(let g): walk(g, at: path)
            case .list(let item, _): walkValue(item, at: path + [KeyRecorder.item])
            case .freeGroup(let item): walkValue(item, at: path + [KeyRecorder.anyKey])
            case .oneOf(let forms): for form in forms { walkValue(form, at: path) }
            default: break
            }
        }
        walk(root, at: [loaderWhat])
        return out
    }
}
