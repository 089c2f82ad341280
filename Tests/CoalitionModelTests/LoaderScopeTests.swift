import CoalitionModel
import Foundation
import Testing

private let shippedFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("data").path

/// A command reads only the files it shows and those they link to, and checks all of them.
@Suite struct LoaderScopeTests {
    @Test func eachFileLoadedAloneGivesTheRecordsAFullLoadGives() throws {
        let full = try #require(DatasetLoader.load(directory: shippedFolder).dataset)
        for file in DataFile.allCases {
            let read = DataFile.closure(of: [file])
            let partial = try #require(DatasetLoader.load(directory: shippedFolder, showing: [file]).dataset, "\(file)")
            #expect(partial.meetings == (read.contains(.meetings) ? full.meetings : []), "\(file)")
            #expect(partial.resolutions == (read.contains(.resolutions) ? full.resolutions : []), "\(file)")
            #expect(partial.sessions == (read.contains(.sessions) ? full.sessions : []), "\(file)")
            #expect(partial.members == (read.contains(.members) ? full.members : []), "\(file)")
            #expect(partial.memberCounts == (read.contains(.members) ? full.memberCounts : []), "\(file)")
            #expect(partial.areas == full.areas && partial.countries == full.countries, "\(file)")
        }
    }

    @Test func theClosureFollowsEveryLink() {
        #expect(DataFile.closure(of: [.meetings]) == [.meetings, .regions])
        #expect(DataFile.closure(of: [.resolutions]) == [.resolutions, .meetings, .sessions, .members, .regions])
        #expect(DataFile.closure(of: [.members]) == [.members, .regions])
    }

    @Test func aMeetingsListDoesNotReadStatements() throws {
        let report = try loadFixture(showing: [.meetings]) { fixture in
            fixture.omitted = [.resolutions]
            fixture.rawText[.sessions] = "{ not json"
        }
        #expect(report.problems.isEmpty)
        #expect(report.dataset?.meetings.map(\.id) == ["mtg-2022-05-11-marrakesh"])
        // The same folder, read whole, is refused.
        #expect(try loadFixture { $0.omitted = [.resolutions] }.dataset == nil)
    }

    @Test func whatAMeetingsListShowsIsStillChecked() throws {
        let badMeeting = try loadFixture(showing: [.meetings]) { $0.meetings[0]["country"] = "ZZ" }
        #expect(badMeeting.dataset == nil)
        #expect(badMeeting.problems.map(ReportedProblem.init).map(\.path) == ["meetings[0].country"])
        let badRegion = try loadFixture(showing: [.meetings]) { $0.countries[0]["area"] = "nowhere" }
        #expect(badRegion.dataset == nil)
        #expect(badRegion.problems.map(ReportedProblem.init).contains { $0.file == "regions.json" })
    }

    @Test func aRecordedTextIsCheckedAgainstItsStatementsOnlyWhenTheyAreRead() throws {
        let change: (inout DataFolderFixture) -> Void = { fixture in
            fixture.resolutions = [DataFolderFixture.niameyResolution]
        }
        let whole = try loadFixture(change)
        #expect(whole.problems.map(ReportedProblem.init).map(\.path) == ["meetings[0].textStatus"])
        #expect(try loadFixture(showing: [.meetings], change).problems.isEmpty)
    }
}
