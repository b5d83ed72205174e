import TriadCore

/// A party's roles over time, as `triad party show` prints them.
public struct PartyProfile: Encodable, Sendable {
    /// The party.
    public var party: Party
    /// Its groups on the as-of day.
    public var groups: [StakeholderGroup]
    /// The as-of day.
    public var asOf: Day
    /// Its Council seats, oldest first.
    public var councilSeats: [CouncilSeat]
    /// Its contribution records, by mission and date.
    public var contributions: [Contribution]
    /// Meetings it attended or was invited to, oldest first.
    public var meetings: [Meeting]
    /// Actions it owns.
    public var actions: [ActionItem]

    /// Creates a profile.
    public init(
        party: Party, groups: [StakeholderGroup], asOf: Day, councilSeats: [CouncilSeat],
        contributions: [Contribution], meetings: [Meeting], actions: [ActionItem]
    ) {
        self.party = party
        self.groups = groups
        self.asOf = asOf
        self.councilSeats = councilSeats
        self.contributions = contributions
        self.meetings = meetings
        self.actions = actions
    }

    enum CodingKeys: String, CodingKey {
        case code, name, kind, groups, asOf, councilSeats, contributions, meetings, actions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(party.code, forKey: .code)
        try container.encode(party.name, forKey: .name)
        try container.encode(party.kind, forKey: .kind)
        try container.encode(groups, forKey: .groups)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(councilSeats, forKey: .councilSeats)
        try container.encode(contributions.map(ContributionRow.init), forKey: .contributions)
        try container.encode(meetings, forKey: .meetings)
        try container.encode(actions, forKey: .actions)
    }
}
