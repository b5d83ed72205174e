import TriadCore

/// The figures a `contribution set` gives; the types it leaves out keep the value recorded for the
/// same day, or zero for a new day.
public struct PersonnelChange: Sendable {
    public var troops: Int?
    public var staffOfficers: Int?
    public var experts: Int?
    public var police: Int?
    public var formedPolice: Int?

    /// Creates a change.
    public init(
        troops: Int? = nil, staffOfficers: Int? = nil, experts: Int? = nil, police: Int? = nil, formedPolice: Int? = nil
    ) {
        self.troops = troops
        self.staffOfficers = staffOfficers
        self.experts = experts
        self.police = police
        self.formedPolice = formedPolice
    }

    /// The headcount after applying this change to `base`.
    public func applied(to base: Personnel) throws(DomainError) -> Personnel {
        try Personnel(
            troops: troops ?? base.troops, staffOfficers: staffOfficers ?? base.staffOfficers,
            experts: experts ?? base.experts, police: police ?? base.police,
            formedPolice: formedPolice ?? base.formedPolice)
    }
}
