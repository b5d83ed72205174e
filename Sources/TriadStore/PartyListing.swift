import TriadCore

/// A party with its stakeholder groups on a given day.
public struct PartyListing: Codable, Hashable, Sendable {
    /// The party's code.
    public var code: String
    /// The party's name.
    public var name: String
    /// Its kind.
    public var kind: PartyKind
    /// Its groups on the day asked about.
    public var groups: [StakeholderGroup]
}
