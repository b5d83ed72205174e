import TriadCore

/// Which meetings a list asks for; every field left nil matches all.
public struct MeetingFilter: Sendable {
    public var mission: String?
    public var kind: MeetingKind?
    public var from: Day?
    public var to: Day?
    /// A party that attended or was invited.
    public var party: String?
    public var status: MeetingStatus?

    /// Creates a filter.
    public init(
        mission: String? = nil, kind: MeetingKind? = nil, from: Day? = nil, to: Day? = nil, party: String? = nil,
        status: MeetingStatus? = nil
    ) {
        self.mission = mission
        self.kind = kind
        self.from = from
        self.to = to
        self.party = party
        self.status = status
    }
}
