extension Mandate {
    /// Whether the mandate expires within `days` of `today` (today included, already expired not).
    public func expires(within days: Int, asOf today: Day) -> Bool {
        guard let left = daysToExpiry(asOf: today) else { return false }
        return (0...days).contains(left)
    }

    /// The renewal calendar's mandates: those of `mandates` that expire within `days` of `today`, soonest
    /// first (then by mission).
    public static func expiring(_ mandates: [Mandate], within days: Int, asOf today: Day) -> [Mandate] {
        mandates.filter { $0.expires(within: days, asOf: today) }
            .sorted { ($0.expires ?? today, $0.mission) < ($1.expires ?? today, $1.mission) }
    }
}
