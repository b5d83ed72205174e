import TriadCore

/// The figures a `contribution set` gives; the types it leaves out keep the value recorded for the
/// same day, or zero for a new day. The same holds for the women of each type.
public struct PersonnelChange: Sendable {
    /// The new headcount of each type given.
    public var counts: [PersonnelType: Int]
    /// The new number of women of each type given.
    public var women: [PersonnelType: Int]

    /// Creates a change.
    public init(
        troops: Int? = nil, staffOfficers: Int? = nil, experts: Int? = nil, police: Int? = nil,
        formedPolice: Int? = nil,
        women: [PersonnelType: Int] = [:]
    ) {
        let given: [PersonnelType: Int?] = [
            .troops: troops, .staffOfficers: staffOfficers, .experts: experts, .police: police,
            .formedPolice: formedPolice,
        ]
        counts = given.compactMapValues { $0 }
        self.women = women
    }

    /// The headcount and the women after applying this change to `base` and `baseWomen`, checked: no type
    /// may hold more women than personnel.
    public func applied(to base: Personnel, women baseWomen: Personnel) throws(DomainError) -> (
        personnel: Personnel, women: Personnel
    ) {
        var personnel = base
        var newWomen = baseWomen
        for type in PersonnelType.allCases {
            if let count = counts[type] {
                guard count >= 0 else { throw .negativeNumber(field: "the number of \(type.label)", value: count) }
                personnel[type] = count
            }
            if let count = self.women[type] {
                guard count >= 0 else {
                    throw .negativeNumber(field: "the number of women \(type.label)", value: count)
                }
                newWomen[type] = count
            }
        }
        try personnel.check(women: newWomen)
        return (personnel, newWomen)
    }
}
