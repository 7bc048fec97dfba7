import MierukaCore

/// The patterns the schemas give texts. Each mirrors the check of the rule's
/// owner, named beside it; `ContentSchemaTests` holds every pattern against
/// its owner on samples, so the editor never refuses what the build accepts.
public enum SchemaPattern {
    /// `Slug.isValid`: a–z, 0–9 and hyphens, starting with a letter or digit, at most `Slug.maxBytes`.
    public static let id = "^[a-z0-9][a-z0-9-]{0,\(Slug.maxBytes - 1)}$"
    /// `Loader.isFieldName`: a–z, 0–9 and `_`, starting with a letter, at most 64 characters.
    public static let fieldName = "^[a-z][a-z0-9_]{0,63}$"
    /// A key of a per-language text: `SiteLanguage.isValid` (`ja`, `en`, `ja-easy`, `zh-Hans`).
    public static let languageCode = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
    /// `LocalDate(iso:)`: YYYY-MM-DD (the schema adds `format: date`, which
    /// refuses days that do not exist).
    public static let date = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
    /// `PartialDate(iso:)`: YYYY-MM or YYYY-MM-DD.
    public static let partialDate = "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$"
    /// `base_url` (Loader.loadSiteConfig): starts with https:// or http://.
    public static let webAddress = "^https?://"
    /// `LinkRule.web`: https:// or http://, written in lowercase.
    public static let webLink = "^https?://"
    /// `LinkRule.link`: a path or fragment (no `:` before the first `/`, `?`
    /// or `#`), or the scheme http, https, mailto or tel in any case. (The
    /// rule also skips control characters inside a scheme, "ht\ttp:"; the
    /// pattern refuses those.)
    public static let link =
        "^(?:[^:/?#]*(?:[/?#]|$)|[\\x00-\\x20]*(?:[hH][tT][tT][pP][sS]?|[mM][aA][iI][lL][tT][oO]|[tT][eE][lL])[\\x00-\\x20]*:|[\\x00-\\x20]*:)"
    /// `YAMLMapping.email`: one `@`, a `.` after it, no spaces or control
    /// characters and none of `: ? / < > " \ , ;`.
    public static let email =
        "^[^@\\x00-\\x20:?/<>\"\\\\,;]+@[^@\\x00-\\x20:?/<>\"\\\\,;]*\\.[^@\\x00-\\x20:?/<>\"\\\\,;]*$"
    /// `LocalGovernmentCode.isValid` when quoted: six digits starting with a
    /// prefecture 01–47 (the check digit is arithmetic, checked by the build).
    public static let localGovernmentCode = "^(0[1-9]|[1-3][0-9]|4[0-7])[0-9]{4}$"
    /// `SafePath.relative`, as far as a pattern can: not empty, not from `/`
    /// or `\`, no `\`, `:` or control character, not starting with a `..`
    /// that leaves the folder (`a/../../x` is left to the build).
    public static let relativePath = "^(?![/\\\\])(?!(?:\\./+)*\\.\\.(?:/|$))[^\\\\:\\x00-\\x1f\\x7f]+$"
    /// A note's `cover` (Loader.loadNote): an https:// or http:// address, or
    /// a path inside static/ (one leading `/` is allowed), by `relativePath`.
    public static let coverImage = "^(?:https?://.*|/?(?![/\\\\])(?!(?:\\./+)*\\.\\.(?:/|$))[^\\\\:\\x00-\\x1f\\x7f]+)$"

    public static func link(_ rule: LinkRule) -> String { rule == .web ? webLink : link }
}

extension ContentSchema {
    /// The JSON Schema (draft-07) of this kind, as `mieruka schema` writes it.
    ///
    /// - Every group has `additionalProperties: false`: an unknown key is an
    ///   error, as in the build.
    /// - A key left empty (`summary:`) counts as not written, so every key
    ///   that is not required also accepts null.
    /// - Text accepts numbers and booleans too: the build reads `title: 2020`
    ///   as the text "2020". Whole numbers and booleans must be written
    ///   without quotes (the build also reads `"40"` and `"true"`).
    /// - `title` is the key's name in Japanese; `description` is Japanese,
    ///   then a blank line and English.
    public func jsonSchema() -> JSON {
        var pairs: [(String, JSON)] = [
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            (
                "$comment",
                .string(
                    "Written by `mieruka schema` from the key tables of mieruka's loader (\(place)). Do not edit: run `mieruka schema` again after updating mieruka."
                )
            ),
            ("title", .string(title)),
            ("description", .string(about + "\n\n" + english)),
        ]
        pairs += Self.groupSchema(root, nullable: false, withTitle: false)
        return .object(pairs)
    }

