import TriadCore

/// A row of `party`.
struct PartyRow {
    static let columns =
        "party.id, party.code, party.name, party.kind, party.isReference, party.createdAt, party.updatedAt"
    var id: Int64
    var code, name: String
    var kind: PartyKind
    var isReference: Bool
    var createdAt, updatedAt: Timestamp

    init(_ row: PostgresRow) throws {
        id = try row.decode("id")
        code = try row.decode("code")
        name = try row.decode("name")
        kind = try row.decode("kind")
        isReference = try row.decode("isReference")
        createdAt = try row.decode("createdAt")
        updatedAt = try row.decode("updatedAt")
    }

    var reference: PartyReference { PartyReference(party: code, name: name) }
}
