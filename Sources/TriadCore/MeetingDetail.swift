/// Everything recorded about one meeting: the meeting, who came, the agenda and what it led to.
public struct MeetingDetail: Hashable, Sendable {
    /// The meeting itself.
    public var meeting: Meeting
    /// Parties present, with their groups on the day.
    public var attendees: [Attendee]
    /// Parties invited.
    public var invitees: [PartyReference]
    /// The agenda in order.
    public var agenda: [AgendaItem]
    /// Action items that arose from it.
    public var actions: [ActionID]

    /// Creates a meeting detail.
    public init(
        meeting: Meeting, attendees: [Attendee], invitees: [PartyReference], agenda: [AgendaItem], actions: [ActionID]
    ) {
        self.meeting = meeting
        self.attendees = attendees
        self.invitees = invitees
        self.agenda = agenda
        self.actions = actions
    }

    /// The distinct groups of the attendees, in triangle order.
    public var groupsPresent: [StakeholderGroup] {
        Set(attendees.flatMap(\.groups)).sorted()
    }

    /// Whether council, contributors and secretariat were all present.
    public var isTriangular: Bool {
        StakeholderGroup.isTriangular(groupsPresent)
    }

    /// Invitees who did not attend.
    public var absentInvitees: [PartyReference] {
        let present = Set(attendees.map(\.party))
        return invitees.filter { !present.contains($0.party) }
    }
}
