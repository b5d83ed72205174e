import TriadCore

/// What the store gathers for a mandate review: the facts of one mission on one day.
public struct MandateReviewFacts: Sendable {
    /// The mission.
    public var mission: Mission
    /// Its mandate in force on the as-of day, if any.
    public var mandate: Mandate?
    /// Meetings concerning the mission from the start of the mandate period (or of the consultation
    /// window, if earlier) to its expiry (or the as-of day), in date order, with attendance.
    public var meetings: [MeetingDetail]
    /// Its contributors on the as-of day, largest first.
    public var contributors: [ContributorStanding]
    /// For each party, the day of the last held meeting concerning the mission it attended, up to the as-of day.
    public var lastConsulted: [String: Day]
    /// Open and in-progress actions linked to the mission directly or through their meeting.
    public var openActions: [ActionItem]
    /// All actions linked to the mission, by recorded status.
    public var actionCounts: ActionStatusCounts
    /// A4P areas tagged on actions linked to the mission that arose in the period.
    public var actionAreas: Set<A4PArea>
    /// The parity targets of the as-of day's year.
    public var parityTargets: [ParityTarget]
    /// The positions raised in the cycle the mandate's adoption opened, judged against the next adoption.
    public var positions: [Position]
    /// That cycle, if there is a mandate.
    public var positionsCycle: UptakeCycle?

    /// Creates the facts.
    public init(
        mission: Mission, mandate: Mandate?, meetings: [MeetingDetail], contributors: [ContributorStanding],
        lastConsulted: [String: Day], openActions: [ActionItem], actionCounts: ActionStatusCounts,
        actionAreas: Set<A4PArea>, parityTargets: [ParityTarget] = [], positions: [Position] = [],
        positionsCycle: UptakeCycle? = nil
    ) {
        self.positions = positions
        self.positionsCycle = positionsCycle
        self.mission = mission
        self.mandate = mandate
        self.meetings = meetings
        self.contributors = contributors
        self.lastConsulted = lastConsulted
        self.openActions = openActions
        self.actionCounts = actionCounts
        self.actionAreas = actionAreas
        self.parityTargets = parityTargets
    }
}
