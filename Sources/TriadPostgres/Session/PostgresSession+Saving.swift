import TriadCore
import TriadStore

/// The one write path of each record's dependent rows, which the commands and the bundle merge go through:
/// hosts of a mission, penholders and report dates of a mandate, missions, attendance, invitations and agenda
/// of a meeting, A4P areas of a meeting, agenda item or action, notes of an action.
extension PostgresSession {
    /// Makes `parties` the host states of a mission.
    func replaceHosts(of mission: Int64, with parties: [Int64]) throws {
        try execute("DELETE FROM missionHost WHERE missionId = $1", [mission])
        for party in parties {
            try execute("INSERT INTO missionHost (missionId, partyId) VALUES ($1, $2)", [mission, party])
        }
    }

    /// Makes `penholders` and `reportsDue` those of a mandate.
    func replaceLinks(of mandate: Int64, penholders: [Int64], reportsDue: [Day]) throws {
        try execute("DELETE FROM mandatePenholder WHERE mandateId = $1", [mandate])
        try execute("DELETE FROM mandateReportDue WHERE mandateId = $1", [mandate])
        for party in penholders {
            try execute("INSERT INTO mandatePenholder (mandateId, partyId) VALUES ($1, $2)", [mandate, party])
        }
        for day in Set(reportsDue).sorted() {
            try execute("INSERT INTO mandateReportDue (mandateId, dueOn) VALUES ($1, $2)", [mandate, day])
        }
    }

    /// Makes `missions`, in this order, the missions a meeting concerns.
    func replaceMissions(of meeting: Int64, with missions: [Int64]) throws {
        try execute("DELETE FROM meetingMission WHERE meetingId = $1", [meeting])
        for (position, mission) in missions.enumerated() {
            try execute(
                "INSERT INTO meetingMission (meetingId, missionId, position) VALUES ($1, $2, $3)",
                [meeting, mission, position + 1])
        }
    }

    /// Records a party as present at a meeting; for one already present, a representative given replaces the
    /// one recorded, and none given keeps it. Returns whether a row changed.
    @discardableResult
    func attend(meeting: Int64, party: Int64, representative: String?) throws -> Bool {
        try execute(
            """
            INSERT INTO attendance (meetingId, partyId, representative) VALUES ($1, $2, $3)
            ON CONFLICT (meetingId, partyId) DO UPDATE SET representative = excluded.representative
            WHERE excluded.representative IS NOT NULL
              AND excluded.representative IS DISTINCT FROM attendance.representative
            """, [meeting, party, representative]
        ).changed > 0
    }

    /// Records a party as invited to a meeting, once. Returns whether a row changed.
    @discardableResult
    func invite(meeting: Int64, party: Int64) throws -> Bool {
        try execute(
            "INSERT INTO invitation (meetingId, partyId) VALUES ($1, $2) ON CONFLICT DO NOTHING", [meeting, party]
        ).changed > 0
    }

    /// Makes `attendees` and `invitees` those of a meeting.
    func replaceParticipants(
        of meeting: Int64, attendees: [(party: Int64, representative: String?)], invitees: [Int64]
    ) throws {
        try execute("DELETE FROM attendance WHERE meetingId = $1", [meeting])
        try execute("DELETE FROM invitation WHERE meetingId = $1", [meeting])
        for attendee in attendees {
            try attend(meeting: meeting, party: attendee.party, representative: attendee.representative)
        }
        for party in invitees {
            try invite(meeting: meeting, party: party)
        }
    }

    /// Adds an item at `position` of a meeting's agenda, with its areas.
    func insertAgendaItem(meeting: Int64, _ item: AgendaItem) throws {
        guard
            let id = try execute(
                """
                INSERT INTO agendaItem (meetingId, position, title, outcome, classification, ownClassification)
                VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
                """,
                [
                    meeting, item.position, item.title, item.outcome, item.classification.level,
                    item.classification.isOwn,
                ]
            ).scalar(Int64.self)
        else { return }
        try replaceAreas(of: .agendaItem, id, with: item.a4p)
    }

    /// Makes `agenda` a meeting's agenda.
    func replaceAgenda(of meeting: Int64, with agenda: [AgendaItem]) throws {
        try execute("DELETE FROM agendaItem WHERE meetingId = $1", [meeting])
        for item in agenda {
            try insertAgendaItem(meeting: meeting, item)
        }
    }

