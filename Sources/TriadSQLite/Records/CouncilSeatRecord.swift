import GRDB
import TriadCore

/// A row of `councilSeat`.
struct CouncilSeatRecord: StoredRecord {
    static let databaseTableName = "councilSeat"
    var id: Int64?
    var partyId: Int64
    var startsOn: Day
    var endsOn: Day?
    var isPermanent: Bool
    var createdAt, updatedAt: Timestamp

    enum Columns {
        static let partyId = Column(CodingKeys.partyId)
        static let startsOn = Column(CodingKeys.startsOn)
        static let endsOn = Column(CodingKeys.endsOn)
    }
}
