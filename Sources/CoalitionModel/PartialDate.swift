/// A date known to the precision a source gives it: a year, a month or a day.
/// Written in the data as "2022", "2022-05" or "2022-05-11".
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1900...2200).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nil for anything else or for a day the calendar lacks.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(part) else { return nil }
            numbers.append(number)
        }
        self.init(
            year: numbers[0],
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil
        )
    }

    public enum Precision: Int, Sendable { case year, month, day }

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    public var description: String {
        var text = String(year)
        if let month { text += "-" + twoDigits(month) }
        if let day { text += "-" + twoDigits(day) }
        return text
    }

    /// The first day this date could mean, as a day count for ordering and timelines.
    public var earliestDayNumber: Int {
        PartialDate.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day this date could mean.
    public var latestDayNumber: Int {
        let lastMonth = month ?? 12
        let lastDay = day ?? PartialDate.daysIn(month: lastMonth, year: year)
        return PartialDate.dayNumber(year: year, month: lastMonth, day: lastDay)
    }

    /// Readable form: "11 May 2022", "May 2022" or "2022".
    public var readable: String {
        guard let month else { return String(year) }
        let name = PartialDate.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.earliestDayNumber != rhs.earliestDayNumber {
            return lhs.earliestDayNumber < rhs.earliestDayNumber
        }
        return lhs.precision.rawValue > rhs.precision.rawValue
    }

    public static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        CivilDay.day(year: year, month: month, day: day)
    }
}

extension PartialDate: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

private func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
}
