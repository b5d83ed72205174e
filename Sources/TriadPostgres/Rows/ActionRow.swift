import TriadBackend
import TriadCore

/// A row of `actionItem`.
struct ActionRow {
    var id: Int64
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
}

extension ActionRow {
    /// The row as read.
    init(_ row: PostgresRow) throws {
        id = try row.decode("id")
        uuid = try row.decode("uuid")
        title = try row.decode("title")
        details = try row.decode("details")
        ownerPartyId = try row.decode("ownerPartyId")
        assignee = try row.decode("assignee")
        meetingId = try row.decode("meetingId")
        missionId = try row.decode("missionId")
        dueOn = try row.decode("dueOn")
        priority = try row.decode("priority")
        status = try row.decode("status")
        createdAt = try row.decode("createdAt")
        updatedAt = try row.decode("updatedAt")
        closedAt = try row.decode("closedAt")
        classification = try row.decode("classification")
        ownClassification = try row.decode("ownClassification")
    }
}

extension ActionRow: StoredAction {}
