import TriadCore

/// The size and shape of a generated database. The defaults are issue 6's: 100 missions over 30 years
/// with yearly mandates, 193 states contributing every month, 100,000 meetings, 1,000,000 actions.
struct FixturePlan: Sendable {
    let seed: UInt64
    let missions = 100
    let meetings: Int
    /// Actions per meeting on average (from none to twice as many).
    let actionsPerMeeting = 10
    /// The first day of the record.
    let start: Day
    /// "Today" in the fixture: nothing is recorded after it; actions due before it and still open are overdue.
    let present: Day

    init(seed: UInt64, meetings: Int) throws {
        self.seed = seed
        self.meetings = meetings
        start = try Day(year: 1996, month: 1, day: 1)
        present = try Day(year: 2025, month: 11, day: 1)
    }
}
