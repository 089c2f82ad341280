import CoalitionModel
import CoalitionOutput
import Testing

@Suite("TableWriter aligns columns and fits the terminal")
struct TableWriterTests {
    let table = Table(
        columns: [.init("id"), .init("title", shrinks: true), .init("n", alignment: .right)],
        rows: [["a", "A long title that will not fit", "7"], ["bb", "東京会合", "12"]]
    )

    @Test func withoutAWidthNothingIsCut() {
        #expect(TableWriter.lines(table, width: nil) == [
            "id  title                            n",
            "--  ------------------------------  --",
            "a   A long title that will not fit   7",
            "bb  東京会合                        12",
        ])
    }

    @Test func aNarrowTerminalCutsTheShrinkingColumnsOnly() {
        let lines = TableWriter.lines(table, width: 24)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 24 })
        #expect(lines[2] == "a   A long title th…   7")
        #expect(lines[3].hasPrefix("bb  東京会合"))
    }

    @Test func boldHeadersOnlyWhenAsked() {
        #expect(TableWriter.lines(table, width: nil, boldHeader: true)[0].hasPrefix("\u{1B}[1m"))
        #expect(!TableWriter.lines(table, width: nil).joined().contains("\u{1B}"))
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let hostile = Table(columns: [.init("x")], rows: [["red\u{1B}[31m\u{9B}"]])
        #expect(TableWriter.lines(hostile, width: nil)[2] == "red^[[31m\\u{9B}")
    }

    @Test(arguments: [80, 100, 120])
    func shippedMeetingsFitTheTerminalWithIdsWhole(width: Int) throws {
        let dataset = try Fixtures.shipped()
        let lines = TableWriter.lines(RecordColumns.defaultTable(.meetings(dataset.meetings), in: dataset), width: width)
        #expect(lines.count == dataset.meetings.count + 2)
        #expect(lines.allSatisfy { TextWidth.of($0) <= width })
        #expect(lines.contains { $0.hasPrefix("mtg-2022-05-11-marrakesh ") && $0.contains(" 2022-05-11  ") })
    }
}

@Suite struct TableWriterBoundedOutputTests {
    /// A table whose first row carries one huge cell in a middle column, and `rows` short rows.
    static func output(rows: Int, hugeCell: Int, width: Int?) -> Int {
        let columns = [Table.Column("id"), Table.Column("title", shrinks: true), Table.Column("place")]
        let table = Table(columns: columns, rows: [["x", String(repeating: "w", count: hugeCell), "p"]]
            + (0..<rows).map { ["id\($0)", "short title", "Paris"] })
        return TableWriter.lines(table, width: width).reduce(0) { $0 + $1.utf8.count + 1 }
    }

    @Test func oneHugeCellDoesNotPadEveryRow() {
        for width in [nil, 80] as [Int?] {
            let small = Self.output(rows: 1_000, hugeCell: 100_000, width: width)
            let large = Self.output(rows: 2_000, hugeCell: 100_000, width: width)
            // Output grows by the added rows' own size, not by rows × the huge cell.
            let perRow = Double(large - small) / 1_000
            #expect(perRow < 200, "each added row costs \(perRow) bytes (width \(String(describing: width)))")
            // And the huge cell is written once at most (whole when piped).
            #expect(small < 100_000 + 1_000 * 200)
        }
    }

    @Test func pipedOutputKeepsTheHugeCellWhole() {
        let columns = [Table.Column("id"), Table.Column("title", shrinks: true), Table.Column("place")]
        let huge = String(repeating: "w", count: 5_000)
        let lines = TableWriter.lines(Table(columns: columns, rows: [["x", huge, "p"], ["y", "t", "q"]]), width: nil)
        #expect(lines[2].contains(huge))
        #expect(lines[3].utf8.count < 200)
    }
}
