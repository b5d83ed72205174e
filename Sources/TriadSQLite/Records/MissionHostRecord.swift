import GRDB

/// A row of `missionHost`: a host state of a mission.
struct MissionHostRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "missionHost"
    var missionId, partyId: Int64

    enum Columns {
        static let missionId = Column(CodingKeys.missionId)
    }
}
