import GRDB
import TriadCore

/// A row of `agendaItem`.
struct AgendaItemRecord: StoredRecord {
    static let databaseTableName = "agendaItem"
    var id: Int64?
    var meetingId: Int64
    var position: Int
    var title: String
    var outcome: String?
    var classification: Classification
    var ownClassification: Bool

    /// The level as the domain reads it: its own, or its parent's.
    var recordClassification: RecordClassification {
        RecordClassification(classification, isOwn: ownClassification)
    }

    enum Columns {
        static let meetingId = Column(CodingKeys.meetingId)
        static let position = Column(CodingKeys.position)
    }
}
