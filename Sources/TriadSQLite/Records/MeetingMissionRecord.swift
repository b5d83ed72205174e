import GRDB

/// A row of `meetingMission`: a mission a meeting concerns, in the order given.
struct MeetingMissionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "meetingMission"
    var meetingId, missionId: Int64
    var position: Int

    enum Columns {
        static let meetingId = Column(CodingKeys.meetingId)
    }
}
