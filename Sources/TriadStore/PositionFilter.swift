import TriadCore

/// Which positions a list shows; every condition given must hold.
public struct PositionFilter: Sendable, Equatable {
    /// Raised at a meeting concerning this mission.
    public var mission: String?
    /// Raised by this party.
    public var party: String?
    /// Answered by this adoption: raised in the cycle before it (``UptakeCycle``) or judged against it.
    public var mandate: ResolutionReference?
    /// Raised at this meeting.
    public var meeting: MeetingID?
    /// Only those whose uptake is not yet recorded.
    public var openOnly: Bool

    public init(
        mission: String? = nil, party: String? = nil, mandate: ResolutionReference? = nil,
        meeting: MeetingID? = nil, openOnly: Bool = false
    ) {
        self.mission = mission
        self.party = party
        self.mandate = mandate
        self.meeting = meeting
        self.openOnly = openOnly
    }
}
