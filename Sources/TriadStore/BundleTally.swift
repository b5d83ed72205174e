import TriadCore

/// How many meetings, actions and commands a bundle of the database holds, with their agenda items and
/// notes: the total of an export's progress and, beside what an export at a level wrote, what it withheld.
public struct BundleTally: Equatable, Sendable {
    public var meetings = 0
    /// Their agenda items, by the level of the meeting that holds them.
    public var agendaItemsByMeetingLevel: [Classification: Int] = [:]
    public var actions = 0
    public var notes = 0
    public var commands = 0
    /// The positions raised at the meetings.
    public var positions = 0

    /// The records that make up most of a bundle, which an export's progress counts.
    public var records: Int { meetings + actions + commands }

    /// The agenda items of the meetings.
    public var agendaItems: Int { agendaItemsByMeetingLevel.values.reduce(0, +) }

    /// The agenda items of the meetings classified up to `level` (those a reader cleared to it is shown,
    /// with or without all their items).
    public func agendaItems(ofMeetingsUpTo level: Classification) -> Int {
        agendaItemsByMeetingLevel.filter { $0.key <= level }.values.reduce(0, +)
    }

    /// Creates a tally.
    public init(
        meetings: Int = 0, agendaItemsByMeetingLevel: [Classification: Int] = [:], actions: Int = 0, notes: Int = 0,
        commands: Int = 0
    ) {
        self.meetings = meetings
        self.agendaItemsByMeetingLevel = agendaItemsByMeetingLevel
        self.actions = actions
        self.notes = notes
        self.commands = commands
    }

    /// Counts a record handed on by an export.
    public mutating func count(_ record: BundleRecord) {
        switch record {
        case .meeting(let meeting):
            meetings += 1
            agendaItemsByMeetingLevel[meeting.level, default: 0] += meeting.agenda.count
        case .action(let action):
            actions += 1
            notes += action.notes.count
        case .command: commands += 1
        case .position: positions += 1
        case .change, .contribution, .councilSeat, .mandate, .mission, .party: break
        }
    }
}
