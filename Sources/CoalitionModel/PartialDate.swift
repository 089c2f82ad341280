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
    /// Byte by byte: every record has dates, and splitting them into strings cost a twentieth of a load.
    public init?(_ text: String) {
        var text = text
        let parts: (year: Int, month: Int?, day: Int?)? = text.withUTF8 { bytes in
            func number(at start: Int, width: Int) -> Int? {
                var value = 0
                for index in start..<(start + width) {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            func dash(at index: Int) -> Bool { bytes[index] == UInt8(ascii: "-") }
            guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10, let year = number(at: 0, width: 4) else { return nil }
            if bytes.count == 4 { return (year, nil, nil) }
            guard dash(at: 4), let month = number(at: 5, width: 2) else { return nil }
            if bytes.count == 7 { return (year, month, nil) }
            guard dash(at: 7), let day = number(at: 8, width: 2) else { return nil }
            return (year, month, day)
        }
        guard let parts else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
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
