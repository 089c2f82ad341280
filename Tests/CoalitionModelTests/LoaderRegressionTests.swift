import CoalitionModel
import Testing

/// Bugs found by review, kept as tests so they stay fixed.
@Suite struct LoaderRegressionTests {
    /// DatasetLoader drops a record that fails to decode, and Validator numbers the records it
    /// checks by their place in what remains, so every later record is reported one place too early.
    @Test
    func aValidationProblemAfterAnUndecodableRecordKeepsItsOwnIndex() throws {
        let problems = try problemsInFixture {
            $0.meetings.append(DataFolderFixture.marrakeshMeeting)
            $0.meetings[0]["title"] = nil
            $0.meetings[1]["id"] = "mtg-2023-rome"
            $0.meetings[1]["endDate"] = "2022-05-10"
        }
        #expect(problems == [
            ReportedProblem(.meetings, "meetings[0].title", #"missing required field "title""#),
            ReportedProblem(.meetings, "meetings[1].endDate", "ends (2022-05-10) before it starts (2022-05-11)"),
        ])
    }

    /// Area parents are checked even when an area failed to decode, so one broken area also shows
    /// up as a dangling parent in every area below it.
    @Test
    func anUndecodableAreaIsReportedOnce() throws {
        let problems = try problemsInFixture { $0.areas[0]["name"] = nil }
        #expect(problems == [ReportedProblem(.regions, "areas[0].name", #"missing required field "name""#)])
    }

    /// Dataset sorts resolutions with a comparator that falls back to file order between texts of
    /// the same date but to `order` within a text; the two disagree, so the sort is not a strict
    /// weak ordering and a text's statements can come out of order.
    @Test
    func statementsOfATextStayInOrderWhenAnotherTextSharesItsDate() throws {
        let report = try loadFixture { data in
            var second = DataFolderFixture.marrakeshResolution
            second["id"] = "res-2022-05-11-marrakesh-02"
            second["order"] = 2
            data.sessions[0]["date"] = "2022-05-11"
            data.resolutions = [second, DataFolderFixture.niameyResolution, DataFolderFixture.marrakeshResolution]
        }
        let dataset = try #require(report.dataset)
        #expect(dataset.resolutions(of: "mtg-2022-05-11-marrakesh").map(\.order) == [1, 2])
    }
}
