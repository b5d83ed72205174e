/// A meeting is encoded with the fields CLI.md names, `startsAt` in ISO 8601.
extension Meeting: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, uuid, kind, title, startsAt, status, missions, mandate, chair, location, mode, summary, a4p
        case cancelReason, classification, createdAt, updatedAt
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(start.iso8601, forKey: .startsAt)
        try container.encode(status, forKey: .status)
        try container.encode(missions, forKey: .missions)
        try container.encode(mandate, forKey: .mandate)
        try container.encode(chair, forKey: .chair)
        try container.encode(location, forKey: .location)
        try container.encode(mode, forKey: .mode)
        try container.encode(summary, forKey: .summary)
        try container.encode(a4p, forKey: .a4p)
        try container.encode(cancelReason, forKey: .cancelReason)
        try container.encode(classification, forKey: .classification)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }
}
