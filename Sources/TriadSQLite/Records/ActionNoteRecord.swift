import GRDB
import TriadCore

/// A row of `actionNote`.
struct ActionNoteRecord: StoredRecord {
    static let databaseTableName = "actionNote"
    var id: Int64?
    var uuid: String
    var actionItemId: Int64
    var writtenAt: Timestamp
    var actor, text: String

    enum Columns {
        static let uuid = Column(CodingKeys.uuid)
    }
}
