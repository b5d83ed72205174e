/// An attendee is encoded with every field, `representative` as null when unknown.
extension Attendee: Encodable {
    enum CodingKeys: String, CodingKey {
        case party, name, groups, representative
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(party, forKey: .party)
        try container.encode(name, forKey: .name)
        try container.encode(groups, forKey: .groups)
        try container.encode(representative, forKey: .representative)
    }
}
