import CoalitionModel
import Testing

/// Rules on the M49 tree in regions.json. Each test breaks one rule of the minimal fixture.
@Suite struct ValidationRegionRuleTests {
    @Test func anAreaWithAnUnknownParentIsReported() throws {
        let problems = try problemsInFixture { $0.areas[4]["parent"] = "sub-sahara-africa" }
        #expect(problems == [ReportedProblem(.regions, "areas[4].parent", #"no area has the id "sub-sahara-africa" (did you mean "sub-saharan-africa"?)"#)])
    }

    @Test(.timeLimit(.minutes(1)))
    func aParentLoopIsReportedAndDoesNotHang() throws {
        let problems = try problemsInFixture { $0.areas[1]["parent"] = "western-africa" }
        #expect(problems.count == 1, "one loop, one problem: \(problems)")
        #expect(problems.first?.path == "areas[1].parent")
        #expect(problems.first?.message.hasPrefix("the parents of 3 areas form a loop: africa → ") == true)
    }

    @Test(arguments: ["2", "0022", "00a", "", "٠٠٢"])
    func aBadM49CodeIsReported(code: String) throws {
        let problems = try problemsInFixture { $0.areas[1]["m49"] = .string(code) }
        #expect(problems == [ReportedProblem(.regions, "areas[1].m49", #"an M49 code has three digits, found "\#(code)""#)])
    }

    @Test func aCountryInAnUnknownAreaIsReported() throws {
        let problems = try problemsInFixture { $0.countries[1]["area"] = "west-africa" }
        #expect(problems == [ReportedProblem(.regions, "countries[1].area", #"no area has the id "west-africa""#)])
    }

    @Test func aCountryCodeThatIsNotTwoCapitalsIsReported() throws {
        let problems = try problemsInFixture { data in
            data.countries.append(["code": "fr", "m49": "250", "name": "France", "area": "western-europe"])
        }
        #expect(problems == [ReportedProblem(.regions, "countries[4].code", #"code "fr" must be two capital letters (ISO 3166-1 alpha-2)"#)])
    }
}
