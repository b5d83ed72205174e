import GRDB
import TriadBackend
import TriadCore

/// A row of `actionItem`.
struct ActionItemRecord: StoredRecord {
    static let databaseTableName = "actionItem"
    var id: Int64?
    var uuid, title: String
    var details: String?
    var ownerPartyId: Int64
    var assignee: String?
    var meetingId, missionId: Int64?
    var dueOn: Day?
    var priority: ActionPriority
    var status: ActionStatus
    var createdAt, updatedAt: Timestamp
    var closedAt: Timestamp?
    var classification: Classification
    var ownClassification: Bool

    /// The level as the domain reads it: its own, or its parent's.
    var recordClassification: RecordClassification {
        RecordClassification(classification, isOwn: ownClassification)
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let uuid = Column(CodingKeys.uuid)
    }
}

extension ActionItemRecord: StoredAction {}
