import CoalitionModel

/// Why a row in view shows when its columns do not say: kept by the region filter only because it
/// is about a broader area ("via Africa", `RegionIndex.match`'s rule), or found by the search in a
/// field its list does not show ("matched in themes", from the record's labelled search fields).
enum RowNotes {
    /// The notes of the rows at these dataset indices, by index; rows needing none are left out.
    static func notes(_ pane: Pane, rows: ArraySlice<Int>, in state: AppState) -> [Int: String] {
        guard state.regionFilter != nil || !state.search.query.isEmpty else { return [:] }
        let dataset = state.dataset
        let shown = RecordRows.shownFields(pane)
        var notes: [Int: String] = [:]
        for index in rows {
            var parts: [String] = []
            if let region = state.regionFilter,
               case .viaBroader(let area)? = dataset.regions.match(dataset.places(of: pane.recordKind, at: index), region: region) {
                parts.append("via " + dataset.regions.name(of: area))
            }
            if state.isMatch(pane, row: index) {
                let fields = Dataset.fieldsMatching(state.search.query, in: dataset.searchFields(of: pane.recordKind, at: index))
                if !fields.contains(where: shown.contains), let first = fields.first { parts.append("matched in " + first.rawValue) }
            }
            if !parts.isEmpty { notes[index] = parts.joined(separator: ", ") }
        }
        return notes
    }
}
