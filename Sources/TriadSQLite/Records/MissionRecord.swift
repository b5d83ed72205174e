import GRDB
import TriadCore

/// A row of `mission`.
struct MissionRecord: Codable, FetchableRecord, MutablePersistableRecord, StoredRecord {
    static let databaseTableName = "mission"
    var id: Int64?
    var acronym: String
    var name: String
    var territory: String?
    var establishedOn: Day?
    var closedOn: Day?
    var isReference: Bool
    var createdAt: Timestamp
    var updatedAt: Timestamp

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let acronym = Column(CodingKeys.acronym)
        static let isReference = Column(CodingKeys.isReference)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
