import TriadCore

/// The change journal and the whole record as a bundle.
public protocol JournalReading {
    /// The latest commands that changed the database, newest first.
    func history(limit: Int, since day: Day?) throws -> [JournalEntry]
    /// The whole database as a bundle: user data, reference data users added or changed, and the journal.
    func exportBundle() throws -> TriadBundle
}

extension JournalReading {
    /// The latest commands that changed the database, newest first.
    public func history(limit: Int) throws -> [JournalEntry] {
        try history(limit: limit, since: nil)
    }
}
