/// Looking after the database as a whole.
public protocol StoreMaintenance {
    /// The identifier of the newest migration applied (`v0013_positions`).
    func schemaVersion() throws -> String
    /// Whether the database holds nothing but reference data: no journal, mandates, contributions, meetings
    /// or actions (what a restore, a copy or the demo may go into).
    func holdsNoUserRecords() throws -> Bool
    /// The database's own consistency checks and its record counts; writes nothing.
    func health(quick: Bool) throws -> DatabaseHealth
    /// Rebuilds the mission summaries from what they derive from, in one transaction.
    /// - Returns: how many rows were out of step before.
    @discardableResult func rebuildSummaries() throws -> Int
}

extension StoreMaintenance {
    /// The database's full consistency checks and its record counts.
    public func health() throws -> DatabaseHealth {
        try health(quick: false)
    }
}
