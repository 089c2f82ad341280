import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

/// Loads the shipped data once for all tests of the suite.
private let shippedReport = DatasetLoader.load(directory: shippedDataFolder)

/// Checks that the data shipped in `data/` is valid and says what the reference says.
@Suite struct ShippedDataTests {
    private var dataset: Dataset {
        get throws { try #require(shippedReport.dataset, "the shipped data has problems") }
    }

    /// How many elements each top-level array of a shipped file holds, counted by the parser alone.
    private func arrayLengths(in file: DataFile) throws -> [String: Int] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: shippedDataFolder + "/" + file.fileName)))
        guard case .object(let members) = try StrictJSONParser.parse(bytes).value else {
            Issue.record("\(file.fileName) is not an object")
            return [:]
        }
        var lengths: [String: Int] = [:]
        for member in members {
            if case .array(let elements) = member.node.value { lengths[member.key] = elements.count }
        }
        return lengths
    }

    @Test func hasNoProblems() {
        #expect(shippedReport.problems.map(\.description) == [])
    }

    @Test func countsMatchTheFiles() throws {
        let dataset = try dataset
        let meetings = try arrayLengths(in: .meetings)
        let resolutions = try arrayLengths(in: .resolutions)
        let sessions = try arrayLengths(in: .sessions)
        let members = try arrayLengths(in: .members)
        let regions = try arrayLengths(in: .regions)
        let expected: [(kind: String, count: Int?)] = [
            ("meetings", meetings["meetings"]), ("resolutions", resolutions["resolutions"]),
            ("Africa Focus Group sessions", sessions["sessions"]), ("members", members["members"]),
            ("member counts", members["memberCounts"]), ("regions", regions["areas"]), ("countries", regions["countries"]),
            ("analyst regions", regions["groupings"]),
        ]
        #expect(shippedReport.counts.map(\.kind) == expected.map(\.kind))
        #expect(shippedReport.counts.map(\.count) == expected.map(\.count))
        #expect(dataset.meetings.count == meetings["meetings"])
        #expect(dataset.resolutions.count == resolutions["resolutions"])
        #expect(dataset.sessions.count == sessions["sessions"])
        #expect(dataset.members.count == members["members"])
        #expect(dataset.memberCounts.count == members["memberCounts"])
        #expect(dataset.areas.count == regions["areas"])
        #expect(dataset.countries.count == regions["countries"])
        #expect(dataset.regionSources.count == regions["sources"])
    }

    @Test func theMarrakeshMinisterialIsInMoroccoWithItsFirstsAndCountDispute() throws {
        let meeting = try #require(try dataset.meeting(id: "mtg-2022-05-11-marrakesh"))
        #expect(meeting.country == "MA")
        #expect(meeting.date == PartialDate("2022-05-11"))
        #expect(!(meeting.firsts ?? []).isEmpty)
        let dispute = try #require(meeting.disputes?.first { $0.field == "memberCount" })
        let values = Set(dispute.values.map(\.value))
        #expect(values.isSuperset(of: ["84", "83"]))
        #expect(meeting.memberCount.map(String.init).map(values.contains) == true)
    }

    @Test func theMarrakeshPriorityResolutionHasAQuoteDispute() throws {
        let resolution = try #require(try dataset.resolution(id: "res-2022-05-11-marrakesh-03"))
        #expect(resolution.meeting == "mtg-2022-05-11-marrakesh")
        let dispute = try #require(resolution.disputes?.first { $0.field == "quote" })
        #expect(Set(dispute.values.map(\.value)).isSuperset(of: ["the number one priority", "a priority"]))
    }

    @Test func everyRecordHasASource() throws {
        let dataset = try dataset
        let unsourced: [String] =
            dataset.meetings.filter { $0.sources.isEmpty }.map(\.id)
            + dataset.resolutions.filter { $0.sources.isEmpty }.map(\.id)
            + dataset.sessions.filter { $0.sources.isEmpty }.map(\.id)
            + dataset.members.filter { $0.sources.isEmpty }.map(\.id)
            + dataset.memberCounts.filter { $0.sources.isEmpty }.map { "count of \($0.date)" }
            + dataset.areas.filter { $0.sources.isEmpty }.map(\.id)
        #expect(unsourced == [])
        #expect(!dataset.regionSources.isEmpty)
    }

    @Test func everyResolutionBelongsToAnExistingMeetingOrSession() throws {
        let dataset = try dataset
        let orphans = dataset.resolutions.filter { resolution in
            guard let parent = resolution.parentID else { return true }
            return dataset.meeting(id: parent) == nil && dataset.session(id: parent) == nil
        }
        #expect(orphans.map(\.id) == [])
    }

    @Test func theAfricaFilterMatchesMarrakeshButNotBrussels() throws {
        let dataset = try dataset
        let marrakesh = try #require(dataset.meeting(id: "mtg-2022-05-11-marrakesh"))
        let brussels = try #require(dataset.meeting(id: "mtg-2014-12-03-brussels"))
        #expect(dataset.matches(marrakesh, region: "africa"))
        #expect(!dataset.matches(brussels, region: "africa"))
    }

    @Test func subSaharanAfricaHoldsNigerButNotMorocco() throws {
        let regions = try dataset.regions
        #expect(regions.place("NE", liesWithin: "sub-saharan-africa"))
        #expect(!regions.place("MA", liesWithin: "sub-saharan-africa"))
        #expect(regions.place("MA", liesWithin: "africa"))
    }

    @Test func everyCountryLiesWithinTheWorld() throws {
        let regions = try dataset.regions
        let outside = regions.countries.keys.filter { !regions.place($0, liesWithin: "world") }
        #expect(outside.sorted() == [])
    }
}
