/// A mission with its phase on a given day: what `mission list`, `mission add` and `mission phase` print.
public struct MissionListing: Encodable, Sendable {
    /// The mission.
    public var mission: Mission
    /// The day its phase is read on.
    public var asOf: Day

    /// Creates a listing.
    public init(_ mission: Mission, asOf: Day) {
        self.mission = mission
        self.asOf = asOf
    }

    /// The mission's phase on the day, with the day it began.
    public var phase: MissionPhaseChange? {
        mission.phaseChange(on: asOf)
    }

    enum CodingKeys: String, CodingKey {
        case phase, phaseFrom
    }

    /// The mission's fields, then `phase` and `phaseFrom` (null before the mission was established).
    public func encode(to encoder: any Encoder) throws {
        try mission.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(phase?.phase, forKey: .phase)
        try container.encode(phase?.from, forKey: .phaseFrom)
    }
}
