/// One row of a contribution file, read and checked: a party's personnel in a mission on a day.
public struct ContributionLine: Hashable, Sendable {
    /// The line of the file it came from (the header is line 1).
    public var line: Int
    /// The mission's acronym as written in the file.
    public var mission: String
    /// The party's code as written in the file.
    public var party: String
    /// The day of the snapshot.
    public var asOf: Day
    /// The headcount.
    public var personnel: Personnel
    /// The women among them, by type (zero where the file does not say).
    public var women: Personnel

    /// Creates a line.
    public init(line: Int, mission: String, party: String, asOf: Day, personnel: Personnel, women: Personnel = .none) {
        self.line = line
        self.mission = mission
        self.party = party
        self.asOf = asOf
        self.personnel = personnel
        self.women = women
    }
}
