import GRDB

/// A row of a table that gives every row an integer id: read back from the database, or just inserted, it
/// has one.
protocol StoredRecord: Codable, FetchableRecord, MutablePersistableRecord {
    var id: Int64? { get set }
}

extension StoredRecord {
    /// Keeps the id SQLite gave the row.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The row's id; a record that was never stored has none, and asking for it is a bug in triad.
    var storedID: Int64 {
        get throws {
            guard let id else { throw UnstoredRecordError(table: Self.databaseTableName) }
            return id
        }
    }
}

/// A record's id was asked for before the record was stored: a bug in triad, not in the data.
struct UnstoredRecordError: Error, CustomStringConvertible {
    let table: String
    var description: String { "a \(table) record has no id yet" }
}
