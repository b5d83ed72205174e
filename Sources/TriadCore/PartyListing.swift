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

    /// Creates a listing.
    public init(code: String, name: String, kind: PartyKind, groups: [StakeholderGroup]) {
        self.code = code
        self.name = name
        self.kind = kind
        self.groups = groups
    }
}
