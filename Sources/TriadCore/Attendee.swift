/// A party present at a meeting, with the groups it belonged to on the meeting day.
public struct Attendee: Hashable, Sendable {
    /// The party's code.
    public var party: String
    /// The party's name.
    public var name: String
    /// Its stakeholder groups on the meeting day, for the meeting's missions.
    public var groups: [StakeholderGroup]
    /// Who represented it, if recorded.
    public var representative: String?

    /// Creates an attendee.
    public init(party: String, name: String, groups: [StakeholderGroup], representative: String?) {
        self.party = party
        self.name = name
        self.groups = groups
        self.representative = representative
    }
}
