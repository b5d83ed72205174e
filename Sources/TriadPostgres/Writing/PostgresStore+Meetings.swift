import TriadCore
import TriadStore

extension PostgresStore {
    public func logMeeting(_ draft: MeetingDraft) throws -> MeetingID {
        try write(summary: { "logged meeting \($0)" }) { session in
            let missions = try session.missionRecords(draft.missions)
            let chair = try draft.chair.map { try session.partyRecord($0) }
            let attendees = try draft.attendees.map { (try session.partyRecord($0.code), $0.representative) }
            let invitees = try session.partyRecords(draft.invitees)
            let id = try session.insertMeeting(
                MeetingRow(
                    id: 0, uuid: PostgresStore.newUUID(), kind: draft.kind, title: draft.title,
                    meetingDay: draft.start.day, startsAt: draft.start.iso8601, status: draft.status,
                    chairPartyId: chair?.id, location: draft.location, mode: draft.mode, summary: draft.summary,
                    cancelReason: nil, classification: draft.classification ?? draft.kind.defaultClassification,
                    createdAt: context.now, updatedAt: context.now))
            try session.replaceContents(
                of: id, missions: missions.map(\.id), areas: draft.a4p, attendees: attendees.map { ($0.0.id, $0.1) },
                invitees: invitees.map(\.id), agenda: [])
            return MeetingID(rawValue: id)
        }
    }

    public func attend(_ id: MeetingID, parties codes: [String], representative: String?) throws -> MeetingDetail {
        try write(summary: { "recorded attendance at \($0.meeting.id)" }) { session in
            let meeting = try session.meetingRecord(id)
            var changed = false
            for party in try session.partyRecords(codes) {
                changed =
                    try session.attend(meeting: meeting.id, party: party.id, representative: representative)
                    || changed
            }
            if changed { try touch(meeting, in: session) }
            return try session.meetingDetail(id)
        }
    }

    public func invite(_ id: MeetingID, parties codes: [String]) throws -> MeetingDetail {
        try write(summary: { "recorded invitations to \($0.meeting.id)" }) { session in
            let meeting = try session.meetingRecord(id)
            var changed = false
            for party in try session.partyRecords(codes) {
                changed = try session.invite(meeting: meeting.id, party: party.id) || changed
            }
            if changed { try touch(meeting, in: session) }
            return try session.meetingDetail(id)
        }
    }

    public func addAgendaItem(
        _ id: MeetingID, title: String, a4p: [A4PArea], outcome: String?, classification: Classification?
    ) throws -> AgendaItem {
        try write(summary: { "added agenda item \($0.position) to \(id)" }) { session in
            let meeting = try session.meetingRecord(id)
            let item = AgendaItem(
                position: try session.nextAgendaPosition(of: meeting.id),
                title: try Text.required(title, field: "agenda item title"), a4p: a4p,
                outcome: try Text.optional(outcome, field: "outcome"),
                classification: .of(own: classification, parent: meeting.classification))
            try session.insertAgendaItem(meeting: meeting.id, item)
            try touch(meeting, in: session)
            return item
        }
    }

    public func editMeeting(_ id: MeetingID, _ edit: MeetingEdit) throws -> MeetingDetail {
        try write(summary: { "edited meeting \($0.meeting.id)" }) { session in
            var meeting = try session.meetingRecord(id)
            if let start = edit.start { meeting.set(start: start) }
            if let title = edit.title { meeting.title = title }
            if let summary = edit.summary { meeting.summary = summary }
            if let location = edit.location { meeting.location = location }
            if let mode = edit.mode { meeting.mode = mode }
            if let a4p = edit.a4p { try session.replaceAreas(of: .meeting, meeting.id, with: a4p) }
            if let classification = edit.classification { meeting.classification = classification }
            meeting.updatedAt = context.now
            try session.updateMeeting(meeting)
            try session.followClassification(ofMeeting: meeting.id)
            return try session.meetingDetail(id)
        }
    }

    public func setMeetingStatus(_ id: MeetingID, to status: MeetingStatus, reason: String?) throws -> MeetingDetail {
        try write(summary: { "marked meeting \($0.meeting.id) \(status.rawValue)" }) { session in
            var meeting = try session.meetingRecord(id)
            guard meeting.status.canBecome(status) else {
                throw DomainError.illegalMeetingTransition(meeting: id.description, from: meeting.status, to: status)
            }
            meeting.status = status
            meeting.cancelReason = try Text.optional(reason, field: "reason")
            meeting.updatedAt = context.now
            try session.updateMeeting(meeting)
            return try session.meetingDetail(id)
        }
    }

    /// Stamps a meeting as updated by this command.
    private func touch(_ meeting: MeetingRow, in session: PostgresSession) throws {
        try session.execute("UPDATE meeting SET updatedAt = $2 WHERE id = $1", [meeting.id, context.now])
    }
}
