import CoalitionModel
import CoalitionOutput
import Testing

@Suite("RecordFilter keeps records by region, kind, theme, date and text")
struct RecordFilterTests {
    let dataset: Dataset

    init() throws { dataset = try Fixtures.dataset() }

    private func ids(_ type: RecordType, region: String? = nil, kinds: [String] = [], themes: [String] = [],
                     from: String? = nil, to: String? = nil, search: String? = nil) throws -> [String] {
        let filter = try RecordFilter(for: type, in: dataset, region: region, kinds: kinds, themes: themes, from: from, to: to, search: search)
        return Fixtures.ids(filter.records(type, in: dataset))
    }

    @Test func noConditionKeepsEverything() throws {
        #expect(try ids(.meetings).count == 3)
        #expect(try ids(.members).count == 3)
    }

    @Test func regionMatchesAsTheDashboardDoesByNameOrCode() throws {
        #expect(try ids(.meetings, region: "Africa") == ["mtg-2022-05-11-marrakesh"])
        #expect(try ids(.meetings, region: "western-asia") == ["mtg-2014-12-03-brussels"])
        // A resolution lies where its session was held as well as where it concerns; one about
        // Africa as a whole is kept under Western Africa too, marked as kept via Africa.
        #expect(try ids(.resolutions, region: "western africa") == ["res-2022-05-11-marrakesh-01", "res-afg-2023-03-01-niamey-01"])
        let underWesternAfrica = try RecordFilter(for: .resolutions, in: dataset, region: "western africa").records(.resolutions, in: dataset)
        #expect(underWesternAfrica.viaBroaderCounts(region: "western-africa", in: dataset).map(\.area) == ["africa"])
        // An organisation of Africa as a whole shows under a country of Africa.
        #expect(try ids(.members, region: "NE") == ["NE", "CENSAD"])
    }

    @Test func kindFiltersMeetingsAndMembers() throws {
        #expect(try ids(.meetings, kinds: ["political-directors"]) == ["mtg-2022-12-political-directors"])
        #expect(try ids(.meetings, kinds: ["ministerial", "POLITICAL-DIRECTORS"]).count == 3)
        #expect(try ids(.members, kinds: ["organisation"]) == ["CENSAD"])
    }

    @Test func themeFiltersResolutions() throws {
        #expect(try ids(.resolutions, themes: ["africa"]) == ["res-2022-05-11-marrakesh-01", "res-afg-2023-03-01-niamey-01"])
    }

    @Test func datesKeepRecordsAnyOfWhoseDaysFallInside() throws {
        #expect(try ids(.meetings, from: "2022") == ["mtg-2022-05-11-marrakesh", "mtg-2022-12-political-directors"])
        #expect(try ids(.meetings, from: "2022-12-15") == ["mtg-2022-12-political-directors"])
        #expect(try ids(.meetings, to: "2014-12-03") == ["mtg-2014-12-03-brussels"])
        // A session running over two days is kept from its second day.
        #expect(try ids(.sessions, from: "2023-03-02") == ["afg-2023-03-01-niamey"])
    }

    @Test func resolutionsAreDatedByTheirMeetingOrSession() throws {
        #expect(try ids(.resolutions, from: "2023") == ["res-afg-2023-03-01-niamey-01"])
        #expect(try ids(.resolutions, to: "2014") == ["res-2014-12-03-brussels-01"])
    }

    @Test func membersAreDatedByWhenTheyJoinedAndUndatedOnesLeaveAnyDateFilter() throws {
        #expect(try ids(.members, from: "2014-09-30", to: "2014-09-30") == ["MA"])
        // Niger joined between 2018 and Feb 2019: kept only by bounds that hold that whole span.
        #expect(try ids(.members, from: "2018-06", to: "2018-06") == [])
        #expect(try ids(.members, from: "2018", to: "2019-02") == ["NE"])
        #expect(try ids(.members, to: "2019-01") == ["MA"])
        #expect(try ids(.members, from: "2019-03") == [])
    }

    @Test func searchIsCaseInsensitiveOverTheDashboardsSearchText() throws {
        #expect(try ids(.resolutions, search: "NUMBER ONE") == ["res-2022-05-11-marrakesh-01"])
        #expect(try ids(.meetings, search: "kerry") == ["mtg-2014-12-03-brussels"])
        #expect(try ids(.members, search: "sahel") == ["CENSAD"])
        #expect(Dataset.searchText(dataset.searchText(of: dataset.members[0]), contains: "northern africa"))
    }

    @Test func unknownNamesGetTheNearestValidOne() {
        func problem(_ make: () throws(UsageProblem) -> RecordFilter) -> UsageProblem? {
            do { _ = try make(); return nil } catch { return error }
        }
        let region = problem { () throws(UsageProblem) in try RecordFilter(for: .meetings, in: dataset, region: "Afrika") }
        #expect(region?.suggestion == "Africa")
        #expect(region?.lines.first == "coalition: unknown region \"Afrika\" (did you mean \"Africa\"?)")
        #expect(region?.validValues.contains("Western Africa") == true)
        let country = problem { () throws(UsageProblem) in try RecordFilter(for: .meetings, in: dataset, region: "Nigr") }
        #expect(country?.suggestion == "Niger")
        let kind = problem { () throws(UsageProblem) in try RecordFilter(for: .meetings, in: dataset, kinds: ["ministeral"]) }
        #expect(kind?.suggestion == "ministerial")
        let memberKind = problem { () throws(UsageProblem) in try RecordFilter(for: .members, in: dataset, kinds: ["org"]) }
        #expect(memberKind?.suggestion == "organisation")
        let theme = problem { () throws(UsageProblem) in try RecordFilter(for: .resolutions, in: dataset, themes: ["terrorist-finance"]) }
        #expect(theme?.suggestion == "terrorist-financing")
        #expect(theme?.lines.last?.hasPrefix("valid values: prevention, stabilization") == true)
    }

    @Test func optionsForTheWrongListAndBadDatesAreUsageProblems() {
        func problem(_ make: () throws(UsageProblem) -> RecordFilter) -> UsageProblem? {
            do { _ = try make(); return nil } catch { return error }
        }
        #expect(problem { () throws(UsageProblem) in try RecordFilter(for: .sessions, in: dataset, kinds: ["state"]) }?.message
            == "--kind filters meetings and members, not sessions")
        #expect(problem { () throws(UsageProblem) in try RecordFilter(for: .meetings, in: dataset, themes: ["africa"]) }?.message
            == "--theme filters resolutions, not meetings")
        #expect(problem { () throws(UsageProblem) in try RecordFilter(for: .meetings, in: dataset, from: "2022-13") }?.message
            == "--from takes YYYY, YYYY-MM or YYYY-MM-DD (got \"2022-13\")")
    }

    @Test func shippedDataFiltersAsTheDashboardCountsThem() throws {
        let shipped = try Fixtures.shipped()
        let africa = Fixtures.ids(try RecordFilter(for: .meetings, in: shipped, region: "Africa").records(.meetings, in: shipped))
        #expect(africa == shipped.meetings.filter { shipped.matches($0, region: "africa") }.map(\.id))
        #expect(!africa.isEmpty && africa.count < shipped.meetings.count)
        let priority = try RecordFilter(for: .resolutions, in: shipped, search: "Number One Priority").records(.resolutions, in: shipped)
        #expect(Fixtures.ids(priority).contains("res-2022-05-11-marrakesh-03"))
    }
}
