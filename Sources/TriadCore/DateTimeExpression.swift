import Foundation

/// A meeting date as a user writes it: a ``DateExpression``, optionally followed
/// by a time (`T10:00` or ` 10:00`) and an offset (`Z`, `+02:00`, `-0500`).
/// Without an offset the time is read in the local time zone (`TZ`).
public struct DateTimeExpression: Hashable, Sendable {
    /// The date part.
    public let date: DateExpression
    /// The time part, if any.
    public let time: TimeOfDay?
    /// The explicit UTC offset in seconds, if one was written.
    public let utcOffsetSeconds: Int?

    /// Parses a date with an optional time and offset.
    public init(parsing input: String) throws(DomainError) {
        let text = input.trimmingCharacters(in: .whitespaces)
        guard let separator = DateTimeExpression.timeSeparator(in: text) else {
            date = try DateExpression(parsing: text)
            time = nil
            utcOffsetSeconds = nil
            return
        }
        date = try DateExpression(parsing: String(text[..<separator]))
        let rest = text[text.index(after: separator)...].trimmingCharacters(in: .whitespaces)
        (time, utcOffsetSeconds) = try DateTimeExpression.time(Substring(rest), original: input)
    }

    /// Where the time begins: after the first space (`tomorrow 10:00`), or after the
    /// `T` of an ISO date (`2025-11-06T10:00`).
    private static func timeSeparator(in text: String) -> String.Index? {
        if let space = text.firstIndex(of: " ") { return space }
        guard text.count > 10 else { return nil }
        let index = text.index(text.startIndex, offsetBy: 10)
        return text[index] == "T" || text[index] == "t" ? index : nil
    }

    /// The start this expression names, reading a time without offset in `timeZone`.
    public func resolve(today: Day, timeZone: TimeZone) -> MeetingStart {
        let day = date.resolve(today: today)
        guard let time else { return MeetingStart(day: day) }
        let offset = utcOffsetSeconds ?? DateTimeExpression.offset(of: day, time, in: timeZone)
        return MeetingStart(day: day, time: time, utcOffsetSeconds: offset)
    }

    private static func offset(of day: Day, _ time: TimeOfDay, in timeZone: TimeZone) -> Int {
        let wallClock = TimeInterval(day.ordinal * 86_400 + time.minutes * 60)
        let guess = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallClock))
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallClock - TimeInterval(guess)))
    }

    private static func time(_ text: Substring, original: String) throws(DomainError) -> (TimeOfDay, Int?) {
        let hint = "write YYYY-MM-DDTHH:MM, optionally with an offset such as Z or -05:00"
        var clock = text
        var offset: Int?
        if clock.hasSuffix("Z") || clock.hasSuffix("z") {
            offset = 0
            clock = clock.dropLast()
        } else if let signIndex = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = clock[clock.index(after: signIndex)...].filter { $0 != ":" }
            guard zone.count == 4, zone.allSatisfy(\.isASCIIDigit),
                let hours = Int(zone.prefix(2)), let minutes = Int(zone.suffix(2)), hours <= 14, minutes < 60
            else { throw .invalidDateTime(original, reason: hint) }
            offset = (hours * 3600 + minutes * 60) * (clock[signIndex] == "-" ? -1 : 1)
            clock = clock[..<signIndex]
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(fields[0]), let minute = Int(fields[1]),
            fields.count == 2 || Int(fields[2]) == 0,
            let time = TimeOfDay(hour: hour, minute: minute)
        else { throw .invalidDateTime(original, reason: hint) }
        return (time, offset)
    }
}
