import TriadCore

/// A contribution as one flat row, the shape CLI.md gives contribution rows in JSON and CSV.
public struct ContributionRow: Encodable, Hashable, Sendable {
    public var mission: String
    public var party: String
    public var name: String
    public var asOf: Day
    public var troops: Int
    public var staffOfficers: Int
    public var experts: Int
    public var police: Int
    public var formedPolice: Int
    public var total: Int
    /// The women among them, all types together.
    public var women: Int
    /// The women of each type.
    public var womenByType: Personnel
    /// Share of the mission's personnel on the day, when the row is part of a ranking.
    public var share: Double?

    /// A row for a single record, without a share.
    public init(_ contribution: Contribution) {
        self.init(contribution, share: nil)
    }

    /// A row for a ranked contributor, with its share.
    public init(_ standing: ContributorStanding) {
        self.init(standing.contribution, share: standing.share)
    }

    private init(_ contribution: Contribution, share: Double?) {
        mission = contribution.mission
        party = contribution.party
        name = contribution.name
        asOf = contribution.asOf
        troops = contribution.personnel.troops
        staffOfficers = contribution.personnel.staffOfficers
        experts = contribution.personnel.experts
        police = contribution.personnel.police
        formedPolice = contribution.personnel.formedPolice
        total = contribution.personnel.total
        women = contribution.women.total
        womenByType = contribution.women
        self.share = share.map { ($0 * 10_000).rounded() / 10_000 }
    }
}
