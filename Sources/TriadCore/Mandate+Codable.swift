/// A mandate is encoded with the fields CLI.md names; an open-ended one has `"expires": null`. Its
/// `ceilings` give each type's, the military contingents' being the troop ceiling.
extension Mandate: Encodable {
    enum CodingKeys: String, CodingKey {
        case uuid, mission, resolution, adopted, expires, troopCeiling, policeCeiling, ceilings, penholders, reportsDue
        case supersedes
    }

    enum CeilingKeys: String, CodingKey {
        case militaryContingents, observersAndStaff, individualPolice, formedPolice, corrections
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
        var byType = container.nestedContainer(keyedBy: CeilingKeys.self, forKey: .ceilings)
        try byType.encode(troopCeiling, forKey: .militaryContingents)
        try byType.encode(ceilings.observersAndStaff, forKey: .observersAndStaff)
        try byType.encode(ceilings.individualPolice, forKey: .individualPolice)
        try byType.encode(ceilings.formedPolice, forKey: .formedPolice)
        try byType.encode(ceilings.corrections, forKey: .corrections)
        try container.encode(penholders, forKey: .penholders)
        try container.encode(reportsDue, forKey: .reportsDue)
        try container.encode(supersedes, forKey: .supersedes)
    }
}
