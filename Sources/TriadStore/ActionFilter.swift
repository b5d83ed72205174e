import TriadCore

/// Which action items a list asks for; fields left nil match all.
public struct ActionFilter: Sendable {
    public var owner: String?
    /// Owners in this group on the as-of day.
    public var group: StakeholderGroup?
    /// Actions linked to the mission directly or through their meeting.
    public var mission: String?
    public var meeting: MeetingID?
    /// A recorded status, `overdue` or `all`; nil means open and in progress.
    public var status: ActionStatusFilter?
    /// Only actions due from the as-of day to this many days after it.
    public var dueWithin: Int?
    /// Only actions closed (done or cancelled) on one of these days (UTC).
    public var closedOn: ClosedRange<Day>?

    /// Whether an action read through the rest of the filter matches its owner group: the one condition the
    /// store cannot put in SQL, as a group depends on the owner's seats and contributions on the day.
    public func admitsOwner(of action: ActionItem) -> Bool {
        group.map { action.ownerGroups.contains($0) } ?? true
    }

    /// Creates a filter.
    public init(
        owner: String? = nil, group: StakeholderGroup? = nil, mission: String? = nil, meeting: MeetingID? = nil,
        status: ActionStatusFilter? = nil, dueWithin: Int? = nil, closedOn: ClosedRange<Day>? = nil
    ) {
        self.owner = owner
        self.group = group
        self.mission = mission
        self.meeting = meeting
        self.status = status
        self.dueWithin = dueWithin
        self.closedOn = closedOn
    }
}
