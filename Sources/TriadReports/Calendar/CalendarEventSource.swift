import TriadCore

/// One of a calendar's lists of events (meetings, action due dates, mandate days), in day order, read a page
/// at a time as the calendar is written.
struct CalendarEventSource {
    private let nextPage: () throws -> [CalendarEvent]?
    private var page: [CalendarEvent] = []
    private var index = 0
    private var isExhausted = false

    /// A source whose pages `nextPage` reads, nil after the last.
    init(_ nextPage: @escaping () throws -> [CalendarEvent]?) {
        self.nextPage = nextPage
    }

    /// The day of the next event, reading a page when the one at hand is used up; nil when none is left.
    mutating func nextDay() throws -> Day? {
        while index == page.count && !isExhausted {
            if let next = try nextPage() {
                (page, index) = (next, 0)
            } else {
                (page, index, isExhausted) = ([], 0, true)
            }
        }
        return index < page.count ? page[index].day : nil
    }

    /// Moves the events of `day` at the head of the list to `events`.
    mutating func take(day: Day, into events: inout [CalendarEvent]) throws {
        while try nextDay() == day {
            events.append(page[index])
            index += 1
        }
    }
}
