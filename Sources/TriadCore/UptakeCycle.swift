/// The positions an adoption answers: those raised on the mission from the adoption of the mandate before it
/// (that day included) to the day before its own adoption (DOMAIN.md: a renewal cycle's positions are judged
/// against the mandate adopted at its end), and any older one whose uptake is recorded against it. A cycle
/// whose adoption is not yet recorded runs on.
public struct UptakeCycle: Hashable, Sendable {
    /// The mission.
    public var mission: String
    /// The adoption of the mandate before it, if any: the cycle's first day.
    public var from: Day?
    /// The mandate adopted at the cycle's end; nil while it is not recorded.
    public var mandate: Mandate?

    /// The cycle ending with `mandate`, among the mission's `mandates` (in any order).
    public init(endingWith mandate: Mandate, among mandates: [Mandate]) {
        mission = mandate.mission
        from =
            mandates.filter { $0.mission == mandate.mission && $0.adopted < mandate.adopted }.map(\.adopted).max()
        self.mandate = mandate
    }

    /// The cycle that starts with `mandate`'s adoption: the one a review of `mandate` prepares, ending with the
    /// next of the mission's `mandates` when it is recorded.
    public init(following mandate: Mandate, among mandates: [Mandate]) {
        mission = mandate.mission
        from = mandate.adopted
        self.mandate =
            mandates.filter { $0.mission == mandate.mission && $0.adopted > mandate.adopted }
            .min { $0.adopted < $1.adopted }
    }

    /// Whether the cycle's adoption answers `position`: raised in the cycle on its mission, or judged against its
    /// mandate by its recorded uptake.
    public func answers(_ position: Position) -> Bool {
        if let mandate, position.uptake?.mandate == mandate.resolution { return true }
        return position.missions.contains(mission) && contains(position.raisedOn)
    }

    /// Whether a position raised on `day` falls in the cycle.
    public func contains(_ day: Day) -> Bool {
        (from.map { day >= $0 } ?? true) && (mandate.map { day < $0.adopted } ?? true)
    }
}
