import GRDB
import TriadCore

/// A row of `mandate`.
struct MandateRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "mandate"
    var id: Int64?
    var uuid: String
    var missionId: Int64
    var resolutionNumber: Int
    var resolutionYear: Int
    var adoptedOn: Day
    var expiresOn: Day?
    var troopCeiling: Int?
    var policeCeiling: Int?
    var createdAt: Timestamp
    var updatedAt: Timestamp

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
