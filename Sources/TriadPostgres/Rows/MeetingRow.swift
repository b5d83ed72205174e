import TriadCore

/// A row of `meeting`.
struct MeetingRow {
    var id: Int64
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

    /// Moves the meeting to `start`: its day and its stored start together.
    mutating func set(start: MeetingStart) {
        meetingDay = start.day
        startsAt = start.iso8601
    }
}

extension MeetingRow {
    /// The row as read.
    init(_ row: PostgresRow) throws {
        id = try row.decode("id")
        uuid = try row.decode("uuid")
        kind = try row.decode("kind")
        title = try row.decode("title")
        meetingDay = try row.decode("meetingDay")
        startsAt = try row.decode("startsAt")
        status = try row.decode("status")
        chairPartyId = try row.decode("chairPartyId")
        location = try row.decode("location")
        mode = try row.decode("mode")
        summary = try row.decode("summary")
        cancelReason = try row.decode("cancelReason")
        classification = try row.decode("classification")
        createdAt = try row.decode("createdAt")
        updatedAt = try row.decode("updatedAt")
    }
}
