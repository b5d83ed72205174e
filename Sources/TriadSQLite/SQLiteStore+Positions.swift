import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    public func addPosition(_ draft: PositionDraft) throws -> Position {
        try write(summary: { "recorded position \($0.id) of \($0.party) at \($0.meeting)" }) { session in
            let meeting = try session.meetingRecord(draft.meeting)
            let party = try session.partyRecord(draft.party)
            try PositionRules.checkRaiser(
                party.code, meeting: draft.meeting, status: meeting.status,
                attendees: try session.attendeeCodes(of: try meeting.storedID))
            var record = PartyPositionRecord(
                id: nil, uuid: SQLiteStore.newUUID(), meetingId: try meeting.storedID, partyId: try party.storedID,
                kind: draft.kind, topic: draft.topic, text: draft.text, uptakeMandateId: nil, uptakeStatus: nil,
                uptakeParagraph: nil, uptakeNote: nil, createdAt: context.now, updatedAt: context.now)
            try record.insert(session.db)
            try session.replaceAreas(of: PartyPositionRecord.self, try record.storedID, with: draft.a4p)
            return try session.position(PositionID(rawValue: try record.storedID))
        }
    }

    public func recordUptake(
        _ id: PositionID, mandate resolution: ResolutionReference, status: UptakeStatus, paragraph: String?,
        note: String?
    ) throws -> Position {
        try write(summary: { "recorded the uptake of \($0.id) in \(resolution)" }) { session in
            let position = try session.position(id)
            let mandate = try session.mandate(resolution)
            try PositionRules.checkUptake(
                of: id, raisedOn: position.raisedOn, missions: position.missions, against: mandate)
            let uptake = try PositionUptake(mandate: resolution, status: status, paragraph: paragraph, note: note)
            guard uptake != position.uptake else { return position }
            try session.db.execute(
                sql: """
                    UPDATE partyPosition
                    SET uptakeMandateId = ?, uptakeStatus = ?, uptakeParagraph = ?, uptakeNote = ?, updatedAt = ?
                    WHERE id = ?
                    """,
                arguments: [
                    try session.mandateRecord(resolution).storedID, uptake.status, uptake.paragraph, uptake.note,
                    context.now, id.rawValue,
                ])
            return try session.position(id)
        }
    }
}
