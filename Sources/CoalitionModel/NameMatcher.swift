/// Finds the valid name nearest to a mistyped one, for "did you mean …" hints.
public enum NameMatcher {
    /// The one candidate that is clearly closest, compared case-insensitively; nil when none is
    /// close enough or when two are equally close, since a wrong guess misleads more than none.
    ///
    /// Candidates whose length alone puts them out of reach are skipped before any comparison, and
    /// each comparison stops early once it cannot beat the limit, so a call costs about
    /// (candidates × word length × limit).
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        let limit = allowedDistance(forLength: target.count)
        var best: (name: String, distance: Int)?
        var tied = false
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= limit else { continue }
            guard let distance = distance(target, other, limit: limit) else { continue }
            if let current = best, distance == current.distance {
                if current.name.lowercased() != candidate.lowercased() { tied = true }
            } else if distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
                tied = false
            }
        }
        return tied ? nil : best?.name
    }

    /// One slip in a short word; a few in a long id, but never so many that another record matches.
    static func allowedDistance(forLength length: Int) -> Int {
        min(3, max(1, length / 4))
    }

    /// Optimal-string-alignment distance (a swap of two neighbours counts as one edit), or nil
    /// when it exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
