import TriadCore

/// One event of the exported calendar.
public struct CalendarEvent: Hashable, Sendable {
    /// When it happens: a whole day, or a start instant.
    public enum When: Hashable, Sendable {
        case allDay(Day)
        case start(MeetingStart)
    }

    /// Stable across exports: built from the record's uuid, so a re-import updates rather than duplicates.
    public var uid: String
    /// When the record last changed (the calendar's DTSTAMP).
    public var stamp: Timestamp
    public var when: When
    public var summary: String
    public var description: String
    public var location: String?
    public var categories: [String]
    /// TENTATIVE, CONFIRMED or CANCELLED; nil for reminders.
    public var status: String?

    /// Creates an event.
    public init(
        uid: String, stamp: Timestamp, when: When, summary: String, description: String, location: String? = nil,
        categories: [String] = [], status: String? = nil
    ) {
        self.uid = uid
        self.stamp = stamp
        self.when = when
        self.summary = summary
        self.description = description
        self.location = location
        self.categories = categories
        self.status = status
    }

    /// The day the event falls on, for filtering and ordering.
    public var day: Day {
        switch when {
        case .allDay(let day): day
        case .start(let start): start.day
        }
    }
}
