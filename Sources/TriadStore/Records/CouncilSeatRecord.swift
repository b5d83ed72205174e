import GRDB
import TriadCore

/// A row of `councilSeat`.
struct CouncilSeatRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "councilSeat"
    var id: Int64?
    var partyId: Int64
    var startsOn: Day
    var endsOn: Day?
    var isPermanent: Bool
    var createdAt: Timestamp
    var updatedAt: Timestamp

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
