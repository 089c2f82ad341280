import CoalitionModel
import Testing

/// Decodes one record from JSON text the way the loader does.
private func decode<T: JSONReadable>(_ type: T.Type, _ json: String) throws -> T {
    try RecordReading.read(type, fromJSON: json)
}

private let sourceJSON = #"{"publisher": "UNSD", "url": "https://unstats.un.org/", "reliability": "official"}"#

@Suite struct RecordDecodingTests {
    @Test func decodesAMinimalMeeting() throws {
        let meeting = try decode(Meeting.self, #"""
            {"id": "mtg-2014", "title": "Brussels", "kind": "defence-ministerial", "date": "2014", "textStatus": "not-found", "sources": [\#(sourceJSON)]}
            """#)
        #expect(meeting.id == "mtg-2014")
        #expect(meeting.title == "Brussels")
        #expect(meeting.kind == .defenceMinisterial)
        #expect(meeting.date == PartialDate("2014"))
        #expect(meeting.city == nil && meeting.country == nil && meeting.disputes == nil)
        #expect(!meeting.isVirtual)
        #expect(meeting.sources.map(\.publisher) == ["UNSD"])
    }

    @Test func decodesAMinimalResolution() throws {
        let resolution = try decode(Resolution.self, #"""
            {"id": "res-afg-2023-01", "session": "afg-2023", "document": "Summary", "order": 2, "summary": "S.",
             "wording": "media-quote", "themes": ["afghanistan-isis-k", "africa"], "regions": ["world"], "sources": [\#(sourceJSON)]}
            """#)
        #expect(resolution.parentID == "afg-2023")
        #expect(resolution.meeting == nil)
        #expect(resolution.order == 2)
        #expect(resolution.wording == .mediaQuote)
        #expect(resolution.themes == [.afghanistanIsisK, .africa])
        #expect(resolution.quote == nil && resolution.partial == nil)
    }

    @Test func decodesAMinimalSession() throws {
        let session = try decode(FocusGroupSession.self, #"""
            {"id": "afg-2021-rome", "number": 1, "title": "Rome", "date": "2021-06", "format": "Virtual",
             "virtual": true, "regions": ["africa"], "textStatus": "recorded", "sources": [\#(sourceJSON)]}
            """#)
        #expect(session.number == 1)
        #expect(session.date == PartialDate("2021-06"))
        #expect(session.virtual == true)
        #expect(session.coChairs == nil)
    }

    @Test func decodesAMinimalMemberAndJoinDate() throws {
        let member = try decode(Member.self, #"""
            {"id": "CENSAD", "name": "CEN-SAD", "kind": "organisation", "regions": ["africa"],
             "joined": {"after": "2018-02", "by": "2019-02", "note": "between two lists"}, "sources": [\#(sourceJSON)]}
            """#)
        #expect(member.kind == .organisation)
        #expect(member.joined?.after == PartialDate("2018-02"))
        #expect(member.joined?.by == PartialDate("2019-02"))
        #expect(member.joined?.on == nil)
        #expect(member.joined?.readable == "between Feb 2018 and Feb 2019")
    }

    @Test func decodesAMemberCount() throws {
        let count = try decode(MemberCount.self, #"{"date": "2015", "count": 60, "qualifier": "over", "sources": [\#(sourceJSON)]}"#)
        #expect(count.count == 60)
        #expect(count.qualifier == .over)
    }

    @Test func decodesAnAreaAndACountry() throws {
        let area = try decode(RegionArea.self, #"{"id": "africa", "m49": "002", "name": "Africa", "parent": "world", "sources": [\#(sourceJSON)]}"#)
        #expect(area.parent == "world")
        let country = try decode(Country.self, #"{"code": "XK", "name": "Kosovo", "area": "southern-europe", "note": "no M49 entry"}"#)
        #expect(country.m49 == nil)
        #expect(country.sources == nil)
        #expect(country.area == "southern-europe")
    }

    @Test func decodesASourceAndADispute() throws {
        let dispute = try decode(Dispute.self, #"""
            {"field": "memberCount", "values": [
              {"value": "84", "sources": [{"publisher": "MAP", "title": "T", "date": "2022-05-11", "reliability": "secondary"}]},
              {"value": "83", "sources": [{"publisher": "The Sun", "url": "https://example.org/x", "reliability": "weak", "note": "n"}]}
            ]}
            """#)
        #expect(dispute.field == "memberCount")
        #expect(dispute.values.map(\.value) == ["84", "83"])
        #expect(dispute.values[0].sources[0].date == PartialDate("2022-05-11"))
        #expect(dispute.values[1].sources[0].reliability == .weak)
    }

    @Test func treatsNullAsAnAbsentOptionalField() throws {
        let source = try decode(Source.self, #"{"publisher": "P", "title": "T", "url": null, "reliability": "official"}"#)
        #expect(source.url == nil)
    }

    @Test func rejectsAnUnknownFieldInANestedRecord() throws {
        let json = #"{"publisher": "P", "urll": "https://example.org", "reliability": "official"}"#
        #expect {
            try decode(Source.self, json)
        } throws: { error in
            guard let failure = error as? RecordReading.Failure else { return false }
            return failure.problems.map(\.message) == [#"unknown field "urll" (did you mean "url"?)"#]
                && failure.problems.map(\.pathText) == ["urll"]
        }
    }
}

/// Decoding errors as the loader reports them: the path to the field, the message, and the kind.
@Suite struct DecodingProblemTests {
    @Test func aMissingRequiredFieldNamesItsPath() throws {
        let report = try loadFixture { $0.meetings[0]["title"] = nil }
        #expect(report.problems.map(ReportedProblem.init) == [
            ReportedProblem(.meetings, "meetings[0].title", #"missing required field "title""#),
        ])
        #expect(report.problems.map(\.kind) == [.meaning])
        #expect(report.dataset == nil)
        #expect(!report.hasUnreadableInput)
    }

    @Test func aMissingFieldDeepInARecordNamesTheWholePath() throws {
        let problems = try problemsInFixture { $0.meetings[0]["sources"]![0]["publisher"] = nil }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].sources[0].publisher", #"missing required field "publisher""#)])
    }

    @Test(arguments: [
        ("title", FixtureJSON.number("5"), "expected a string, found a number"),
        ("title", .null, "expected a value, found null"),
        ("memberCount", "84", "expected a whole number, found a string"),
        ("memberCount", .number("84.5"), "expected a whole number, found 84.5"),
        ("memberCount", .number("1e3"), "expected a whole number, found 1e3"),
        ("memberCount", .number("99999999999999999999"), "number out of range: 99999999999999999999"),
        ("virtual", "yes", "expected true or false, found a string"),
        ("sources", FixtureJSON.object([]), "expected an array, found an object"),
        ("hosts", "one host", "expected an array, found a string"),
        ("date", "2022-13", #"not a valid date: "2022-13" (use YYYY, YYYY-MM or YYYY-MM-DD)"#),
    ])
    func aWrongTypeSaysWhatWasExpectedAndFound(field: String, value: FixtureJSON, message: String) throws {
        let problems = try problemsInFixture { $0.meetings[0][field] = value }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].\(field)", message)])
    }

    @Test func aMisspeltFieldIsRejectedWithAHint() throws {
        let problems = try problemsInFixture { $0.meetings[0]["tittle"] = "Marrakesh" }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].tittle", #"unknown field "tittle" (did you mean "title"?)"#)])
    }

    @Test func anUnknownFieldFarFromAnyNameGetsNoHint() throws {
        let problems = try problemsInFixture { $0.members[1]["xyzzy"] = true }
        #expect(problems == [ReportedProblem(.members, "members[1].xyzzy", #"unknown field "xyzzy""#)])
    }

    @Test func anUnknownFieldInsideANestedObjectIsRejected() throws {
        let problems = try problemsInFixture { $0.members[0]["joined"]!["onn"] = "2014" }
        #expect(problems == [ReportedProblem(.members, "members[0].joined.onn", #"unknown field "onn" (did you mean "on"?)"#)])
    }

    @Test func anUnknownMeetingKindListsTheValidOnes() throws {
        let problems = try problemsInFixture { $0.meetings[0]["kind"] = "ministeriel" }
        let valid = MeetingKind.allCases.map(\.rawValue).joined(separator: ", ")
        #expect(problems == [ReportedProblem(
            .meetings, "meetings[0].kind",
            #"unknown value "ministeriel" (did you mean "ministerial"?); expected one of: "# + valid)])
    }

    @Test func anUnknownThemeListsTheValidOnes() throws {
        let problems = try problemsInFixture { $0.resolutions[0]["themes"] = ["iraq-syria", "cooking"] }
        let valid = Theme.allCases.map(\.rawValue).joined(separator: ", ")
        #expect(problems == [ReportedProblem(
            .resolutions, "resolutions[0].themes[1]", #"unknown value "cooking"; expected one of: "# + valid)])
    }

    @Test func anUnknownReliabilityListsTheValidOnes() throws {
        let problems = try problemsInFixture { $0.meetings[0]["sources"]![0]["reliability"] = "oficial" }
        #expect(problems == [ReportedProblem(
            .meetings, "meetings[0].sources[0].reliability",
            #"unknown value "oficial" (did you mean "official"?); expected one of: official, secondary, weak"#)])
    }

    @Test func stringsAreSanitizedOnLoad() throws {
        let report = try loadFixture {
            $0.meetings[0]["title"] = "Marrakesh\u{1B}]0;owned\u{07}"
            $0.meetings[0]["hosts"] = ["Line one\nline two", "\u{202E}reversed"]
        }
        let meeting = try #require(report.dataset?.meetings.first)
        #expect(meeting.title == "Marrakesh^[]0;owned^G")
        #expect(meeting.hosts == ["Line one line two", "\\u{202E}reversed"])
    }

    @Test func controlCharactersInAFieldNameAreShownSafely() throws {
        let problems = try problemsInFixture { $0.meetings[0]["bad\u{1B}[2Jkey"] = 1 }
        #expect(problems.map(\.message) == [#"unknown field "bad^[[2Jkey""#])
        #expect(problems.map(\.path) == ["meetings[0].bad^[[2Jkey"])
    }

    @Test func oneBadRecordDoesNotHideTheNext() throws {
        let problems = try problemsInFixture {
            $0.meetings.append(DataFolderFixture.marrakeshMeeting)
            $0.meetings[1]["id"] = "mtg-2023-rome"
            $0.meetings[0]["date"] = nil
            $0.meetings[1]["kind"] = nil
        }
        #expect(problems == [
            ReportedProblem(.meetings, "meetings[0].date", #"missing required field "date""#),
            ReportedProblem(.meetings, "meetings[1].kind", #"missing required field "kind""#),
        ])
    }
}
