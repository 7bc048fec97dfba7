/// "Did you mean …?" for misspelt keys, ids and names.
public enum Suggest {
    /// The name the author probably meant, the one "did you mean" policy of
    /// mieruka: the closest candidate within a small edit distance, or else
    /// the one candidate that contains what was written or is contained in
    /// it ('popu' → 'population', 'コニカミノルタ' → 'コニカミノルタ株式会社'),
    /// ignoring case; nil when there is no such candidate or more than one.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, word.count / 3 + 1))
        let lower = word.lowercased()
        var best: (String, Int)?
        var containing: [String] = []
        for c in candidates {
            let cl = c.lowercased()
            let d = distance(lower, cl)
            // Changing every letter of a short word is not a near miss ('年' is not 'n').
            if d <= limit && d < max(word.count, c.count) && (best == nil || d < best!.1) { best = (c, d) }
            if word.count >= 2, c.count >= 2, cl != lower, cl.contains(lower) || lower.contains(cl) {
                containing.append(c)
            }
        }
        if let best { return best.0 }
        return containing.count == 1 ? containing[0] : nil
    }

    /// `; did you mean 'status'?` or the empty string.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        didYouMean(closest(to: word, in: candidates))
    }

    /// `; did you mean 'status'?` for a suggestion already found, or the empty string.
    public static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Damerau–Levenshtein distance (optimal string alignment), by characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
