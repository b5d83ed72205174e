/// A party named by code and name, as lists of invitees and penholders show it.
public struct PartyReference: Codable, Hashable, Sendable {
    /// The party's code.
    public var party: String
    /// The party's name.
    public var name: String

    /// Creates a reference.
    public init(party: String, name: String) {
        self.party = party
        self.name = name
    }
}
