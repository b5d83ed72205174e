import GRDB
import TriadCore

/// A row of `journalCommand`: one command that changed the database.
struct JournalCommandRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "journalCommand"
    var id: Int64?
    var uuid: String
    var at: Timestamp
    var actor: String
    var commandLine: String
    var summary: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
