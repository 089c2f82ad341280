import CoalitionModel
import Foundation
import CoalitionTestSupport
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("2022", 2022, nil, nil, PartialDate.Precision.year),
        ("2022-05", 2022, 5, nil, .month),
        ("2022-05-11", 2022, 5, 11, .day),
        ("2024-02-29", 2024, 2, 29, .day),
        ("2000-02-29", 2000, 2, 29, .day),
        ("1900-01-01", 1900, 1, 1, .day),
        ("2200-12-31", 2200, 12, 31, .day),
    ] as [(String, Int, Int?, Int?, PartialDate.Precision)])
    func parsesYearMonthAndDay(text: String, year: Int, month: Int?, day: Int?, precision: PartialDate.Precision) throws {
        let date = try #require(PartialDate(text))
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.day == day)
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2022-13", "2022-00", "2022-02-30", "2022-04-31", "2022-05-00", "2023-02-29", "1900-02-29", "2100-02-29",
        "22-05-11", "2022-5", "2022-05-1", "2022-05-11T", "2022-05-11T10:00", "1899", "2201", "0000",
        "", "2022-", "-2022", "2022--05", "2022/05/11", "+2022", " 2022", "2022 ", "２０２２", "2022-05-11-01", "２022",
    ])
    func rejectsWhatIsNotACalendarDate(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func aDayNeedsAMonth() {
        #expect(PartialDate(year: 2022, month: nil, day: 11) == nil)
        #expect(PartialDate(year: 2022, month: 5, day: 11) == PartialDate("2022-05-11"))
    }

    @Test func sortsByFirstPossibleDayThenMorePreciseFirst() throws {
        let expected = ["2021-12-31", "2022-01-01", "2022-01", "2022", "2022-05", "2022-05-11", "2022-05-12", "2023"]
        let dates = try expected.map { try #require(PartialDate($0)) }
        var random = SeededGenerator(seed: 5)
        for _ in 0..<20 {
            #expect(dates.shuffled(using: &random).sorted().map(\.description) == expected)
        }
    }

    @Test(arguments: [("2022", "2022"), ("2022-05", "May 2022"), ("2022-05-11", "11 May 2022"),
                      ("2022-01-01", "1 Jan 2022"), ("2021-12-02", "2 Dec 2021")])
    func readableForm(text: String, readable: String) throws {
        #expect(try #require(PartialDate(text)).readable == readable)
    }

    @Test(arguments: [("2022-05-11", 1), ("2024-02", 29), ("2023-02", 28), ("2023", 365), ("2024", 366), ("2100", 365)])
    func spansTheDaysItCouldMean(text: String, days: Int) throws {
        let date = try #require(PartialDate(text))
        #expect(date.latestDayNumber - date.earliestDayNumber + 1 == days)
    }

    @Test func dayNumbersRoundTripOverTheWholeRange() throws {
        let first = try #require(PartialDate("1900-01-01")).earliestDayNumber
        let last = try #require(PartialDate("2200-12-31")).latestDayNumber
        var previous: PartialDate?
        for number in first...last {
            let civil = CivilDay.date(number)
            let date = try #require(PartialDate(year: civil.year, month: civil.month, day: civil.day))
            #expect(date.earliestDayNumber == number)
            if let previous { #expect(previous < date) }
            previous = date
        }
    }

    @Test func dayNumbersAgreeWithFoundationsGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let epoch = try #require(PartialDate("1970-01-01")).earliestDayNumber
        let first = try #require(PartialDate("1900-01-01")).earliestDayNumber
        let last = try #require(PartialDate("2200-12-31")).earliestDayNumber
        for number in stride(from: first, through: last, by: 13) {
            let components = calendar.dateComponents(
                [.year, .month, .day], from: Date(timeIntervalSince1970: Double(number - epoch) * 86_400))
            let date = CivilDay.date(number)
            #expect([date.year, date.month, date.day] == [components.year, components.month, components.day], "day \(number)")
        }
    }
}