    /// The bytes of `<id>.schema.json`: always the same for the same tables.
    public var fileBytes: [UInt8] { jsonSchema().bytes() }

    /// Every kind, in the order of docs/content.md.
    public static var all: [ContentSchema] {
        [site, strategy, initiative, timeline, agreements, dataset, note, page, translation, chartBlock]
    }

    // MARK: values

    static let scalarTypes = ["string", "number", "boolean"]

    static func type(_ names: [String], nullable: Bool) -> (String, JSON) {
        let all = nullable ? names + ["null"] : names
        return ("type", all.count == 1 ? .string(all[0]) : .array(all.map(JSON.string)))
    }

    static func keySchema(_ key: SchemaKey) -> JSON {
        var pairs: [(String, JSON)] = [
            ("title", .string(key.title)),
            ("description", .string(key.about + "\n\n" + key.english)),
        ]
        pairs += valueSchema(key.value, nullable: !key.required)
        if let d = key.defaultValue { pairs.append(("default", d)) }
        return .object(pairs)
    }

    static func textSchema(_ form: TextForm, nullable: Bool, extraTypes: [String] = []) -> [(String, JSON)] {
        switch form {
        case .plain, .markdown:
            // Or the text in each of the site's languages: `{ja: …, en: …}`.
            let group = JSON.object([
                ("type", .string("object")),
                (
                    "description",
                    .string(
                        "the text in each of the site's languages (languages: in site.yaml), the default language's first"
                    )
                ),
                ("propertyNames", .object([("pattern", .string(SchemaPattern.languageCode))])),
                ("additionalProperties", .object([type(scalarTypes, nullable: false)])),
                ("minProperties", .int(1)),
            ])
            return [("anyOf", .array([.object([type(scalarTypes + extraTypes, nullable: nullable)]), group]))]
        case .id:
            return [
                type(["string", "integer"] + extraTypes, nullable: nullable), ("pattern", .string(SchemaPattern.id)),
            ]
        case .fieldName:
            return [
                type(["string", "boolean"] + extraTypes, nullable: nullable),
                ("pattern", .string(SchemaPattern.fieldName)),
            ]
        case .webAddress:
            return [type(["string"] + extraTypes, nullable: nullable), ("pattern", .string(SchemaPattern.webAddress))]
        case .localGovernmentCode:
            // Written without quotes, 074071 is the number 74071 to YAML tools (mieruka reads the text): only the largest is known.
            return [
                type(["string", "integer"] + extraTypes, nullable: nullable),
                ("pattern", .string(SchemaPattern.localGovernmentCode)),
                ("maximum", .int(479_999)),
            ]
        case .relativePath:
            return [
                type(scalarTypes + extraTypes, nullable: nullable), ("pattern", .string(SchemaPattern.relativePath)),
            ]
        case .coverImage:
            return [type(scalarTypes + extraTypes, nullable: nullable), ("pattern", .string(SchemaPattern.coverImage))]
        case .oneOf(let names):
            return [("enum", .array(names.map(JSON.string) + (nullable ? [.null] : [])))]
        }
    }

