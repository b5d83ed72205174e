/// Uniformed personnel deployed by one party to one mission, by type.
public struct Personnel: Codable, Hashable, Sendable {
    /// Contingent troops.
    public var troops: Int
    /// Staff officers.
    public var staffOfficers: Int
    /// Military observers and other experts on mission.
    public var experts: Int
    /// Individual police officers.
    public var police: Int
    /// Members of formed police units.
    public var formedPolice: Int

    /// Creates a headcount, refusing negative numbers.
    public init(troops: Int = 0, staffOfficers: Int = 0, experts: Int = 0, police: Int = 0, formedPolice: Int = 0)
        throws(DomainError)
    {
        for (field, value) in [
            ("troops", troops), ("staff officers", staffOfficers), ("experts", experts), ("police", police),
            ("formed police", formedPolice),
        ] where value < 0 {
            throw .negativeNumber(field: "the number of \(field)", value: value)
        }
        self.troops = troops
        self.staffOfficers = staffOfficers
        self.experts = experts
        self.police = police
        self.formedPolice = formedPolice
    }

    /// No one deployed.
    public static let none = try! Personnel()

    /// All personnel together.
    public var total: Int { troops + staffOfficers + experts + police + formedPolice }

    /// Whether anyone is deployed: a party whose latest record for a mission says so is one of its
    /// contributors; one whose latest record is zero has left.
    public var isDeployed: Bool { total > 0 }

    /// Military personnel, counted against a troop ceiling: troops, staff officers and experts.
    public var military: Int { troops + staffOfficers + experts }

    /// Police personnel, counted against a police ceiling: individual police and formed units.
    public var allPolice: Int { police + formedPolice }

    /// The sum of two headcounts.
    public static func + (lhs: Personnel, rhs: Personnel) -> Personnel {
        try! Personnel(
            troops: lhs.troops + rhs.troops, staffOfficers: lhs.staffOfficers + rhs.staffOfficers,
            experts: lhs.experts + rhs.experts, police: lhs.police + rhs.police,
            formedPolice: lhs.formedPolice + rhs.formedPolice)
    }
}

extension Personnel {
    /// The headcount of one type.
    public subscript(type: PersonnelType) -> Int {
        get {
            switch type {
            case .troops: troops
            case .staffOfficers: staffOfficers
            case .experts: experts
            case .police: police
            case .formedPolice: formedPolice
            }
        }
        set {
            switch type {
            case .troops: troops = newValue
            case .staffOfficers: staffOfficers = newValue
            case .experts: experts = newValue
            case .police: police = newValue
            case .formedPolice: formedPolice = newValue
            }
        }
    }

    /// The headcount of the types counted in a parity category.
    public func count(in category: ParityCategory) -> Int {
        category.personnelTypes.reduce(0) { $0 + self[$1] }
    }

    /// Checks that `women` is a possible count of the women among these personnel: no type has more
    /// women than people.
    public func check(women: Personnel) throws(DomainError) {
        for type in PersonnelType.allCases where women[type] > self[type] {
            throw .moreWomenThanPersonnel(type: type.label, women: women[type], personnel: self[type])
        }
    }
}
