import GRDB
import TriadCore

/// A row of `actionNote`.
struct ActionNoteRecord: Codable, FetchableRecord, MutablePersistableRecord, StoredRecord {
    static let databaseTableName = "actionNote"
    var id: Int64?
    var uuid: String
    var actionItemId: Int64
    var writtenAt: Timestamp
    var actor: String
    var text: String

    enum Columns {
        static let uuid = Column(CodingKeys.uuid)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
