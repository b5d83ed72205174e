/// A party's seat on the Security Council: permanent, or elected for a term.
public struct CouncilSeat: Hashable, Sendable {
    /// The party's code.
    public var party: String
    /// The party's name.
    public var name: String
    /// First day of the seat.
    public var from: Day
    /// Last day of the seat; nil when open-ended (permanent members).
    public var to: Day?
    /// Whether this is one of the five permanent seats.
    public var permanent: Bool

    /// Creates a seat, refusing one that ends before it starts.
    public init(party: String, name: String, from: Day, to: Day?, permanent: Bool) throws(DomainError) {
        if let to, to < from {
            throw .endBeforeStart(what: "the Council seat of \(party)", start: from, end: to)
        }
        self.party = party
        self.name = name
        self.from = from
        self.to = to
        self.permanent = permanent
    }

    /// Whether the seat is held on `day`.
    public func isHeld(on day: Day) -> Bool {
        CouncilSeat.isHeld(from: from, to: to, on: day)
    }

    /// Whether a seat from `from` to `to` (nil: no end) is held on `day`: from its first day to its last,
    /// both included.
    public static func isHeld(from: Day, to: Day?, on day: Day) -> Bool {
        from <= day && (to.map { day <= $0 } ?? true)
    }
}
