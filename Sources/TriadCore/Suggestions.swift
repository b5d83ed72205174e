/// "Did you mean" look-ups for mistyped codes and slugs.
public enum Suggestions {
    /// The candidate closest to `text` by edit distance, ignoring case, if it is
    /// close enough to be a likely typo (at most a third of its length, at least one edit).
    public static func closest(to text: String, among candidates: [String]) -> String? {
        let target = Array(text.lowercased())
        let limit = max(1, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let lowered = Array(candidate.lowercased())
            if lowered.starts(with: target), target.count >= 3, best == nil {
                best = (candidate, limit)
            }
            let distance = editDistance(target, lowered)
            if distance <= limit, distance < best?.distance ?? .max {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Damerau-Levenshtein distance (optimal string alignment): a swapped pair of letters is one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
