import CoalitionModel

extension RecordPresentation {
    /// The record with this id; an id that differs only in case ("ma" for "MA") is accepted.
    public static func named(_ typed: String, in dataset: Dataset) throws(UsageProblem) -> RecordPresentation {
        if let detail = RecordPresentation(id: typed, in: dataset) { return detail }
        let ids = dataset.meetings.map(\.id) + dataset.resolutions.map(\.id) + dataset.sessions.map(\.id) + dataset.members.map(\.id)
        let sameButCase = ids.filter { $0.lowercased() == typed.lowercased() }
        if sameButCase.count == 1, let detail = RecordPresentation(id: sameButCase[0], in: dataset) { return detail }
        throw UsageProblem(
            message: "no record has the id \"\(typed)\"",
            suggestion: NameMatcher.nearest(to: typed, in: ids),
            hint: "ids are in the first column of: coalition list meetings|resolutions|sessions|members"
        )
    }
}
