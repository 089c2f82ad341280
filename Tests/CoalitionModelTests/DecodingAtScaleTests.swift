import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

/// Long lists are decoded in two halves, each straight into its stretch of the list; records that
/// fail leave gaps that are closed afterwards. Problems must still come in file order and every
/// later finding must name its record's place in the file, whichever half it lies in.
@Suite struct DecodingAtScaleTests {
    /// Enough statements for the list to be split; the fixture's own two come first.
    static let statementCount = 10_000
    static var listLength: Int { statementCount + 2 }
    /// Around the split (the first half holds `(listLength + 1) / 2` elements) and at both ends.
    static let failing = [2, listLength / 2 - 1, listLength / 2, listLength / 2 + 1, listLength - 1]
    static let emptySummaries = [listLength / 2 + 2, listLength - 2]
    /// A statement in the second half with the id of one in the first.
    static let repeatedID = (first: 3, again: 7_000)

    private static func statementID(_ index: Int) -> String { "res-2022-05-11-marrakesh-\(100_000 + index)" }

    private static func manyStatements(_ data: inout DataFolderFixture, broken: Bool) {
        for index in 2..<listLength {
            var statement = DataFolderFixture.marrakeshResolution
            statement["id"] = .string(statementID(index == repeatedID.again && broken ? repeatedID.first : index))
            statement["order"] = .number("\(index)")
            if broken, failing.contains(index) { statement["order"] = "first" }
            if broken, emptySummaries.contains(index) { statement["summary"] = " " }
            data.resolutions.append(statement)
        }
    }

    @Test func failedRecordsOnEitherSideOfTheSplitKeepLaterFindingsInPlace() throws {
        let problems = try problemsInFixture { Self.manyStatements(&$0, broken: true) }
        var expected = Self.failing.map { ReportedProblem(.resolutions, "resolutions[\($0)].order", "expected a whole number, found a string") }
        expected.append(ReportedProblem(.resolutions, "resolutions[\(Self.repeatedID.again)].id",
            #"duplicate id "\#(Self.statementID(Self.repeatedID.first))" (also at resolutions.json resolutions[\#(Self.repeatedID.first)])"#))
        expected += Self.emptySummaries.map { ReportedProblem(.resolutions, "resolutions[\($0)].summary", "must not be empty") }
        #expect(problems == expected)
    }

    @Test func aLongListReadsEveryRecordInFileOrder() throws {
        let report = try loadFixture { Self.manyStatements(&$0, broken: false) }
        #expect(report.problems.isEmpty)
        let ids = try #require(report.dataset).resolutions.map(\.id)
        #expect(ids.count == Self.listLength)
        #expect(Set(ids) == Set((2..<Self.listLength).map(Self.statementID)).union(["res-2022-05-11-marrakesh-01", "res-afg-2023-03-01-niamey-01"]))
    }

    /// A known word written with an escape is not matched on the file's bytes but read as text,
    /// with the same result.
    @Test func aKnownWordWithAnEscapeReadsAsItsText() throws {
        var fixture = DataFolderFixture()
        let text = try #require(fixture.texts.first { $0.name == DataFile.resolutions.fileName }?.text)
        #expect(text.contains(#""iraq-syria""#))
        fixture.rawText[.resolutions] = text.replacingOccurrences(of: #""iraq-syria""#, with: #""iraq\u002Dsyria""#)
        let report = try loadDataFolder(fixture.texts)
        #expect(report.problems.isEmpty)
        #expect(try #require(report.dataset).resolutions.contains { $0.themes == [.iraqSyria] })
    }
}
