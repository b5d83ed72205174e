/// A seat is encoded with the fields CLI.md names; a permanent seat has `"to": null`.
extension CouncilSeat: Encodable {
    enum CodingKeys: String, CodingKey {
        case party, name, from, to, permanent
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(party, forKey: .party)
        try container.encode(name, forKey: .name)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(permanent, forKey: .permanent)
    }
}
