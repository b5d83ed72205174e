import TriadCore

/// The size and shape of a generated database. The defaults are issue 6's: 100 missions over 30 years
/// with yearly mandates, 193 states contributing every month, 100,000 meetings, 1,000,000 actions.
struct FixturePlan: Sendable {
    var seed: UInt64 = 1
    var missions = 100
    var meetings = 100_000
    var actionsPerMeeting = 10
    /// The first day of the record.
    var start = Day(ordinal: 0)
    /// "Today" in the fixture: nothing is recorded after it; actions due before it and still open are overdue.
    var present = Day(ordinal: 0)

    init(seed: UInt64, meetings: Int) throws {
        self.seed = seed
        self.meetings = meetings
        start = try Day(year: 1996, month: 1, day: 1)
        present = try Day(year: 2025, month: 11, day: 1)
    }

    var actions: Int { meetings * actionsPerMeeting }
}
