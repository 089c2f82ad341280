import CoalitionModel
import CoalitionOutput
import Testing

@Suite("stats: counts by kind, year, region and theme, with bars")
struct StatisticsTests {
    private func section(_ key: String, _ statistics: Statistics) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: (statistics.sections.first { $0.key == key }?.counts ?? []).map { ($0.key, $0.count) })
    }

    @Test func fixtureCounts() throws {
        let statistics = Statistics(try Fixtures.dataset())
        #expect(section("records", statistics) == ["meetings": 3, "resolutions": 3, "sessions": 1, "members": 3])
        #expect(section("meetingsByKind", statistics)["ministerial"] == 2)
        #expect(section("membersByKind", statistics) == ["state": 2, "organisation": 1])
        // Years without meetings stay in, so the chart reads as a timeline.
        #expect(section("meetingsByYear", statistics).count == 10)
        #expect(section("meetingsByYear", statistics)["2018"] == 0)
        #expect(section("resolutionsByYear", statistics)["2023"] == 1)
        #expect(section("membersJoinedByYear", statistics) == ["2014": 1])
        #expect(section("resolutionsByTheme", statistics)["africa"] == 2)
        #expect(section("recordsByRegion", statistics)["africa"] == 7)
    }

    @Test func barsScaleToTheLargestAndShowAnyNonZero() {
        #expect(BarChart.bar(10, maximum: 10, width: 4, ascii: false) == "████")
        #expect(BarChart.bar(5, maximum: 10, width: 3, ascii: false) == "█▌")
        #expect(BarChart.bar(1, maximum: 1000, width: 30, ascii: false) == "▏")
        #expect(BarChart.bar(0, maximum: 10, width: 30, ascii: false) == "")
        #expect(BarChart.bar(5, maximum: 10, width: 4, ascii: true) == "##")
    }

    @Test func textHasATitleAndAlignedRowsPerSection() throws {
        let lines = StatisticsReport.text(Statistics(try Fixtures.dataset()), ascii: true)
        #expect(Array(lines.prefix(5)) == [
            "Records",
            "  meetings     3  ##############################",
            "  resolutions  3  ##############################",
            "  sessions     1  ##########",
            "  members      3  ##############################",
        ])
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func markdownAndJSON() throws {
        let statistics = Statistics(try Fixtures.dataset())
        let markdown = StatisticsReport.markdown(statistics, ascii: false)
        #expect(Array(markdown.prefix(4)) == ["## Records", "", "| records | count | chart |", "|---|---:|---|"])
        let json = try StatisticsReport.json(statistics)
        guard case .object(let sections) = try StrictJSONParser.parse(Array(json.utf8)).value else {
            Issue.record("not an object")
            return
        }
        #expect(sections.map(\.key) == sections.map(\.key).sorted())
        guard case .object(let records) = sections.first(where: { $0.key == "records" })?.node.value,
              case .number(let meetings) = records.first(where: { $0.key == "meetings" })?.node.value else {
            Issue.record("no count of meetings")
            return
        }
        #expect(meetings == "3")
    }

    @Test func shippedStatisticsAddUp() throws {
        let dataset = try Fixtures.shipped()
        let statistics = Statistics(dataset)
        #expect(section("meetingsByKind", statistics).values.reduce(0, +) == dataset.meetings.count)
        #expect(section("resolutionsByYear", statistics).values.reduce(0, +) == dataset.resolutions.count)
        #expect(section("meetingsByYear", statistics).values.reduce(0, +) == dataset.meetings.count + dataset.sessions.count)
    }
}

@Suite struct BarChartExtremeTests {
    @Test func barsHoldForCountsNearIntMax() {
        #expect(BarChart.bar(Int.max, maximum: Int.max, width: 30, ascii: true) == String(repeating: "#", count: 30))
        #expect(BarChart.bar(Int.max / 2, maximum: Int.max, width: 30, ascii: false).isEmpty == false)
        #expect(BarChart.bar(1, maximum: Int.max, width: 30, ascii: true) == "#")
        #expect(BarChart.bar(Int.max, maximum: 1, width: 30, ascii: true) == String(repeating: "#", count: 30))
    }
}
