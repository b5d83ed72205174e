import TriadCore
import TriadStore

extension PostgresStore {
    public func addPosition(_ draft: PositionDraft) throws -> Position {
        try write(summary: { "recorded position \($0.id) of \($0.party) at \($0.meeting)" }) { session in
            let meeting = try session.meetingRecord(draft.meeting)
            let party = try session.partyRecord(draft.party)
            try PositionRules.checkRaiser(
                party.code, meeting: draft.meeting, status: meeting.status,
                attendees: try session.attendeeCodes(of: meeting.id))
            guard
                let id = try session.execute(
                    """
                    INSERT INTO partyPosition (uuid, meetingId, partyId, kind, topic, text, createdAt, updatedAt)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id
                    """,
                    [PostgresStore.newUUID(), meeting.id, party.id, draft.kind, draft.topic, draft.text, context.now]
                ).scalar(Int64.self)
            else { throw StoreError.damaged(path: "server", detail: "the server returned no id for a new position") }
            try session.replaceAreas(of: .position, id, with: draft.a4p)
            return try session.position(PositionID(rawValue: id))
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
            try session.execute(
                """
                UPDATE partyPosition
                SET uptakeMandateId = $2, uptakeStatus = $3, uptakeParagraph = $4, uptakeNote = $5, updatedAt = $6
                WHERE id = $1
                """,
                [
                    id.rawValue, try session.mandateID(resolution), uptake.status, uptake.paragraph, uptake.note,
                    context.now,
                ])
            return try session.position(id)
        }
    }
}
