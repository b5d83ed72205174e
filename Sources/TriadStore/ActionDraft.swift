import TriadCore

/// An action item to record, as the user described it.
public struct ActionDraft: Sendable {
    public var title: String
    public var owner: String
    public var meeting: MeetingID?
    public var mission: String?
    public var due: Day?
    public var assignee: String?
    public var priority: ActionPriority
    public var a4p: [A4PArea]
    public var details: String?
    /// Its own level; nil takes its meeting's (unclassified without a meeting).
    public var classification: Classification?

    /// Creates a draft, checking the texts.
    public init(
        title: String, owner: String, meeting: MeetingID? = nil, mission: String? = nil, due: Day? = nil,
        assignee: String? = nil, priority: ActionPriority = .normal, a4p: [A4PArea] = [], details: String? = nil,
        classification: Classification? = nil
    ) throws(DomainError) {
        self.title = try Text.required(title, field: "action title")
        self.owner = owner
        self.meeting = meeting
        self.mission = mission
        self.due = due
        self.assignee = try Text.optional(assignee, field: "assignee")
        self.priority = priority
        self.a4p = a4p
        self.details = try Text.optional(details, field: "details")
        self.classification = classification
    }
}
