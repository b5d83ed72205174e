import GRDB
import TriadCore

/// A row of `actionItem`.
struct ActionItemRecord: Codable, FetchableRecord, MutablePersistableRecord, StoredRecord {
    static let databaseTableName = "actionItem"
    var id: Int64?
    var uuid: String
    var title: String
    var details: String?
    var ownerPartyId: Int64
    var assignee: String?
    var meetingId: Int64?
    var missionId: Int64?
    var dueOn: Day?
    var priority: ActionPriority
    var status: ActionStatus
    var createdAt: Timestamp
    var updatedAt: Timestamp
    var closedAt: Timestamp?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let uuid = Column(CodingKeys.uuid)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
