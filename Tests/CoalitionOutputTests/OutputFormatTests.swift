import CoalitionOutput
import Testing

@Test func everyFormatHasTheNameTheCommandLineAccepts() {
    #expect(OutputFormat.allCases.map(\.rawValue) == ["table", "json", "csv", "markdown"])
}
