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

    /// `stats --region` counts what `list --region` lists, type by type, for every region of the
    /// shipped data with records; the chart sections add up to those counts, and no total stated
    /// for the whole Coalition is set beside a region's members.
    @Test func aRegionCountsWhatListShowsForIt() throws {
        let dataset = try Fixtures.shipped()
        let whole = Statistics(dataset)
        var regionsWithRecords = 0
        for region in ["africa", "sahel-uniss", "western-asia", "IQ", "NE", "europe"] {
            let statistics = Statistics(dataset, region: region)
            var filter = RecordFilter()
            filter.region = region
            let counts = Dictionary(uniqueKeysWithValues: RecordType.allCases.map { ($0.rawValue, filter.records($0, in: dataset).count) })
            #expect(section("records", statistics) == counts, "\(region)")
            #expect(section("meetingsByKind", statistics).values.reduce(0, +) == counts["meetings"])
            #expect(section("membersByKind", statistics).values.reduce(0, +) == counts["members"])
            #expect(section("resolutionsByYear", statistics).values.reduce(0, +) == counts["resolutions"])
            #expect(statistics.membershipGrowth.allSatisfy { $0.stated == nil })
            #expect(statistics.region == region && statistics.regionName == dataset.regions.name(of: region))
            if counts.values.reduce(0, +) > 0 { regionsWithRecords += 1 }
            #expect(section("records", statistics).values.reduce(0, +) < section("records", whole).values.reduce(0, +))
        }
        #expect(regionsWithRecords >= 4)
        #expect(whole.region == nil && whole.membershipGrowth.contains { $0.stated != nil })
    }

    /// The report says what a region's counts cover, first, in every format; without a region it
    /// starts as it always has.
    @Test func aRegionsReportSaysWhatItCounts() throws {
        let dataset = try Fixtures.shipped()
        let statistics = Statistics(dataset, region: "sahel-uniss")
        let name = dataset.regions.name(of: "sahel-uniss")
        #expect(StatisticsReport.text(statistics, ascii: true).first?.hasPrefix("Counting the records in \(name) and those about a broader area") == true)
        #expect(StatisticsReport.text(statistics, ascii: true)[1...2] == ["", "Records"])
        #expect(StatisticsReport.markdown(statistics, ascii: true)[1...2] == ["", "## Records"])
        #expect(try StatisticsReport.json(statistics).contains("\"region\" : \"sahel-uniss\""))
        #expect(StatisticsReport.text(Statistics(dataset), ascii: true).first == "Records")
        #expect(try !StatisticsReport.json(Statistics(dataset)).contains("\"region\""))
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
