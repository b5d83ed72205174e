import GRDB
import TriadCore

/// A row of `actionNote`.
struct ActionNoteRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "actionNote"
    var id: Int64?
    var uuid: String
    var actionItemId: Int64
    var writtenAt: Timestamp
    var actor: String
    var text: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var note: ActionNote {
        ActionNote(uuid: uuid, at: writtenAt, actor: actor, text: text)
    }
}
