import CoalitionModel
import CoalitionOutput
import Testing

@Suite("Unknown names are reported with the nearest valid one")
struct UsageProblemTests {
    @Test func formatsAreChosenInAnyCase() throws {
        #expect(try OutputFormat.named("CSV", as: "format") == .csv)
        #expect(try DocumentFormat.named("markdown", as: "format") == .markdown)
        #expect(try RecordType.named("Members", as: "record type") == .members)
    }

    @Test func anUnknownFormatNamesTheNearestAndEveryValidOne() {
        #expect(throws: UsageProblem(message: "unknown format \"jsn\"", suggestion: "json", validValues: ["table", "json", "csv", "markdown"])) {
            try OutputFormat.named("jsn", as: "format")
        }
        do {
            _ = try TreeFormat.named("csv", as: "format")
        } catch {
            #expect(error.lines == ["coalition: unknown format \"csv\"", "valid values: table, json, markdown"])
        }
    }

    @Test func aSingularRecordTypeSuggestsThePlural() {
        do {
            _ = try RecordType.named("meeting", as: "record type")
        } catch {
            #expect(error.suggestion == "meetings")
        }
    }

    @Test func aNameWithLettersDroppedSuggestsTheOnlyOneThatHoldsThem() {
        #expect(UsageProblem.unknown("record type", "meting", valid: RecordType.allCases.map(\.rawValue)).suggestion == "meetings")
        #expect(UsageProblem.unknown("command", "shw", valid: ["show", "stats", "list"]).suggestion == "show")
        // Letters two names hold in order suggest neither.
        #expect(UsageProblem.unknown("record type", "mes", valid: RecordType.allCases.map(\.rawValue)).suggestion == nil)
    }

    @Test func typedTextIsShownSafely() {
        let problem = UsageProblem.unknown("region", "bad\u{1B}[2J", valid: ["Africa"])
        #expect(problem.lines[0] == "coalition: unknown region \"bad^[[2J\"")
    }
}
