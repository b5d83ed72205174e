import GRDB
import TriadCore

/// A row of `party`.
struct PartyRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "party"
    var id: Int64?
    var code: String
    var name: String
    var kind: PartyKind
    var isReference: Bool
    var createdAt: Timestamp
    var updatedAt: Timestamp

    enum Columns {
        static let code = Column(CodingKeys.code)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var party: Party {
        get throws { try Party(code: code, name: name, kind: kind) }
    }

    var reference: PartyReference { PartyReference(party: code, name: name) }
}
