import GRDB
import TriadCore

/// A row of `journalCommand`: one command that changed the database.
struct JournalCommandRecord: StoredRecord {
    static let databaseTableName = "journalCommand"
    var id: Int64?
    var uuid: String
    var at: Timestamp
    var actor, commandLine, summary: String
    /// Whether it was copied from another database's bundle (and so is never undone here).
    var isImported = false

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let uuid = Column(CodingKeys.uuid)
        static let at = Column(CodingKeys.at)
        static let summary = Column(CodingKeys.summary)
    }
}
