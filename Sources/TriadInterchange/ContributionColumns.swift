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
    /// The columns holding the women of each type; a type without one counts no women.
    public var women: [PersonnelType: String]

    /// Creates a mapping; personnel types left nil count as zero.
    public init(
        date: String, party: String, mission: String, troops: String? = nil, staffOfficers: String? = nil,
        experts: String? = nil, police: String? = nil, formedPolice: String? = nil,
        women: [PersonnelType: String] = [:]
    ) {
        self.date = date
        self.party = party
        self.mission = mission
        self.troops = troops
        self.staffOfficers = staffOfficers
        self.experts = experts
        self.police = police
        self.formedPolice = formedPolice
        self.women = women
    }

    /// The UN's "gender by mission" statistics as the IPI peacekeeping database publishes them: totals
    /// per personnel type, male and female columns beside them (men are the total less the women). Staff
    /// officers are counted with troops there.
    public static let unGender = ContributionColumns(
        date: "Date", party: "Contributor ISO-3", mission: "Mission", troops: "Troops Total",
        experts: "Experts on Mission Total", police: "Individual Police Total",
        formedPolice: "Formed Police Units Total",
        women: [
            .troops: "Troops Female", .experts: "Experts on Mission Female", .police: "Individual Police Female",
            .formedPolice: "Formed Police Units Female",
        ])

    /// The personnel columns with the field each fills, in the order of ``PersonnelType/allCases``.
    var personnelColumns: [(field: String, column: String?)] {
        [
            ("troops", troops), ("staff officers", staffOfficers), ("experts", experts), ("police", police),
            ("formed police", formedPolice),
        ]
    }

    /// The columns of the women of each type, in the order of ``PersonnelType/allCases``.
    var womenColumns: [(field: String, column: String?)] {
        PersonnelType.allCases.map { ("women \($0.label)", women[$0]) }
    }

    /// Whether a header row is the UN layout.
    static func isUNGender(_ header: [String]) -> Bool {
        let names = Set(header)
        return [unGender.date, unGender.party, unGender.mission, "Troops Total", "Total Total"].allSatisfy(
            names.contains)
    }
}
