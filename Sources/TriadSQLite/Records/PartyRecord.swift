import GRDB
import TriadCore

/// A row of `party`.
struct PartyRecord: StoredRecord {
    static let databaseTableName = "party"
    var id: Int64?
    var code, name: String
    var kind: PartyKind
    var isReference: Bool
    var createdAt, updatedAt: Timestamp

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let code = Column(CodingKeys.code)
        static let name = Column(CodingKeys.name)
        static let kind = Column(CodingKeys.kind)
        static let isReference = Column(CodingKeys.isReference)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    var party: Party {
        get throws { try Party(code: code, name: name, kind: kind) }
    }

    var reference: PartyReference { PartyReference(party: code, name: name) }
}
