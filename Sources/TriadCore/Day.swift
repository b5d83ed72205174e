/// A calendar date without a time of day or a time zone: the unit of mandates,
/// contributions, due dates and "as of" dates.
///
/// A day is stored as the number of days since 1970-01-01 (proleptic Gregorian),
/// so comparing and subtracting days is integer arithmetic.
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01; negative before it.
    public let ordinal: Int

    /// Creates the day that lies `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// Creates a day from its components, refusing dates that do not exist
    /// (`2025-02-30`, month 13).
    public init(year: Int, month: Int, day: Int) throws(DomainError) {
        // The text is formatted only for a message: every stored date passes through here.
        guard (1...9999).contains(year) else {
            throw .invalidDate(Day.format(year: year, month: month, day: day), reason: "the year must have four digits")
        }
        guard (1...12).contains(month) else {
            throw .invalidDate(Day.format(year: year, month: month, day: day), reason: "there is no month \(month)")
        }
        let length = Day.length(ofMonth: month, year: year)
        guard (1...length).contains(day) else {
            throw .invalidDate(
                Day.format(year: year, month: month, day: day),
                reason: "\(Day.monthNames[month - 1]) \(year) has \(length) days")
        }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`, refusing anything else and dates that do not exist.
    public init(parsing text: String) throws(DomainError) {
        guard let (year, month, day) = Day.digits(text.utf8) else {
            throw .invalidDate(text, reason: "write dates as YYYY-MM-DD, or today, +14d, -3d, +2w, +1m")
        }
        try self.init(year: year, month: month, day: day)
    }

    /// Reads `YYYY-MM-DD` from its UTF-8 bytes (as the store hands them over, without making a String
    /// first); nil when they are not such a date or the date does not exist.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let (year, month, day) = Day.digits(bytes), let value = try? Day(year: year, month: month, day: day)
        else { return nil }
        self = value
    }

    /// The three numbers of `YYYY-MM-DD`, read from its bytes (dates are read often: every row of a report).
    static func digits(_ bytes: some Collection<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10 else { return nil }
        var fields = (0, 0, 0)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case 0..<4: fields.0 = fields.0 * 10 + digit
            case 5..<7: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
        }
        return fields
    }

    /// The year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        Day(ordinal: ordinal + count)
    }

    /// The same day of the month `count` months later, clamped to the month's
    /// last day (`2025-01-31` plus one month is `2025-02-28`).
    public func adding(months count: Int) -> Day {
        let (year, month, day) = components
        let index = year * 12 + (month - 1) + count
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, Day.length(ofMonth: newMonth, year: newYear))
        return Day(ordinal: Day.ordinal(year: newYear, month: newMonth, day: newDay))
    }

    /// The number of days from `other` to this day (positive when this day is later).
    public func days(since other: Day) -> Int {
        ordinal - other.ordinal
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func format(year: Int, month: Int, day: Int) -> String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Ten ASCII bytes written in place: dates are printed on every row of a report.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            for (offset, (value, width)) in [(year, 4), (month, 2), (day, 2)].enumerated() {
                let start = offset == 0 ? 0 : offset == 1 ? 5 : 8
                var rest = value
                for position in stride(from: start + width - 1, through: start, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            buffer[4] = UInt8(ascii: "-")
            buffer[7] = UInt8(ascii: "-")
            return 10
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}
