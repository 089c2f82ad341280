@testable import CoalitionModel
import Testing

private let source = Source(publisher: "U.S. Department of State", title: "Partners", reliability: .official)

private func member(_ id: String, _ joined: JoinDate?) -> Member {
    Member(id: id, name: id, kind: .state, country: nil, joined: joined, sources: [source])
}

private func date(_ text: String) -> PartialDate { PartialDate(text)! }

@Suite struct MembershipGrowthTests {
    @Test func aByBoundIsKeptOnlyByFiltersHoldingEveryDayItCouldMean() {
        let byFeb2018 = JoinDate(by: date("2018-02"))
        #expect(!byFeb2018.isWithin(from: date("2014"), to: date("2014")))
        // The Coalition formed in September 2014, so "by Feb 2018" lies within 2014 to 2018.
        #expect(byFeb2018.isWithin(from: date("2014"), to: date("2018")))
        #expect(byFeb2018.isWithin(from: nil, to: date("2018-02")))
        #expect(!byFeb2018.isWithin(from: nil, to: date("2018-01")))
        let between = JoinDate(after: date("2018"), by: date("2019-02"))
        #expect(between.isWithin(from: date("2018"), to: nil))
        #expect(!between.isWithin(from: date("2018-06"), to: nil))
    }

    @Test func anExactAccessionIsKeptWhenAnyOfItsDaysIsWithin() {
        let may2016 = JoinDate(on: date("2016-05"))
        #expect(may2016.isWithin(from: date("2016-05-31"), to: nil))
        #expect(may2016.isWithin(from: nil, to: date("2016-05-01")))
        #expect(!may2016.isWithin(from: date("2016-06"), to: nil))
        #expect(JoinDate().isWithin(from: nil, to: nil))
        #expect(!JoinDate().isWithin(from: date("2014"), to: nil))
    }

    @Test func growthCountsExactAndByBoundsApartWithARunningTotal() {
        let dataset = Dataset(
            meetings: [], resolutions: [], sessions: [],
            members: [
                member("A", JoinDate(on: date("2014-09"))), member("B", JoinDate(on: date("2014-12-03"))),
                member("C", JoinDate(by: date("2015-06"))), member("D", JoinDate(after: date("2015"), by: date("2017-01"))),
                member("E", JoinDate(on: date("2017"))), member("F", nil),
            ],
            memberCounts: [
                MemberCount(date: date("2014-12"), count: 60, sources: [source]),
                MemberCount(date: date("2014-10"), count: 55, sources: [source]),
            ],
            areas: [], countries: []
        )
        #expect(dataset.membershipGrowth() == [
            MembershipYear(year: 2014, joined: 2, knownBy: 0, total: 2, stated: 60),
            MembershipYear(year: 2015, joined: 0, knownBy: 1, total: 3),
            MembershipYear(year: 2016, joined: 0, knownBy: 0, total: 3),
            MembershipYear(year: 2017, joined: 1, knownBy: 1, total: 5),
        ])
        #expect(dataset.undatedMembers == 1)
    }

    @Test func theLaneOfEveryMeetingKindIsOneRule() {
        #expect(TimelineLane.lane(for: .foreignDefenceMinisterial) == .ministerials)
        #expect(TimelineLane.lane(for: .smallGroupMinisterial) == .smallGroup)
        #expect(TimelineLane(commandName: "Members") == .membership)
        #expect(TimelineLane.marksAccession(JoinDate(on: date("2016-05"))))
        #expect(!TimelineLane.marksAccession(JoinDate(on: date("2016"))))
        #expect(!TimelineLane.marksAccession(JoinDate(by: date("2016-05"))))
    }
}

@Suite struct RecordOrderTests {
    @Test func ordersAreStableAndMissingValuesComeLast() {
        let dataset = Dataset(meetings: [], resolutions: [], sessions: [], members: [], memberCounts: [], areas: [], countries: [])
        let members = [
            member("b", JoinDate(by: date("2016"))), member("a", nil), member("c", JoinDate(on: date("2015-03"))),
            member("d", JoinDate(on: date("2015-03"))),
        ]
        let byJoining = dataset.ordered(members) { dataset.orderValue(of: $0, by: .joining) }
        #expect(byJoining.map(\.id) == ["c", "d", "b", "a"])
        let byName = dataset.ordered(members) { dataset.orderValue(of: $0, by: .name) }
        #expect(byName.map(\.id) == ["a", "b", "c", "d"])
    }
}
