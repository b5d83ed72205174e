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
    var classification: Classification
    var ownClassification: Bool

    /// The level as the domain reads it: its own, or its parent's.
    var recordClassification: RecordClassification {
        RecordClassification(classification, isOwn: ownClassification)
    }

    enum Columns {
        static let uuid = Column(CodingKeys.uuid)
    }
}
