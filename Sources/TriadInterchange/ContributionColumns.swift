import TriadCore

/// Which columns of a CSV file hold what: the mapping that lets a user import a layout triad does not know.
public struct ContributionColumns: Hashable, Sendable {
    public var date: String
    public var party: String
    public var mission: String
    public var troops: String?
    public var staffOfficers: String?
    public var experts: String?
    public var police: String?
    public var formedPolice: String?

    /// Creates a mapping; personnel types left nil count as zero.
    public init(
        date: String, party: String, mission: String, troops: String? = nil, staffOfficers: String? = nil,
        experts: String? = nil, police: String? = nil, formedPolice: String? = nil
    ) {
        self.date = date
        self.party = party
        self.mission = mission
        self.troops = troops
        self.staffOfficers = staffOfficers
        self.experts = experts
        self.police = police
        self.formedPolice = formedPolice
    }

    /// The UN's "gender by mission" statistics as the IPI peacekeeping database publishes them: totals
    /// per personnel type, male and female columns beside them. Staff officers are counted with troops there.
    public static let unGender = ContributionColumns(
        date: "Date", party: "Contributor ISO-3", mission: "Mission", troops: "Troops Total",
        experts: "Experts on Mission Total", police: "Individual Police Total",
        formedPolice: "Formed Police Units Total")

    /// The personnel columns with the field each fills, in order.
    var personnelColumns: [(field: String, column: String?)] {
        [
            ("troops", troops), ("staff officers", staffOfficers), ("experts", experts), ("police", police),
            ("formed police", formedPolice),
        ]
    }

    /// Whether a header row is the UN layout.
    static func isUNGender(_ header: [String]) -> Bool {
        let names = Set(header)
        return [unGender.date, unGender.party, unGender.mission, "Troops Total", "Total Total"].allSatisfy(
            names.contains)
    }
}
