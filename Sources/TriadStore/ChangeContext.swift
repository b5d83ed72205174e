import TriadCore

/// Who is changing the database, with which command, and when: what the change journal records.
public struct ChangeContext: Sendable {
    /// The person or program, from `--actor`, `TRIAD_ACTOR` or the login name.
    public var actor: String
    /// The command line as typed.
    public var commandLine: String
    /// The moment of the command; every row it writes carries it.
    public var now: Timestamp

    /// Creates a context.
    public init(actor: String, commandLine: String, now: Timestamp) {
        self.actor = actor
        self.commandLine = commandLine
        self.now = now
    }
}
