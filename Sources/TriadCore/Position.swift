/// What a party asked for, warned of, committed or declined to do at a meeting (DOMAIN.md, "Positions and their
/// uptake"), and whether the mandate that followed took it up.
public struct Position: Hashable, Sendable {
    /// Short number (`P-12`).
    public var id: PositionID
    /// Stable identity across databases.
    public var uuid: String
    /// The meeting where it was raised.
    public var meeting: MeetingID
    /// The day of that meeting.
    public var raisedOn: Day
    /// The missions that meeting concerned.
    public var missions: [String]
    /// The code of the party that raised it.
    public var party: String
    /// The party's name.
    public var partyName: String
    /// The party's groups on the meeting day, for the meeting's missions.
    public var partyGroups: [StakeholderGroup]
    /// A request, a concern, a commitment or a caveat.
    public var kind: PositionKind
    /// What it is about.
    public var topic: PositionTopic
    /// What was said.
    public var text: String
    /// A4P areas it touches.
    public var a4p: [A4PArea]
    /// Its uptake in a mandate, once recorded.
    public var uptake: PositionUptake?
    /// Its level: its meeting's, which it always carries.
    public var classification: Classification
    /// When it was recorded.
    public var createdAt: Timestamp
    /// When its record last changed.
    public var updatedAt: Timestamp

    /// Creates a position record.
    public init(
        id: PositionID, uuid: String, meeting: MeetingID, raisedOn: Day, missions: [String], party: String,
        partyName: String, partyGroups: [StakeholderGroup], kind: PositionKind, topic: PositionTopic, text: String,
        a4p: [A4PArea], uptake: PositionUptake?, classification: Classification, createdAt: Timestamp,
        updatedAt: Timestamp
    ) {
        self.id = id
        self.uuid = uuid
        self.meeting = meeting
        self.raisedOn = raisedOn
        self.missions = missions
        self.party = party
        self.partyName = partyName
        self.partyGroups = partyGroups
        self.kind = kind
        self.topic = topic
        self.text = text
        self.a4p = a4p
        self.uptake = uptake
        self.classification = classification
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Its uptake in `mandate`, or nil (pending there) when none is recorded against that mandate.
    public func uptake(in mandate: ResolutionReference) -> PositionUptake? {
        uptake?.mandate == mandate ? uptake : nil
    }
}