    static func valueSchema(_ value: SchemaValue, nullable: Bool) -> [(String, JSON)] {
        switch value {
        case .text(let form):
            return textSchema(form, nullable: nullable)
        case .link(let rule):
            return [type(["string"], nullable: nullable), ("pattern", .string(SchemaPattern.link(rule)))]
        case .email:
            return [type(["string"], nullable: nullable), ("pattern", .string(SchemaPattern.email))]
        case .integer(let range):
            var out = [type(["integer"], nullable: nullable)]
            if let range { out += [("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound))] }
            return out
        case .number:
            return [type(["number"], nullable: nullable)]
        case .boolean:
            return [type(["boolean"], nullable: nullable)]
        case .date:
            return [
                type(["string"], nullable: nullable), ("pattern", .string(SchemaPattern.date)),
                ("format", .string("date")),
            ]
        case .partialDate:
            // A full date must exist; a month alone is checked by the pattern.
            return [
                type(["string"], nullable: nullable), ("pattern", .string(SchemaPattern.partialDate)),
                ("if", .object([("minLength", .int(10))])), ("then", .object([("format", .string("date"))])),
            ]
        case .choice(let choices):
            return [
                ("enum", .array(choices.map { .string($0.value) } + (nullable ? [.null] : []))),
                (
                    "enumDescriptions",
                    .array(
                        choices.map { .string("\($0.japanese) — \($0.english)") }
                            + (nullable ? [.string("（書かないのと同じ） — the same as leaving the key out")] : []))
                ),
            ]
        case .texts(let form, let maxItems, let unique):
            var out = textSchema(form, nullable: nullable, extraTypes: ["array"])
            // The pattern (if any) applies to a single text; items get the text's own schema.
            out.append(("items", .object(textSchema(form, nullable: false))))
            if unique { out += [("minItems", .int(1)), ("uniqueItems", .bool(true))] }
            if let maxItems { out.append(("maxItems", .int(maxItems))) }
            return out
        case .list(let item, let minItems):
            var out = [type(["array"], nullable: nullable), ("items", .object(itemSchema(item)))]
            if let minItems { out.append(("minItems", .int(minItems))) }
            return out
        case .group(let g):
            return groupSchema(g, nullable: nullable, withTitle: false)
        case .freeGroup(let item):
            return [type(["object"], nullable: nullable), ("additionalProperties", .object(itemSchema(item)))]
        case .raw(let json):
            guard case .object(let pairs) = json else { return [] }
            return pairs
        case .oneOf(let forms):
            let branches =
                forms.map { JSON.object(itemSchema($0)) } + (nullable ? [.object([("type", .string("null"))])] : [])
            return [("anyOf", .array(branches))]
        }
    }

    /// A list item or a free group's value: never empty.
    static func itemSchema(_ value: SchemaValue) -> [(String, JSON)] {
        if case .group(let g) = value { return groupSchema(g, nullable: false, withTitle: true) }
        return valueSchema(value, nullable: false)
    }

    static func groupSchema(_ g: SchemaGroup, nullable: Bool, withTitle: Bool) -> [(String, JSON)] {
        var out: [(String, JSON)] = []
        if withTitle, let t = g.title { out.append(("title", .string(t))) }
        out.append(type(["object"], nullable: nullable))
        out.append(("properties", .object(g.keys.map { ($0.name, keySchema($0)) })))
        let required = g.keys.filter(\.required).map(\.name)
        if !required.isEmpty { out.append(("required", .array(required.map(JSON.string)))) }
        out.append(("additionalProperties", .bool(false)))
        if !g.exactlyOne.isEmpty {
            out.append(("oneOf", .array(g.exactlyOne.map { given($0) })))
        }
        if !g.rules.isEmpty {
            out.append(("allOf", .array(g.rules.map(ruleSchema))))
        }
        return out
    }

    /// "`key` is written, with a value".
    static func given(_ key: String) -> JSON {
        .object([
            ("required", .array([.string(key)])),
            ("properties", .object([(key, .object([("not", .object([("type", .string("null"))]))]))])),
        ])
    }

    static func ruleSchema(_ rule: SchemaRule) -> JSON {
        switch rule {
        case .onlyWhen(let key, let other, let values):
            return .object([
                (
                    "if",
                    .object([
                        ("required", .array([.string(key)])),
                        (
                            "properties",
                            .object([(key, .object([("not", .object([("enum", .array([.null, .bool(false)]))]))]))])
                        ),
                    ])
                ),
                (
                    "then",
                    .object([("properties", .object([(other, .object([("enum", .array(values.map(JSON.string)))]))]))])
                ),
            ])
        case .notWhen(let key, let other, let value):
            return .object([
                (
                    "if",
                    .object([
                        ("required", .array([.string(other)])),
                        ("properties", .object([(other, .object([("const", .string(value))]))])),
                    ])
                ),
                ("then", .object([("properties", .object([(key, .object([("type", .string("null"))]))]))])),
            ])
        }
    }
}
