/// The member presiding over the Security Council for one calendar month (rule 18 of the provisional rules of
/// procedure). The President chairs the Council's private meetings with the contributors.
public struct CouncilPresidency: Hashable, Sendable {
    /// The month's first day.
    public var from: Day
    /// The presiding member's code.
    public var party: String
    /// Its name.
    public var name: String

    /// The presidency of the month `month` (`2025-10`).
    public init(month: String, party: String, name: String) throws(DomainError) {
        self.from = try Day(parsing: month + "-01")
        self.party = party
        self.name = name
    }

    /// The month as the reference data writes it: `2025-10`.
    public var month: String {
        CouncilPresidency.month(of: from)
    }

    /// The month's last day.
    public var to: Day {
        from.adding(months: 1).adding(days: -1)
    }

    /// The month `day` falls in, as the reference data writes it.
    public static func month(of day: Day) -> String {
        String(day.description.prefix(7))
    }
}

extension CouncilPresidency: Encodable {
    enum CodingKeys: String, CodingKey {
        case month, party, name, from, to
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(month, forKey: .month)
        try container.encode(party, forKey: .party)
        try container.encode(name, forKey: .name)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
    }
}
