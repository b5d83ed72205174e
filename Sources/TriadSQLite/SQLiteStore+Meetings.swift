import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    public func logMeeting(_ draft: MeetingDraft) throws -> MeetingID {
        try write(summary: { "logged meeting \($0)" }) { session in
            let missions = try session.missionRecords(draft.missions)
            let chair = try draft.chair.map { try session.partyRecord($0) }
            let attendees = try draft.attendees.map { (try session.partyRecord($0.code), $0.representative) }
            let invitees = try session.partyRecords(draft.invitees)
            var record = MeetingRecord(
                id: nil, uuid: SQLiteStore.newUUID(), kind: draft.kind, title: draft.title,
                meetingDay: draft.start.day, startsAt: draft.start.iso8601, status: draft.status,
                chairPartyId: try chair?.storedID, location: draft.location, mode: draft.mode, summary: draft.summary,
                cancelReason: nil, classification: draft.classification ?? draft.kind.defaultClassification,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(session.db)
            let id = try record.storedID
            try session.replaceContents(
                of: id, missions: missions.map { try $0.storedID }, areas: draft.a4p,
                attendees: attendees.map { (try $0.0.storedID, $0.1) }, invitees: invitees.map { try $0.storedID },
                agenda: [])
            return MeetingID(rawValue: id)
        }
    }

    public func attend(_ id: MeetingID, parties codes: [String], representative: String?) throws -> MeetingDetail {
        try write(summary: { "recorded attendance at \($0.meeting.id)" }) { session in
            let meeting = try session.meetingRecord(id)
            let changes = session.db.totalChangesCount
            for party in try session.partyRecords(codes) {
                try session.attend(
                    meeting: try meeting.storedID, party: try party.storedID, representative: representative)
            }
            try touch(meeting, ifChangedSince: changes, in: session)
            return try session.meetingDetail(id)
        }
    }

    public func invite(_ id: MeetingID, parties codes: [String]) throws -> MeetingDetail {
        try write(summary: { "recorded invitations to \($0.meeting.id)" }) { session in
            let meeting = try session.meetingRecord(id)
            let changes = session.db.totalChangesCount
            for party in try session.partyRecords(codes) {
                try session.invite(meeting: try meeting.storedID, party: try party.storedID)
            }
            try touch(meeting, ifChangedSince: changes, in: session)
            return try session.meetingDetail(id)
        }
    }

    public func addAgendaItem(
        _ id: MeetingID, title: String, a4p: [A4PArea], outcome: String?, classification: Classification?
    ) throws -> AgendaItem {
        try write(summary: { "added agenda item \($0.position) to \(id)" }) { session in
            let meeting = try session.meetingRecord(id)
            let changes = session.db.totalChangesCount
            let item = AgendaItem(
                position: try session.nextAgendaPosition(of: try meeting.storedID),
                title: try Text.required(title, field: "agenda item title"), a4p: a4p,
                outcome: try Text.optional(outcome, field: "outcome"),
                classification: .of(own: classification, parent: meeting.classification))
            try session.insertAgendaItem(meeting: try meeting.storedID, item)
            try touch(meeting, ifChangedSince: changes, in: session)
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
            if let a4p = edit.a4p {
                try session.replaceAreas(of: MeetingRecord.self, try meeting.storedID, with: a4p)
            }
            if let classification = edit.classification { meeting.classification = classification }
            meeting.updatedAt = context.now
            try meeting.update(session.db)
            try session.followClassification(ofMeeting: try meeting.storedID)
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
            try meeting.update(session.db)
            return try session.meetingDetail(id)
        }
    }

    /// Stamps a meeting as updated if any row changed since the connection's change count was `changes`.
    private func touch(_ meeting: MeetingRecord, ifChangedSince changes: Int, in session: SQLiteSession) throws {
        guard session.db.totalChangesCount > changes else { return }
        var meeting = meeting
        meeting.updatedAt = context.now
        try meeting.update(session.db, columns: [MeetingRecord.Columns.updatedAt])
    }
}
