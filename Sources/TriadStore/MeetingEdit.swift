import TriadCore

/// Changes to a logged meeting; fields left nil stay as they are.
public struct MeetingEdit: Sendable {
    public var start: MeetingStart?
    public var title: String?
    public var summary: String?
    public var location: String?
    public var mode: MeetingMode?
    /// Replaces the meeting's A4P areas when given.
    public var a4p: [A4PArea]?
    /// Its new level, which its agenda, actions and notes without a level of their own follow.
    public var classification: Classification?

    /// Creates an edit, checking the texts.
    public init(
        start: MeetingStart? = nil, title: String? = nil, summary: String? = nil, location: String? = nil,
        mode: MeetingMode? = nil, a4p: [A4PArea]? = nil, classification: Classification? = nil
    ) throws(DomainError) {
        self.start = start
        self.title = try title.map { text throws(DomainError) in try Text.required(text, field: "meeting title") }
        self.summary = try summary.map { text throws(DomainError) in try Text.required(text, field: "summary") }
        self.location = try location.map { text throws(DomainError) in try Text.required(text, field: "location") }
        self.mode = mode
        self.a4p = a4p
        self.classification = classification
    }

    /// Whether the edit changes nothing.
    public var isEmpty: Bool {
        start == nil && title == nil && summary == nil && location == nil && mode == nil && a4p == nil
            && classification == nil
    }
}
