import GRDB
import TriadCore

/// A row of `meeting`.
struct MeetingRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "meeting"
    var id: Int64?
    var uuid: String
    var kind: MeetingKind
    var title: String
    var meetingDay: Day
    var startsAt: String
    var status: MeetingStatus
    var chairPartyId: Int64?
    var location: String?
    var mode: MeetingMode?
    var summary: String?
    var cancelReason: String?
    var createdAt: Timestamp
    var updatedAt: Timestamp

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var start: MeetingStart {
        get throws { try MeetingStart(iso8601: startsAt) }
    }
}
