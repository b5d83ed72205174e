import GRDB
import TriadCore

/// A row of `mission`.
struct MissionRecord: StoredRecord {
    static let databaseTableName = "mission"
    var id: Int64?
    var acronym, name: String
    var territory: String?
    var establishedOn, closedOn: Day?
    var type: MissionType
    var predecessorId: Int64?
    var isReference: Bool
    var createdAt, updatedAt: Timestamp

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let acronym = Column(CodingKeys.acronym)
        static let isReference = Column(CodingKeys.isReference)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }
}
