/// The ceilings a resolution sets beyond its military and police totals (DOMAIN.md, "Ceilings by type"):
/// MONUSCO's 2808 (2025) sets 600 military observers and staff officers, 443 individual police and 1,270
/// formed police unit personnel; MINUSCA's 2759 (2024) 108 corrections officers. Nil where it sets none.
public struct TypeCeilings: Hashable, Codable, Sendable {
    /// Military observers and staff officers.
    public var observersAndStaff: Int?
    /// Individual police officers.
    public var individualPolice: Int?
    /// Formed police unit personnel.
    public var formedPolice: Int?
    /// Government-provided corrections officers.
    public var corrections: Int?

    /// Creates the ceilings, refusing negative ones.
    public init(
        observersAndStaff: Int? = nil, individualPolice: Int? = nil, formedPolice: Int? = nil, corrections: Int? = nil
    ) throws(DomainError) {
        for (field, value) in [
            ("the observers and staff officers ceiling", observersAndStaff),
            ("the individual police ceiling", individualPolice), ("the formed police ceiling", formedPolice),
            ("the corrections ceiling", corrections),
        ] {
            if let value, value < 0 { throw .negativeNumber(field: field, value: value) }
        }
        self.observersAndStaff = observersAndStaff
        self.individualPolice = individualPolice
        self.formedPolice = formedPolice
        self.corrections = corrections
    }

    /// No ceiling by type.
    public static let none = try! TypeCeilings()

    /// The ceiling of a parity category's personnel, when the resolution sets one apart from the totals.
    public subscript(category: ParityCategory) -> Int? {
        switch category {
        case .militaryContingents: nil
        case .observersAndStaff: observersAndStaff
        case .individualPolice: individualPolice
        case .formedPolice: formedPolice
        case .justiceAndCorrections: corrections
        }
    }

    /// Every ceiling is written, `null` where the resolution sets none, so that a reader sees which exist.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(observersAndStaff, forKey: .observersAndStaff)
        try container.encode(individualPolice, forKey: .individualPolice)
        try container.encode(formedPolice, forKey: .formedPolice)
        try container.encode(corrections, forKey: .corrections)
    }
}
