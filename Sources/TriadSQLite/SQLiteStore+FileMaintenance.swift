import TriadStore

/// What a database file has that a server does not.
extension SQLiteStore: FileMaintenance {
    /// The file, or `:memory:` for a database in memory.
    public var path: String { filePath ?? ":memory:" }

    /// Writes a consistent copy of the database to a new file (mode 0600), while others may keep using it.
    public func backup(to target: String) throws {
        try SQLiteStore.mapped(path: target) { try DatabaseFile.backup(writer, to: target) }
    }

    public var fileMaintenance: (any FileMaintenance)? { filePath == nil ? nil : self }

    /// A file has one user: who may open it is decided by its permissions, not by triad.
    public var accessControl: (any AccessControl)? { nil }
}
