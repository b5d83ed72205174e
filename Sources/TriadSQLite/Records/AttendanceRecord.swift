import GRDB

/// A row of `attendance`: a party present at a meeting, with its representative.
struct AttendanceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "attendance"
    var meetingId, partyId: Int64
    var representative: String?

    enum Columns {
        static let meetingId = Column(CodingKeys.meetingId)
        static let representative = Column(CodingKeys.representative)
    }
}
