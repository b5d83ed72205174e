import TriadCore

extension TriadBundle.Meeting {
    /// A meeting as a bundle keeps it: its record, missions, areas, attendance, invitations and agenda.
    public init(_ detail: MeetingDetail) {
        let meeting = detail.meeting
        self.init(
            number: meeting.id.rawValue, uuid: meeting.uuid, kind: meeting.kind, title: meeting.title,
            startsAt: meeting.start, status: meeting.status, missions: meeting.missions, chair: meeting.chair,
            location: meeting.location, mode: meeting.mode, summary: meeting.summary,
            cancelReason: meeting.cancelReason, a4p: meeting.a4p,
            attendees: detail.attendees.map {
                TriadBundle.Attendance(party: $0.party, representative: $0.representative)
            },
            invitees: detail.invitees.map(\.party),
            agenda: detail.agenda, classification: meeting.classification,
            createdAt: meeting.createdAt, updatedAt: meeting.updatedAt)
    }
}

extension TriadBundle.Mission {
    /// A mission as a bundle keeps it, with its row's dates of record.
    public init(_ mission: TriadCore.Mission, isReference: Bool, createdAt: Timestamp, updatedAt: Timestamp) {
        self.init(
            acronym: mission.acronym, name: mission.name, territory: mission.territory,
            established: mission.established, closed: mission.closed, hosts: mission.hosts, type: mission.type,
            predecessor: mission.predecessor, phases: mission.phases, isReference: isReference,
            createdAt: createdAt, updatedAt: updatedAt)
    }
}

extension TriadBundle.Action {
    /// An action as a bundle keeps it, naming the meeting it arose from by that meeting's uuid.
    public init(_ item: ActionItem, meeting: String?) {
        self.init(
            number: item.id.rawValue, uuid: item.uuid, title: item.title, details: item.details, owner: item.owner,
            assignee: item.assignee, meeting: meeting, mission: item.mission, due: item.due, priority: item.priority,
            status: item.status, a4p: item.a4p,
            notes: item.notes.sorted { ($0.at, $0.uuid) < ($1.at, $1.uuid) }, classification: item.classification,
            createdAt: item.createdAt, updatedAt: item.updatedAt, closedAt: item.closedAt)
    }
}

extension TriadBundle.Position {
    /// A position as a bundle keeps it, naming its meeting by that meeting's uuid.
    public init(_ position: TriadCore.Position, meeting: String) {
        self.init(
            number: position.id.rawValue, uuid: position.uuid, meeting: meeting, party: position.party,
            kind: position.kind, topic: position.topic, text: position.text, a4p: position.a4p,
            uptake: position.uptake.map {
                Uptake(mandate: $0.mandate, status: $0.status, paragraph: $0.paragraph, note: $0.note)
            }, createdAt: position.createdAt, updatedAt: position.updatedAt)
    }
}

extension TriadBundle.Position {
    /// Positions as a bundle lists them, by creation and uuid (an order that does not depend on this database's
    /// numbers), each naming its meeting by the uuid `meetings` gives for the meeting's number.
    public static func inBundleOrder(_ positions: [TriadCore.Position], meetings: [Int64: String])
        -> [TriadBundle.Position]
    {
        positions.compactMap { position in
            meetings[position.meeting.rawValue].map { TriadBundle.Position(position, meeting: $0) }
        }
        .sorted { ($0.createdAt, $0.uuid) < ($1.createdAt, $1.uuid) }
    }
}

extension TriadBundle.Mandate {
    /// A mandate as a bundle keeps it, with the resolution's number and year apart.
    public init(_ mandate: TriadCore.Mandate, createdAt: Timestamp) {
        self.init(
            uuid: mandate.uuid, mission: mandate.mission, resolutionNumber: mandate.resolution.number,
            resolutionYear: mandate.resolution.year, adopted: mandate.adopted, expires: mandate.expires,
            troopCeiling: mandate.troopCeiling, policeCeiling: mandate.policeCeiling, ceilings: mandate.ceilings,
            penholders: mandate.penholders, reportsDue: mandate.reportsDue, createdAt: createdAt,
            updatedAt: mandate.updatedAt)
    }
}
