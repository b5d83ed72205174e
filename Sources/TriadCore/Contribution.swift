/// A party's personnel in a mission as of a day; it stands until a later record replaces it.
public struct Contribution: Codable, Hashable, Sendable {
    /// Stable identity across databases.
    public var uuid: String
    /// The mission's acronym.
    public var mission: String
    /// The contributing party's code.
    public var party: String
    /// The contributing party's name.
    public var name: String
    /// The day the figures are true of.
    public var asOf: Day
    /// The figures.
    public var personnel: Personnel
    /// The women among them, by type.
    public var women: Personnel

    /// Creates a contribution record.
    public init(
        uuid: String, mission: String, party: String, name: String, asOf: Day, personnel: Personnel,
        women: Personnel = .none
    ) {
        self.uuid = uuid
        self.mission = mission
        self.party = party
        self.name = name
        self.asOf = asOf
        self.personnel = personnel
        self.women = women
    }

    /// Whether the party had anyone deployed.
    public var isDeployed: Bool { personnel.isDeployed }
}
