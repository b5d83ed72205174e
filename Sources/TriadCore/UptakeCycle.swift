/// The positions an adoption answers: those raised on the mission from the adoption of the mandate before it
/// (that day included) to the day before its own adoption (DOMAIN.md: a renewal cycle's positions are judged
/// against the mandate adopted at its end), and any older one whose uptake is recorded against it.
public struct UptakeCycle: Hashable, Sendable {
    /// The mandate adopted at the cycle's end.
    public var mandate: Mandate
    /// The adoption of the mandate before it, if any: the cycle's first day.
    public var from: Day?

    /// The cycle ending with `mandate`, whose mission's mandate before it was `previous`.
    public init(endingWith mandate: Mandate, previous: Mandate?) {
        self.mandate = mandate
        from = previous?.adopted
    }

    /// The cycle ending with `mandate`, among the mission's `mandates` (in any order).
    public init(endingWith mandate: Mandate, among mandates: [Mandate]) {
        let previous = mandates.filter { $0.mission == mandate.mission && $0.adopted < mandate.adopted }
            .max { $0.adopted < $1.adopted }
        self.init(endingWith: mandate, previous: previous)
    }

    /// Whether the adoption answers `position`: raised in the cycle on the mandate's mission, or judged against
    /// the mandate by its recorded uptake.
    public func answers(_ position: Position) -> Bool {
        if position.uptake?.mandate == mandate.resolution { return true }
        return position.missions.contains(mandate.mission) && contains(position.raisedOn)
    }

    /// Whether a position raised on `day` falls in the cycle.
    public func contains(_ day: Day) -> Bool {
        day < mandate.adopted && from.map { day >= $0 } ?? true
    }
}
