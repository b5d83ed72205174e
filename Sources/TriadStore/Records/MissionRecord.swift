import GRDB
import TriadCore

/// A row of `mission`.
struct MissionRecord: Codable, FetchableRecord, MutablePersistableRecord {
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
        static let acronym = Column(CodingKeys.acronym)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
