import MierukaCore

extension Loader {
    /// What to do about a file name or id that cannot be used in a web
    /// address: the name it could have (`About.md` → `about.md`,
    /// `Seal Abolition.yaml` → `seal-abolition.yaml`), or an example when
    /// nothing usable is left (a name in Japanese).
    /// - Parameter file: whether `name` is a file name, whose extension is kept.
    static func renameHint(_ name: String, example: String, file: Bool = true) -> String {
        let dot = file ? (name.lastIndex(of: ".") ?? name.endIndex) : name.endIndex
        let stem = name[..<dot], ext = name[dot...]
        if let out = Slug.make(from: String(stem)) {
            return "\(file ? "rename the file to" : "change it to") '\(out)\(ext)'"
        }
        return "use only lowercase letters a–z, digits and hyphens, e.g. '\(example)'"
    }
}
