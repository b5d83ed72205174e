/// A triangular meeting as recorded: what, when, about which missions, and how it went.
public struct Meeting: Hashable, Sendable {
    /// Short number (`M-12`).
    public var id: MeetingID
    /// Stable identity across databases.
    public var uuid: String
    /// The format.
    public var kind: MeetingKind
    /// What it was called.
    public var title: String
    /// When it starts.
    public var start: MeetingStart
    /// Scheduled, held or cancelled.
    public var status: MeetingStatus
    /// Acronyms of the missions it concerns.
    public var missions: [String]
    /// The first mission's mandate in force on the meeting day, if any.
    public var mandate: ResolutionReference?
    /// Code of the chairing party.
    public var chair: String?
    /// Where it took place.
    public var location: String?
    /// In person, virtual or hybrid.
    public var mode: MeetingMode?
    /// A short account of the meeting.
    public var summary: String?
    /// A4P areas discussed.
    public var a4p: [A4PArea]
    /// Why it was cancelled, if it was.
    public var cancelReason: String?
    /// How far what was said may travel; its agenda, actions and notes take it unless given their own.
    public var classification: Classification
    /// When it was recorded.
    public var createdAt: Timestamp
    /// When its record last changed.
    public var updatedAt: Timestamp

    /// Creates a meeting record.
    public init(
        id: MeetingID, uuid: String, kind: MeetingKind, title: String, start: MeetingStart, status: MeetingStatus,
        missions: [String], mandate: ResolutionReference?, chair: String?, location: String?, mode: MeetingMode?,
        summary: String?, a4p: [A4PArea], cancelReason: String?, classification: Classification,
        createdAt: Timestamp, updatedAt: Timestamp
    ) {
        self.id = id
        self.uuid = uuid
        self.kind = kind
        self.title = title
        self.start = start
        self.status = status
        self.missions = missions
        self.mandate = mandate
        self.chair = chair
        self.location = location
        self.mode = mode
        self.summary = summary
        self.a4p = a4p
        self.cancelReason = cancelReason
        self.classification = classification
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
