import GRDB
import TriadCore
import TriadStore

/// The one write path of each record's dependent rows, which the commands, the bundle merge and the demo
/// all go through: hosts of a mission, penholders and report dates of a mandate, missions, attendance,
/// invitations and agenda of a meeting, A4P areas of a meeting, agenda item or action, notes of an action.
extension SQLiteSession {
    /// The contribution record of a party in a mission for one day, if there is one.
    func contributionRecord(mission: Int64, party: Int64, asOf day: Day) throws -> ContributionRecord? {
        try db.cachedRecord(
            ContributionRecord.self,
            sql: "SELECT * FROM contribution WHERE missionId = ? AND partyId = ? AND asOf = ?",
            arguments: [mission, party, day])
    }

    /// Makes `parties` the host states of a mission.
    func replaceHosts(of mission: Int64, with parties: [Int64]) throws {
        try MissionHostRecord.filter(MissionHostRecord.Columns.missionId == mission).deleteAll(db)
        for party in parties {
            try MissionHostRecord(missionId: mission, partyId: party).insert(db)
        }
    }

    /// Makes `penholders` and `reportsDue` those of a mandate.
    func replaceLinks(of mandate: Int64, penholders: [Int64], reportsDue: [Day]) throws {
        try MandatePenholderRecord.filter(MandatePenholderRecord.Columns.mandateId == mandate).deleteAll(db)
        try MandateReportDueRecord.filter(MandateReportDueRecord.Columns.mandateId == mandate).deleteAll(db)
        for party in penholders {
            try MandatePenholderRecord(mandateId: mandate, partyId: party).insert(db)
        }
        for day in Set(reportsDue).sorted() {
            try MandateReportDueRecord(mandateId: mandate, dueOn: day).insert(db)
        }
    }

    /// Makes `missions`, in this order, the missions a meeting concerns.
    func replaceMissions(of meeting: Int64, with missions: [Int64]) throws {
        try MeetingMissionRecord.filter(MeetingMissionRecord.Columns.meetingId == meeting).deleteAll(db)
        for (position, mission) in missions.enumerated() {
            try MeetingMissionRecord(meetingId: meeting, missionId: mission, position: position + 1).insert(db)
        }
    }

    /// Records a party as present at a meeting; for one already present, a representative given replaces
    /// the one recorded, and none given keeps it.
    func attend(meeting: Int64, party: Int64, representative: String?) throws {
        try db.executeCached(
            sql: """
                INSERT INTO attendance (meetingId, partyId, representative) VALUES (?, ?, ?)
                ON CONFLICT (meetingId, partyId) DO UPDATE SET representative = excluded.representative
                WHERE excluded.representative IS NOT NULL AND excluded.representative IS NOT representative
                """, arguments: [meeting, party, representative])
    }

    /// Records a party as invited to a meeting, once.
    func invite(meeting: Int64, party: Int64) throws {
        try InvitationRecord(meetingId: meeting, partyId: party).insert(db, onConflict: .ignore)
    }

    /// Makes `attendees` and `invitees` those of a meeting.
    func replaceParticipants(
        of meeting: Int64, attendees: [(party: Int64, representative: String?)], invitees: [Int64]
    ) throws {
        try AttendanceRecord.filter(AttendanceRecord.Columns.meetingId == meeting).deleteAll(db)
        try InvitationRecord.filter(InvitationRecord.Columns.meetingId == meeting).deleteAll(db)
        for attendee in attendees {
            try attend(meeting: meeting, party: attendee.party, representative: attendee.representative)
        }
        for party in invitees {
            try invite(meeting: meeting, party: party)
        }
    }

    /// Adds an item at `position` of a meeting's agenda, with its areas.
    @discardableResult
    func insertAgendaItem(meeting: Int64, _ item: AgendaItem) throws -> AgendaItemRecord {
        var record = AgendaItemRecord(
            id: nil, meetingId: meeting, position: item.position, title: item.title, outcome: item.outcome,
            classification: item.classification.level, ownClassification: item.classification.isOwn)
        try record.insert(db)
        try replaceAreas(of: AgendaItemRecord.self, try record.storedID, with: item.a4p)
        return record
    }

    /// Makes `agenda` a meeting's agenda.
    func replaceAgenda(of meeting: Int64, with agenda: [AgendaItem]) throws {
        try AgendaItemRecord.filter(AgendaItemRecord.Columns.meetingId == meeting).deleteAll(db)
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
        try replaceAreas(of: MeetingRecord.self, meeting, with: areas)
        try replaceParticipants(of: meeting, attendees: attendees, invitees: invitees)
        try replaceAgenda(of: meeting, with: agenda)
    }

    /// The next free place on a meeting's agenda.
    func nextAgendaPosition(of meeting: Int64) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT coalesce(max(position), 0) + 1 FROM agendaItem WHERE meetingId = ?"),
            arguments: [meeting]) ?? 1
    }

    /// Replaces the A4P areas of a meeting, agenda item or action, keeping their order; areas as they were
    /// already are left alone, so that the journal records no change.
    func replaceAreas<Owner: AreaTagOwner>(of owner: Owner.Type, _ id: Int64, with areas: [A4PArea]) throws {
        typealias Tag = AreaTagRecord<Owner>
        let tags = Tag.filter(Tag.owner == id)
        let current = try tags.order(Tag.position).select(Tag.area, as: A4PArea.self).fetchAll(db)
        guard current != areas else { return }
        try tags.deleteAll(db)
        for (position, area) in areas.enumerated() {
            try Tag(owner: id, area: area, position: position + 1).insert(db)
        }
    }

    /// Adds a note to an action.
    func insertNote(_ note: ActionNote, to action: Int64) throws {
        var record = ActionNoteRecord(
            id: nil, uuid: note.uuid, actionItemId: action, writtenAt: note.at, actor: note.actor, text: note.text,
            classification: note.classification.level, ownClassification: note.classification.isOwn)
        try record.insert(db)
    }
}

extension SQLiteSession {
    /// Brings the agenda items and actions of a meeting that have no level of their own to the meeting's level,
    /// and the notes of those actions to theirs; rows already there are left alone, so the journal records no
    /// change for them.
    func followClassification(ofMeeting meeting: Int64) throws {
        try db.execute(
            sql: """
                UPDATE agendaItem SET classification = (SELECT classification FROM meeting WHERE id = :meeting)
                WHERE meetingId = :meeting AND NOT ownClassification
                  AND classification <> (SELECT classification FROM meeting WHERE id = :meeting);
                UPDATE actionItem SET classification = (SELECT classification FROM meeting WHERE id = :meeting)
                WHERE meetingId = :meeting AND NOT ownClassification
                  AND classification <> (SELECT classification FROM meeting WHERE id = :meeting);
                UPDATE actionNote SET classification = (
                    SELECT classification FROM actionItem WHERE actionItem.id = actionNote.actionItemId)
                WHERE NOT ownClassification
                  AND actionItemId IN (SELECT id FROM actionItem WHERE meetingId = :meeting)
                  AND classification <> (
                      SELECT classification FROM actionItem WHERE actionItem.id = actionNote.actionItemId);
                """, arguments: ["meeting": meeting])
    }

    /// Brings the notes of an action that have no level of their own to the action's level.
    func followClassification(ofAction action: Int64) throws {
        try db.execute(
            sql: """
                UPDATE actionNote SET classification = (SELECT classification FROM actionItem WHERE id = :action)
                WHERE actionItemId = :action AND NOT ownClassification
                  AND classification <> (SELECT classification FROM actionItem WHERE id = :action)
                """, arguments: ["action": action])
    }
}
