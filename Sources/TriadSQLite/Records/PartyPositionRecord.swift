import GRDB
import TriadCore

/// A row of `partyPosition`: a position raised at a meeting, with its uptake once recorded.
struct PartyPositionRecord: StoredRecord {
    static let databaseTableName = "partyPosition"
    var id: Int64?
    var uuid: String
    var meetingId: Int64
    var partyId: Int64
    var kind: PositionKind
    var topic: PositionTopic
    var text: String
    var uptakeMandateId: Int64?
    var uptakeStatus: UptakeStatus?
    var uptakeParagraph: String?
    var uptakeNote: String?
    var createdAt, updatedAt: Timestamp

    enum Columns {
        static let uuid = Column(CodingKeys.uuid)
    }
}
