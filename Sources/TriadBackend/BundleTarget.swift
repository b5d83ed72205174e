import TriadCore
import TriadStore

/// A database a bundle is merged into, inside the importing transaction: what ``BundleMerger`` asks of a
/// backend. Each record is read in bundle form by the key a bundle matches it on (our version, to compare
/// with theirs) and written through the backend's own write path: a new record, or ours replaced by theirs.
/// The records a bundle names (parties, missions, meetings) are known to exist when a write is asked.
public protocol BundleTarget {
    /// How the backend names a journal command of its own while it is being written.
    associatedtype CommandHandle

    /// Whether the database holds nothing but reference data: no journal, meetings, actions, contributions
    /// or mandates.
    func holdsNoUserRecords() throws -> Bool
    /// Starts the importing command's journal entry.
    func beginCommand(_ context: ChangeContext, summary: String) throws -> CommandHandle
    /// Removes the importing command's entry (a restore brings the journal as it was instead).
    func discard(_ command: CommandHandle) throws
    /// Says in a few words what the importing command did.
    func describe(_ command: CommandHandle, as summary: String) throws

    func party(code: String) throws -> TriadBundle.Party?
    func mission(acronym: String) throws -> TriadBundle.Mission?
    func seat(party: String, from: Day) throws -> TriadBundle.Seat?
    /// A mandate by uuid, or else by resolution number (one number is one resolution).
    func mandate(uuid: String, resolutionNumber: Int) throws -> TriadBundle.Mandate?
    func contribution(mission: String, party: String, asOf: Day) throws -> TriadBundle.Contribution?
    func meeting(uuid: String) throws -> TriadBundle.Meeting?
    func action(uuid: String) throws -> TriadBundle.Action?
    func position(uuid: String) throws -> TriadBundle.Position?
    func hasNote(uuid: String) throws -> Bool
    func hasCommand(uuid: String) throws -> Bool

    /// Inserts theirs, or (with `ours`) writes theirs over ours: name and kind.
    func write(_ party: TriadBundle.Party, over ours: TriadBundle.Party?) throws
    /// Name, territory, dates and hosts.
    func write(_ mission: TriadBundle.Mission, over ours: TriadBundle.Mission?) throws
    /// End and permanence.
    func write(_ seat: TriadBundle.Seat, over ours: TriadBundle.Seat?) throws
    /// Mission, dates, ceilings, penholders and report dates (ours keeps its uuid and resolution).
    func write(_ mandate: TriadBundle.Mandate, over ours: TriadBundle.Mandate?) throws
    /// The figures.
    func write(_ contribution: TriadBundle.Contribution, over ours: TriadBundle.Contribution?) throws
    /// Everything but its number and creation; a new meeting keeps its number when it is free here.
    func write(_ meeting: TriadBundle.Meeting, over ours: TriadBundle.Meeting?) throws
    /// Everything but its notes, number and creation; a new action keeps its number when it is free here.
    func write(_ action: TriadBundle.Action, over ours: TriadBundle.Action?) throws
    /// Everything but its number and creation; a new position keeps its number when it is free here.
    func write(_ position: TriadBundle.Position, over ours: TriadBundle.Position?) throws
    /// Adds a note to the action with `uuid`.
    func add(_ note: ActionNote, toAction uuid: String) throws
    /// Copies a journal command of another database, with the rows it changed there that it holds, under
    /// `number` when given (a restore keeps the numbers); it is never undone here. Returns its number here.
    @discardableResult func insertImported(_ command: TriadBundle.Command, number: Int64?) throws -> Int64
    /// Copies more rows that the imported command numbered `command` here changed there, in their order.
    func insertImported(_ changes: [TriadBundle.Change], command: Int64) throws

    /// The message of a refusal by the database's own constraints, if `error` is one.
    func constraintMessage(_ error: any Error) -> String?
}
