import GRDB

/// A row of `journalChange`: one row a journaled command inserted, updated or deleted, as JSON before
/// and after. The triggers of schema v0003 write them; an imported journal is copied through this type.
struct JournalChangeRecord: StoredRecord {
    static let databaseTableName = "journalChange"
    var id: Int64?
    var commandId: Int64
    var entity: String
    var rowKey: Int64
    var operation: String
    var beforeJSON, afterJSON: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let commandId = Column(CodingKeys.commandId)
    }
}
