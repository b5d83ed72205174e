import Foundation

/// When a meeting starts: a day, and optionally a time with its offset from UTC.
///
/// Meetings are often recorded by date alone (a calendar shows them as all-day);
/// when a time is given, its UTC offset is fixed at recording time so that the
/// record means the same instant wherever it is read.
public struct MeetingStart: Hashable, Sendable {
    /// The local calendar day of the meeting.
    public let day: Day
    /// The local start time, if known.
    public let time: TimeOfDay?
    /// The offset from UTC of `time`, in seconds; nil when there is no time.
    public let utcOffsetSeconds: Int?

    /// A meeting known by its date only.
    public init(day: Day) {
        self.day = day
        time = nil
        utcOffsetSeconds = nil
    }

    /// A meeting with a start time at a fixed UTC offset.
    public init(day: Day, time: TimeOfDay, utcOffsetSeconds: Int) {
        self.day = day
        self.time = time
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The ISO 8601 form: `2025-11-06` or `2025-11-06T10:00:00-05:00`.
    public var iso8601: String {
        guard let time, let offset = utcOffsetSeconds else { return day.description }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        let zone = "\(sign)\(Day.pad(magnitude / 3600, 2)):\(Day.pad(magnitude % 3600 / 60, 2))"
        return "\(day)T\(time):00\(zone)"
    }

    /// The instant the meeting starts, if it has a time.
    public var instant: Date? {
        guard let time, let offset = utcOffsetSeconds else { return nil }
        let seconds = day.ordinal * 86_400 + time.minutes * 60 - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Reads the stored ISO 8601 form written by ``iso8601``.
    public init(iso8601 text: String) throws(DomainError) {
        let expression = try DateTimeExpression(parsing: text)
        guard case .absolute = expression.date else {
            throw .invalidDateTime(text, reason: "a stored start must be absolute")
        }
        self = expression.resolve(today: Day(ordinal: 0), timeZone: TimeZone(secondsFromGMT: 0)!)
    }
}
