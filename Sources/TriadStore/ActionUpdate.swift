import TriadCore

/// Changes to an action item; fields left nil stay as they are.
public struct ActionUpdate: Sendable {
    /// Open or in progress; closing goes through done or cancel.
    public var status: ActionStatus?
    public var due: Day?
    public var owner: String?
    public var assignee: String?
    public var priority: ActionPriority?
    /// Replaces the action's areas when given.
    public var a4p: [A4PArea]?
    /// A note to add.
    public var note: String?
    /// A level of its own, which its notes without one follow.
    public var classification: Classification?

    /// Creates an update, checking the texts.
    public init(
        status: ActionStatus? = nil, due: Day? = nil, owner: String? = nil, assignee: String? = nil,
        priority: ActionPriority? = nil, a4p: [A4PArea]? = nil, note: String? = nil,
        classification: Classification? = nil
    ) throws(DomainError) {
        self.status = status
        self.due = due
        self.owner = owner
        self.assignee = try assignee.map { text throws(DomainError) in try Text.required(text, field: "assignee") }
        self.priority = priority
        self.a4p = a4p
        self.note = try note.map { text throws(DomainError) in try Text.required(text, field: "note") }
        self.classification = classification
    }

    /// Whether the update changes nothing.
    public var isEmpty: Bool {
        status == nil && due == nil && owner == nil && assignee == nil && priority == nil && a4p == nil && note == nil
            && classification == nil
    }
}
