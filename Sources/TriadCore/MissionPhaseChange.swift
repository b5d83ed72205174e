/// A mission's phase from a day on, as recorded (`triad mission phase`) or as the catalogue's dates imply.
public struct MissionPhaseChange: Codable, Hashable, Sendable {
    /// The phase.
    public var phase: MissionPhase
    /// The first day of the phase; nil for the `active` phase of a mission whose establishment is unknown.
    public var from: Day?
    /// The decision it follows (`S/RES/2790 (2025)`), when known.
    public var source: String?

    /// Creates a change.
    public init(phase: MissionPhase, from: Day?, source: String? = nil) {
        self.phase = phase
        self.from = from
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case phase, from, source
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(phase, forKey: .phase)
        try container.encode(from, forKey: .from)
        try container.encode(source, forKey: .source)
    }
}

extension MissionPhaseChange {
    /// The phase as a report states it: "drawdown since 2025-08-28 (S/RES/2790 (2025))".
    public var sentence: String {
        phase.rawValue + (from.map { " since \($0)" } ?? "") + (source.map { " (\($0))" } ?? "")
    }

    /// The change as the history lists it: "put UNIFIL in withdrawal from 2027-01-01".
    public func summary(of acronym: String) -> String {
        "put \(acronym) in \(phase.rawValue) from \(from.map(String.init(describing:)) ?? "its establishment")"
    }
}
