/// A mandate is encoded with the fields CLI.md names; an open-ended one has `"expires": null`.
extension Mandate: Encodable {
    enum CodingKeys: String, CodingKey {
        case uuid, mission, resolution, adopted, expires, troopCeiling, policeCeiling, penholders, reportsDue
        case supersedes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(mission, forKey: .mission)
        try container.encode(resolution, forKey: .resolution)
        try container.encode(adopted, forKey: .adopted)
        try container.encode(expires, forKey: .expires)
        try container.encode(troopCeiling, forKey: .troopCeiling)
        try container.encode(policeCeiling, forKey: .policeCeiling)
        try container.encode(penholders, forKey: .penholders)
        try container.encode(reportsDue, forKey: .reportsDue)
        try container.encode(supersedes, forKey: .supersedes)
    }
}
