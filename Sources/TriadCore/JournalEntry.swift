/// One command that changed the database, as `triad history` lists it.
public struct JournalEntry: Codable, Hashable, Sendable {
    /// Its number in the journal.
    public var id: Int64
    /// When it ran.
    public var at: Timestamp
    /// Who ran it.
    public var actor: String
    /// The command line.
    public var commandLine: String
    /// What it did, in a few words.
    public var summary: String
    /// How many rows it inserted, updated and deleted.
    public var changes: Int

    /// Creates an entry.
    public init(id: Int64, at: Timestamp, actor: String, commandLine: String, summary: String, changes: Int) {
        self.id = id
        self.at = at
        self.actor = actor
        self.commandLine = commandLine
        self.summary = summary
        self.changes = changes
    }
}
