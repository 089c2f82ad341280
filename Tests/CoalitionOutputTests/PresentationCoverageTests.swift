import CoalitionModel
import Testing

/// Adding a field to a record and forgetting to show it fails here: every stored property of each
/// record type must be one the presentation reads (see docs/architecture.md, "Adding a field").
@Suite("The presentation shows every field of every record type")
struct PresentationCoverageTests {
    let dataset: Dataset

    init() throws { dataset = try Fixtures.dataset() }

    @Test func everyFieldOfEveryRecordTypeIsPresented() throws {
        let records: [(Any, String)] = [
            (try #require(dataset.meetings.first), try #require(dataset.meetings.first?.id)),
            (try #require(dataset.resolutions.first), try #require(dataset.resolutions.first?.id)),
            (try #require(dataset.sessions.first), try #require(dataset.sessions.first?.id)),
            (try #require(dataset.members.first), try #require(dataset.members.first?.id)),
        ]
        for (record, id) in records {
            let presentation = try #require(RecordPresentation(id: id, in: dataset))
            let fields = Mirror(reflecting: record).children.compactMap(\.label)
            let missing = fields.filter { !presentation.presentedFields.contains($0) }
            #expect(missing.isEmpty, "\(type(of: record)) fields not in RecordPresentation: \(missing)")
        }
    }
}
