/// An agenda item is encoded with every field, `outcome` as null when not recorded.
extension AgendaItem: Encodable {
    enum CodingKeys: String, CodingKey {
        case position, title, a4p, outcome
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(position, forKey: .position)
        try container.encode(title, forKey: .title)
        try container.encode(a4p, forKey: .a4p)
        try container.encode(outcome, forKey: .outcome)
    }
}
