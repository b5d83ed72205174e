/// A position is encoded with the fields CLI.md names (`uptake` null until recorded), and the meeting's day and
/// level.
extension Position: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, uuid, meeting, date, missions, party, partyName, partyGroups, kind, topic, text, a4p, uptake
        case classification, createdAt, updatedAt
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(meeting, forKey: .meeting)
        try container.encode(raisedOn, forKey: .date)
        try container.encode(missions, forKey: .missions)
        try container.encode(party, forKey: .party)
        try container.encode(partyName, forKey: .partyName)
        try container.encode(partyGroups, forKey: .partyGroups)
        try container.encode(kind, forKey: .kind)
        try container.encode(topic, forKey: .topic)
        try container.encode(text, forKey: .text)
        try container.encode(a4p, forKey: .a4p)
        try container.encode(uptake, forKey: .uptake)
        try container.encode(classification, forKey: .classification)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }
}
