import MierukaCore

/// References between content files, with where each was written, so the
/// validator can point at the exact line of a dangling one.
final class References: @unchecked Sendable {
    var notes: [Located<String>] = []
    var tags: [Located<String>] = []
    var initiatives: [Located<String>] = []
    /// Partner names given by initiatives.
    var partners: [Located<String>] = []
    /// Chart blocks inside initiative bodies.
    var charts: [ChartReference] = []

    func record(initiative _: String, tags: [Located<String>], notes: [Located<String>], partners: [Located<String>]) {
        self.tags += tags
        self.notes += notes
        self.partners += partners
    }

    func record(note: Located<String>) { notes.append(note) }
    /// Chart blocks of translations, checked like their originals'.
    func add(charts more: [ChartReference]) { charts += more }
    func record(initiative: Located<String>) { initiatives.append(initiative) }
}
