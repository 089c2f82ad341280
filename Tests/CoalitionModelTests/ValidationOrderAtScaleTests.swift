import CoalitionModel
import Testing

/// Validation splits long lists between cores; the findings must still come in file order, each
/// record's in the order of its checks, with the first 20 "did you mean" hints of a group.
@Suite struct ValidationOrderAtScaleTests {
    /// Enough statements for several chunks of the split, with problems on either side of where
    /// chunks could end.
    static let statementCount = 10_000
    static let repeatedOrders = [4_095, 4_096, 4_097, 8_191, 8_192, 9_999]
    static let brokenLinks = Array(stride(from: 3, to: statementCount, by: 400))

    @Test func findingsOfManyStatementsComeInFileOrder() throws {
        let problems = try problemsInFixture { data in
            for index in 2..<(Self.statementCount + 2) {
                var statement = DataFolderFixture.marrakeshResolution
                statement["id"] = .string("res-2022-05-11-marrakesh-\(100_000 + index)")
                statement["order"] = .number("\(index)")
                if Self.repeatedOrders.contains(index) {
                    statement["id"] = .string("res-2022-05-11-marrakesh-x\(index)")
                    statement["order"] = 2
                    statement["summary"] = " "
                }
                if Self.brokenLinks.contains(index) { statement["meeting"] = "mtg-2022-05-11-marrakesx" }
                data.resolutions.append(statement)
            }
        }
        var expected: [ReportedProblem] = []
        var hinted = 0
        for index in 2..<(Self.statementCount + 2) {
            let path = "resolutions[\(index)]"
            if Self.repeatedOrders.contains(index) {
                expected.append(ReportedProblem(.resolutions, path + ".id",
                    #"id "res-2022-05-11-marrakesh-x\#(index)" should be "res-2022-05-11-marrakesh-NN", after its text's id"#))
                expected.append(ReportedProblem(.resolutions, path + ".order", "order 2 is used twice in the same text (also resolutions[2])"))
                expected.append(ReportedProblem(.resolutions, path + ".summary", "must not be empty"))
            }
            if Self.brokenLinks.contains(index) {
                let hint = hinted < 20 ? #" (did you mean "mtg-2022-05-11-marrakesh"?)"# : ""
                hinted += 1
                expected.append(ReportedProblem(.resolutions, path + ".meeting", #"no meeting has the id "mtg-2022-05-11-marrakesx""# + hint))
            }
        }
        #expect(Self.brokenLinks.count > 20)
        #expect(problems == expected)
    }
}
