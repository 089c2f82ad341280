import CoalitionModel
import CoalitionOutput
import Foundation
import Testing

@Suite("themes: statements by theme and year or meeting, with filters and totals")
struct ThemeMatrixTests {
    private func row(_ theme: Theme, _ matrix: ThemeMatrix) -> [Int] {
        let index = matrix.themes.firstIndex(of: theme)!
        return matrix.columns.indices.map { matrix.count(theme: index, column: $0) }
    }

    @Test func byYearRunsWithoutGapsAndCountsEachThemeOfAStatement() throws {
        let matrix = ThemeMatrix(dataset: try Fixtures.dataset(), by: .year)
        #expect(matrix.columns.map(\.key) == (2014...2023).map(String.init))
        #expect(row(.foreignTerroristFighters, matrix) == [1] + Array(repeating: 0, count: 9))
        #expect(row(.africa, matrix) == Array(repeating: 0, count: 8) + [1, 1])
        #expect(row(.coordination, matrix)[8] == 1)
        #expect(matrix.statementsPerColumn == [1] + Array(repeating: 0, count: 7) + [1, 1])
        #expect(matrix.statementTotal == 3)
        // The Marrakesh statement has two themes: in two rows, once in the statements row.
        #expect(matrix.themeTotals.reduce(0, +) == 4)
        #expect(matrix.statements[matrix.themes.firstIndex(of: .africa)!][9] == ["res-afg-2023-03-01-niamey-01"])
    }

    @Test func byMeetingHasAColumnPerTextInDateOrder() throws {
        let matrix = ThemeMatrix(dataset: try Fixtures.dataset(), by: .meeting)
        #expect(matrix.columns.map(\.key) == ["mtg-2014-12-03-brussels", "mtg-2022-05-11-marrakesh", "afg-2023-03-01-niamey"])
        #expect(matrix.columns[2].title == "Niamey plenary")
        #expect(matrix.columns[2].date == PartialDate("2023-03-01"))
        #expect(row(.africa, matrix) == [0, 1, 1])
    }

    @Test func regionAndDatesFilterTheStatements() throws {
        let dataset = try Fixtures.dataset()
        let westernAfrica = ThemeMatrix(dataset: dataset, by: .meeting, region: "western-africa")
        // Marrakesh's statement is about Africa as a whole, which a Western Africa filter keeps too.
        #expect(westernAfrica.columns.map(\.key) == ["mtg-2022-05-11-marrakesh", "afg-2023-03-01-niamey"])
        let since2022 = ThemeMatrix(dataset: dataset, by: .year, dates: DateBounds(from: PartialDate("2022")))
        #expect(since2022.columns.map(\.key) == ["2022", "2023"])
        #expect(since2022.statementTotal == 2)
        let only2014 = ThemeMatrix(dataset: dataset, by: .year, dates: DateBounds(to: PartialDate("2014-12")))
        #expect(only2014.columns.map(\.key) == ["2014"])
        let none = ThemeMatrix(dataset: dataset, by: .year, region: "western-europe", dates: DateBounds(from: PartialDate("2020")))
        #expect(none.columns.isEmpty && none.statementTotal == 0 && none.largestCell == 0)
        #expect(none.themes == Theme.allCases)
    }

    @Test func aThemeListedTwiceCountsTheStatementOnce() throws {
        let dataset = try Fixtures.dataset()
        var resolutions = dataset.resolutions
        resolutions[0].themes = [.prevention, .prevention]
        let twice = Dataset(meetings: dataset.meetings, resolutions: resolutions, sessions: dataset.sessions, members: dataset.members,
                            memberCounts: [], areas: dataset.areas, countries: dataset.countries)
        #expect(row(.prevention, ThemeMatrix(dataset: twice, by: .year))[0] == 1)
    }

    /// Levels split 1…largest into equal shares: every count falls in the range of its level.
    @Test func levelsAndLegendRangesAgree() throws {
        let dataset = try Fixtures.dataset()
        let base = dataset.resolutions[0]
        for largest in 1...13 {
            let copies = (0..<largest).map { index in
                var copy = base
                copy.id = "res-copy-\(index)"
                copy.order = index + 1
                return copy
            }
            let matrix = ThemeMatrix(dataset: Dataset(meetings: dataset.meetings, resolutions: copies, sessions: [], members: [],
                                                      memberCounts: [], areas: dataset.areas, countries: dataset.countries), by: .year)
            #expect(matrix.largestCell == largest)
            let ranges = matrix.levelRanges(levels: 4)
            #expect(ranges.first?.counts.lowerBound == 1 && ranges.last?.counts.upperBound == largest && ranges.last?.level == 4)
            for count in 0...largest {
                let level = matrix.level(of: count, levels: 4)
                if count == 0 { #expect(level == 0) } else { #expect(ranges.first { $0.level == level }?.counts.contains(count) == true) }
            }
        }
    }

    @Test func shippedDataCountsEveryDatedStatement() throws {
        let dataset = try Fixtures.shipped()
        let byYear = ThemeMatrix(dataset: dataset, by: .year)
        let byMeeting = ThemeMatrix(dataset: dataset, by: .meeting)
        let dated = dataset.resolutions.filter { dataset.date(of: $0) != nil }
        #expect(byYear.statementTotal == dated.count && byMeeting.statementTotal == dated.count)
        #expect(byYear.themeTotals == byMeeting.themeTotals)
        #expect(byYear.themeTotals.reduce(0, +) == dated.reduce(0) { $0 + Set($1.themes).count })
        #expect(Set(byMeeting.columns.map(\.key)) == Set(dated.compactMap(\.parentID)))
    }

    @Test func reportsWriteTheSameNumbers() throws {
        let matrix = ThemeMatrix(dataset: try Fixtures.dataset(), by: .meeting)
        let csv = ThemeMatrixReport.csv(matrix).components(separatedBy: "\r\n")
        #expect(csv[0] == "theme,mtg-2014-12-03-brussels,mtg-2022-05-11-marrakesh,afg-2023-03-01-niamey,total")
        #expect(csv.contains("africa,0,1,1,2"))
        #expect(csv.contains("statements,1,1,1,3"))
        let markdown = ThemeMatrixReport.markdown(matrix)
        #expect(markdown.count == 2 + Theme.allCases.count + 1)
        #expect(markdown[0].contains("2023-03-01 Niamey plenary"))

        let json = try ThemeMatrixReport.json(matrix, region: "africa", dates: DateBounds(from: PartialDate("2014")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["by"] as? String == "meeting" && object["region"] as? String == "africa" && object["from"] as? String == "2014")
        #expect(object["statements"] as? Int == 3)
        let africa = try #require((object["themes"] as? [[String: Any]])?.first { $0["theme"] as? String == "africa" })
        #expect(africa["counts"] as? [Int] == [0, 1, 1])
        #expect(africa["statementIDs"] as? [[String]] == [[], ["res-2022-05-11-marrakesh-01"], ["res-afg-2023-03-01-niamey-01"]])
    }
}
