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
        var out = ""
        for scalar in stem.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if " _-.\u{3000}".unicodeScalars.contains(scalar), !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if Slug.isValid(out) { return "\(file ? "rename the file to" : "change it to") '\(out)\(ext)'" }
        return "use only lowercase letters a–z, digits and hyphens, e.g. '\(example)'"
    }
}