    /// Makes these the missions, areas, attendees, invitees and agenda of a meeting: what a meeting holds
    /// beside its own row, as it is logged or taken from a bundle.
    func replaceContents(
        of meeting: Int64, missions: [Int64], areas: [A4PArea], attendees: [(party: Int64, representative: String?)],
        invitees: [Int64], agenda: [AgendaItem]
    ) throws {
        try replaceMissions(of: meeting, with: missions)
        try replaceAreas(of: .meeting, meeting, with: areas)
        try replaceParticipants(of: meeting, attendees: attendees, invitees: invitees)
        try replaceAgenda(of: meeting, with: agenda)
    }

    /// The next free place on a meeting's agenda.
    func nextAgendaPosition(of meeting: Int64) throws -> Int {
        try execute("SELECT coalesce(max(position), 0) + 1 FROM agendaItem WHERE meetingId = $1", [meeting])
            .scalar(Int.self) ?? 1
    }

    /// Replaces the A4P areas of a meeting, agenda item or action, keeping their order; areas as they were
    /// already are left alone, so that the journal records no change.
    func replaceAreas(of table: AreaTable, _ id: Int64, with areas: [A4PArea]) throws {
        let current = try execute(
            "SELECT area FROM \(table.rawValue) WHERE \(table.owner) = $1 ORDER BY position", [id]
        ).map { try $0.decode(at: 0, as: A4PArea.self) }
        guard current != areas else { return }
        try execute("DELETE FROM \(table.rawValue) WHERE \(table.owner) = $1", [id])
        for (position, area) in areas.enumerated() {
            try execute(
                "INSERT INTO \(table.rawValue) (\(table.owner), area, position) VALUES ($1, $2, $3)",
                [id, area, position + 1])
        }
    }

    /// Adds a note to an action.
    func insertNote(_ note: ActionNote, to action: Int64) throws {
        try execute(
            """
            INSERT INTO actionNote (uuid, actionItemId, writtenAt, actor, text, classification, ownClassification)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """,
            [
                note.uuid, action, note.at, note.actor, note.text, note.classification.level,
                note.classification.isOwn,
            ])
    }

    /// The id and figures of a party's contribution record in a mission for one day, if there is one.
    func contributionRecord(mission: Int64, party: Int64, asOf day: Day) throws -> PostgresRow? {
        try execute(
            "SELECT * FROM contribution WHERE missionId = $1 AND partyId = $2 AND asOf = $3", [mission, party, day]
        ).first
    }
}

extension PostgresSession {
    /// Brings the agenda items and actions of a meeting that have no level of their own to the meeting's level,
    /// and the notes of those actions to theirs; rows already there are left alone, so the journal records no
    /// change for them.
    func followClassification(ofMeeting meeting: Int64) throws {
        try execute(
            """
            UPDATE agendaItem SET classification = meeting.classification FROM meeting
            WHERE meeting.id = $1 AND agendaItem.meetingId = $1 AND NOT agendaItem.ownClassification
              AND agendaItem.classification <> meeting.classification
            """, [meeting])
        try execute(
            """
            UPDATE actionItem SET classification = meeting.classification FROM meeting
            WHERE meeting.id = $1 AND actionItem.meetingId = $1 AND NOT actionItem.ownClassification
              AND actionItem.classification <> meeting.classification
            """, [meeting])
        try execute(
            """
            UPDATE actionNote SET classification = actionItem.classification FROM actionItem
            WHERE actionItem.id = actionNote.actionItemId AND actionItem.meetingId = $1
              AND NOT actionNote.ownClassification AND actionNote.classification <> actionItem.classification
            """, [meeting])
    }

    /// Brings the notes of an action that have no level of their own to the action's level.
    func followClassification(ofAction action: Int64) throws {
        try execute(
            """
            UPDATE actionNote SET classification = actionItem.classification FROM actionItem
            WHERE actionItem.id = $1 AND actionNote.actionItemId = $1 AND NOT actionNote.ownClassification
              AND actionNote.classification <> actionItem.classification
            """, [action])
    }
}
