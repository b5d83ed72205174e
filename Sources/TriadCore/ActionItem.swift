/// Something a party undertook to do, as it stands on an as-of day.
public struct ActionItem: Hashable, Sendable {
    /// Short number (`A-57`).
    public var id: ActionID
    /// Stable identity across databases.
    public var uuid: String
    /// What is to be done.
    public var title: String
    /// Longer description, if any.
    public var details: String?
    /// Code of the party that owns it.
    public var owner: String
    /// Name of the owning party.
    public var ownerName: String
    /// The owner's stakeholder groups on the as-of day.
    public var ownerGroups: [StakeholderGroup]
    /// The person in charge, if named.
    public var assignee: String?
    /// The meeting it arose from, if any.
    public var meeting: MeetingID?
    /// The mission it concerns directly, if any.
    public var mission: String?
    /// Every mission it concerns: its own, then its meeting's, each once. The reports count it for each.
    public var missions: [String]
    /// When it is due, if set.
    public var due: Day?
    /// How urgent it is.
    public var priority: ActionPriority
    /// The recorded status.
    public var status: ActionStatus
    /// A4P areas it serves.
    public var a4p: [A4PArea]
    /// When it was recorded.
    public var createdAt: Timestamp
    /// When its record last changed.
    public var updatedAt: Timestamp
    /// When it was done or cancelled, if it is.
    public var closedAt: Timestamp?
    /// Notes, oldest first.
    public var notes: [ActionNote]
    /// Its level: its own, or its meeting's.
    public var classification: RecordClassification
    /// Days past due on the as-of day; nil when not overdue.
    public let daysOverdue: Int?

    /// Creates an action as it stands on `asOf`, deriving whether it is overdue.
    public init(
        id: ActionID, uuid: String, title: String, details: String?, owner: String, ownerName: String,
        ownerGroups: [StakeholderGroup], assignee: String?, meeting: MeetingID?, mission: String?,
        missions: [String] = [], due: Day?,
        priority: ActionPriority, status: ActionStatus, a4p: [A4PArea], createdAt: Timestamp, updatedAt: Timestamp,
        closedAt: Timestamp?, notes: [ActionNote], classification: RecordClassification, asOf: Day
    ) {
        self.id = id
        self.uuid = uuid
        self.title = title
        self.details = details
        self.owner = owner
        self.ownerName = ownerName
        self.ownerGroups = ownerGroups
        self.assignee = assignee
        self.meeting = meeting
        self.mission = mission
        self.missions = ActionItem.concerned(own: mission, meeting: missions)
        self.due = due
        self.priority = priority
        self.status = status
        self.a4p = a4p
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.closedAt = closedAt
        self.notes = notes
        self.classification = classification
        self.daysOverdue = ActionItem.daysOverdue(due: due, status: status, asOf: asOf)
    }

    /// The missions an action concerns: its own first, then its meeting's, each once.
    public static func concerned(own: String?, meeting: [String]) -> [String] {
        var seen = Set<String>()
        return ((own.map { [$0] } ?? []) + meeting).filter { seen.insert($0).inserted }
    }

    /// Whether the action is overdue on the as-of day.
    public var isOverdue: Bool { daysOverdue != nil }

    /// Days past due: an action not done or cancelled whose due day is before `asOf`.
    public static func daysOverdue(due: Day?, status: ActionStatus, asOf: Day) -> Int? {
        guard let due, !status.isClosed, due < asOf else { return nil }
        return asOf.days(since: due)
    }
}
