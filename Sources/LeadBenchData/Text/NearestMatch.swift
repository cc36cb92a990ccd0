/// Finds the candidate closest to a misspelt name, for "did you mean …" hints.
public enum NearestMatch {
    /// Returns the candidate with the smallest edit distance to `word` (case-insensitive), if it is close
    /// enough to be a plausible typo: at most a third of the longer word's length, and at least 1 edit
    /// allowed. Ties go to the earlier candidate.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            let distance = editDistance(target, other)
            let allowed = max(1, max(target.count, other.count) / 3)
            guard distance <= allowed else { continue }
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// The optimal-string-alignment distance: the fewest single-character insertions, deletions,
    /// substitutions and swaps of two neighbours that turn `a` into `b` (so `Titel` is one edit from
    /// `Title`). O(|a|·|b|) time and space.
    public static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
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

    /// A hint sentence: `did you mean "x"?` or, without a close match, the list of valid names.
    public static func hint(for word: String, among candidates: [String], noun: String = "key") -> String {
        if let match = suggestion(for: word, among: candidates) { return "did you mean \"\(match)\"?" }
        let shown = candidates.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
        return "valid \(noun)s: \(shown)\(candidates.count > 12 ? ", …" : "")"
    }
}
