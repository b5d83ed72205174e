import GRDB
import TriadCore

/// A row of `meeting`.
struct MeetingRecord: StoredRecord {
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
    var summary, cancelReason: String?
    var classification: Classification
    var createdAt, updatedAt: Timestamp

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let uuid = Column(CodingKeys.uuid)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    /// When it starts, as the domain reads the stored text.
    var start: MeetingStart {
        get throws { try MeetingStart(iso8601: startsAt) }
    }

    /// Moves the meeting to `start`: its day and its stored start together.
    mutating func set(start: MeetingStart) {
        meetingDay = start.day
        startsAt = start.iso8601
    }
}
