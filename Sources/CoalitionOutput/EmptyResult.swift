import CoalitionModel

/// What `list` says when a filter keeps nothing: which conditions were set, and the nearest filter
/// that does keep something, found by loosening one condition at a time: the region first (each
/// broader area in turn), then the dates, the kinds and themes, and the search last.
public enum EmptyResult {
    public static func lines(_ type: RecordType, filter: RecordFilter, in dataset: Dataset) -> [String] {
        lines(plural: type.rawValue, singular: type.singular, conditions: conditions(filter, in: dataset),
              nearest: nearest(type, filter: filter, in: dataset))
    }

    /// The wording every command uses for an empty result: what was asked, then the nearest
    /// loosening with results (the options to type and how many it keeps), or that none has any.
    public static func lines(plural: String, singular: String, conditions: [String], nearest: (advice: String, count: Int)?) -> [String] {
        var lines = ["coalition: no \(plural) match " + (conditions.isEmpty ? ["(no filter)"] : conditions).joined(separator: ", ")]
        if let (advice, count) = nearest {
            lines.append("nearest with results: \(advice) (\(count) \(count == 1 ? singular : plural))")
        } else {
            lines.append("no loosening of one condition finds any \(plural) either")
        }
        return lines
    }

    /// The first loosening that keeps something, tried in order; each is counted only when the
    /// ones before it kept nothing.
    public static func firstWithResults(_ loosenings: [(advice: String, count: () -> Int)]) -> (advice: String, count: Int)? {
        for loosening in loosenings {
            let count = loosening.count()
            if count > 0 { return (loosening.advice, count) }
        }
        return nil
    }

    static func conditions(_ filter: RecordFilter, in dataset: Dataset) -> [String] {
        var parts: [String] = []
        if let region = filter.region { parts.append("region \(dataset.regions.name(of: region))") }
        if !filter.meetingKinds.isEmpty { parts.append("kind " + filter.meetingKinds.map(\.rawValue).sorted().joined(separator: " or ")) }
        if !filter.memberKinds.isEmpty { parts.append("kind " + filter.memberKinds.map(\.rawValue).sorted().joined(separator: " or ")) }
        if !filter.themes.isEmpty { parts.append("theme " + filter.themes.map(\.rawValue).sorted().joined(separator: " or ")) }
        if let from = filter.from { parts.append("from \(from)") }
        if let to = filter.to { parts.append("to \(to)") }
        if let search = filter.search, !search.isEmpty { parts.append("containing \"\(search)\"") }
        return parts
    }

    /// The first loosened filter that keeps records, as the options to type, and how many it keeps.
    static func nearest(_ type: RecordType, filter: RecordFilter, in dataset: Dataset) -> (advice: String, count: Int)? {
        var candidates: [(String, RecordFilter)] = []
        if let region = filter.region {
            for area in dataset.regions.broaderAreas(of: region) {
                var wider = filter
                wider.region = area
                candidates.append(("--region \"\(dataset.regions.name(of: area))\"", wider))
            }
            var anywhere = filter
            anywhere.region = nil
            candidates.append(("without --region", anywhere))
        }
        if filter.from != nil || filter.to != nil {
            var undated = filter
            undated.from = nil
            undated.to = nil
            candidates.append(("without --from and --to", undated))
        }
        if !filter.meetingKinds.isEmpty || !filter.memberKinds.isEmpty {
            var anyKind = filter
            anyKind.meetingKinds = []
            anyKind.memberKinds = []
            candidates.append(("without --kind", anyKind))
        }
        if !filter.themes.isEmpty {
            var anyTheme = filter
            anyTheme.themes = []
            candidates.append(("without --theme", anyTheme))
        }
        if filter.search != nil {
            var unsearched = filter
            unsearched.search = nil
            candidates.append(("without --search", unsearched))
        }
        return firstWithResults(candidates.map { advice, candidate in (advice, { candidate.records(type, in: dataset).count }) })
    }
}
