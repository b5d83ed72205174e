/// A mission is encoded with every field, null where unknown.
extension Mission: Encodable {
    enum CodingKeys: String, CodingKey {
        case acronym, name, type, hosts, territory, established, closed, predecessor, successor, phases
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(acronym, forKey: .acronym)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(hosts, forKey: .hosts)
        try container.encode(territory, forKey: .territory)
        try container.encode(established, forKey: .established)
        try container.encode(closed, forKey: .closed)
        try container.encode(predecessor, forKey: .predecessor)
        try container.encode(successor, forKey: .successor)
        try container.encode(phases, forKey: .phases)
    }
}
