import GRDB

/// A row of `invitation`: a party invited to a meeting.
struct InvitationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "invitation"
    var meetingId, partyId: Int64

    enum Columns {
        static let meetingId = Column(CodingKeys.meetingId)
    }
}
