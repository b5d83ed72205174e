import TriadCore

/// The change journal and the whole record as a bundle.
public protocol JournalReading {
    /// The latest commands that changed the database, newest first.
    func history(limit: Int, since day: Day?) throws -> [JournalEntry]
    /// The whole database as a bundle (user data, reference data users added or changed, and the journal),
    /// handed on a record at a time in the order the bundle's JSON lists them (``BundleRecord``), so that an
    /// export of any size holds one record at a time.
    func exportBundle(_ visit: (BundleRecord) throws -> Void) throws
    /// How many meetings (with their agenda items), actions (with their notes) and commands the database holds:
    /// as many as ``exportBundle(_:)`` hands on.
    func bundleTally() throws -> BundleTally
}

extension JournalReading {
    /// The latest commands that changed the database, newest first.
    public func history(limit: Int) throws -> [JournalEntry] {
        try history(limit: limit, since: nil)
    }

    /// The whole database as one bundle in memory (a test's, or a copy's between databases).
    public func exportBundle() throws -> TriadBundle {
        var bundle = TriadBundle()
        try exportBundle { bundle.append($0) }
        return bundle
    }
}
