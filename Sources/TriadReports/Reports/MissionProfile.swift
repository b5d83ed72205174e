import TriadCore

/// What `triad mission show` prints: the mission, its mandates, strength, meetings and open actions.
public struct MissionProfile: Encodable, Sendable {
    /// The mission.
    public var mission: Mission
    /// The as-of day.
    public var asOf: Day
    /// All its recorded mandates, oldest first.
    public var mandates: [Mandate]
    /// The mandate in force on the as-of day.
    public var mandateInForce: Mandate?
    /// Its contributors on the as-of day, largest first.
    public var contributors: [ContributorStanding]
    /// Its latest meetings, oldest first.
    public var recentMeetings: [Meeting]
    /// Its open and in-progress actions.
    public var openActions: [ActionItem]

    /// Creates a profile.
    public init(
        mission: Mission, asOf: Day, mandates: [Mandate], mandateInForce: Mandate?,
        contributors: [ContributorStanding], recentMeetings: [Meeting], openActions: [ActionItem]
    ) {
        self.mission = mission
        self.asOf = asOf
        self.mandates = mandates
        self.mandateInForce = mandateInForce
        self.contributors = contributors
        self.recentMeetings = recentMeetings
        self.openActions = openActions
    }

    /// The mission's personnel on the as-of day.
    public var strength: Personnel {
        contributors.reduce(Personnel.none) { $0 + $1.contribution.personnel }
    }

    enum CodingKeys: String, CodingKey {
        case acronym, name, type, hosts, territory, established, closed, phase, phaseFrom, predecessor, successor
        case asOf, mandate, mandates, strength
        case contributors, recentMeetings, openActions
    }

    enum StrengthKeys: String, CodingKey {
        case troops, staffOfficers, experts, police, formedPolice, total
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mission.acronym, forKey: .acronym)
        try container.encode(mission.name, forKey: .name)
        try container.encode(mission.type, forKey: .type)
        try container.encode(mission.hosts, forKey: .hosts)
        try container.encode(mission.territory, forKey: .territory)
        try container.encode(mission.established, forKey: .established)
        try container.encode(mission.closed, forKey: .closed)
        let phase = mission.phaseChange(on: asOf)
        try container.encode(phase?.phase, forKey: .phase)
        try container.encode(phase?.from, forKey: .phaseFrom)
        try container.encode(mission.predecessor, forKey: .predecessor)
        try container.encode(mission.successor, forKey: .successor)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(mandateInForce, forKey: .mandate)
        try container.encode(mandates, forKey: .mandates)
        var strengthContainer = container.nestedContainer(keyedBy: StrengthKeys.self, forKey: .strength)
        try strengthContainer.encode(strength.troops, forKey: .troops)
        try strengthContainer.encode(strength.staffOfficers, forKey: .staffOfficers)
        try strengthContainer.encode(strength.experts, forKey: .experts)
        try strengthContainer.encode(strength.police, forKey: .police)
        try strengthContainer.encode(strength.formedPolice, forKey: .formedPolice)
        try strengthContainer.encode(strength.total, forKey: .total)
        try container.encode(contributors.map(ContributionRow.init), forKey: .contributors)
        try container.encode(recentMeetings, forKey: .recentMeetings)
        try container.encode(openActions, forKey: .openActions)
    }
}
