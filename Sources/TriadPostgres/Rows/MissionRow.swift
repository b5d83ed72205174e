import TriadCore

/// A row of `mission`.
struct MissionRow {
    static let columns = """
        mission.id, mission.acronym, mission.name, mission.territory, mission.establishedOn, mission.closedOn,
        mission.type, mission.predecessorId, mission.isReference, mission.createdAt, mission.updatedAt
        """
    var id: Int64
    var acronym, name: String
    var territory: String?
    var establishedOn, closedOn: Day?
    var type: MissionType
    var predecessorId: Int64?
    var isReference: Bool
    var createdAt, updatedAt: Timestamp

    init(_ row: PostgresRow) throws {
        id = try row.decode("id")
        acronym = try row.decode("acronym")
        name = try row.decode("name")
        territory = try row.decode("territory")
        establishedOn = try row.decode("establishedOn")
        closedOn = try row.decode("closedOn")
        type = try row.decode("type")
        predecessorId = try row.decode("predecessorId")
        isReference = try row.decode("isReference")
        createdAt = try row.decode("createdAt")
        updatedAt = try row.decode("updatedAt")
    }
}
