import GRDB
import TriadCore

extension TriadDatabase {
    /// Logs a meeting with its missions, areas, attendance and invitations.
    @discardableResult
    public func logMeeting(_ draft: MeetingDraft) throws -> MeetingID {
        try write(summary: { "logged meeting \($0)" }) { db in
            let missions = try TriadDatabase.missions(draft.missions, in: db)
            let chair = try draft.chair.map { try TriadDatabase.party($0, in: db) }
            let attendees = try draft.attendees.map { (try TriadDatabase.party($0.code, in: db), $0.representative) }
            let invitees = try TriadDatabase.parties(draft.invitees, in: db)
            var record = MeetingRecord(
                id: nil, uuid: TriadDatabase.newUUID(), kind: draft.kind, title: draft.title,
                meetingDay: draft.start.day, startsAt: draft.start.iso8601, status: draft.status,
                chairPartyId: chair?.id, location: draft.location, mode: draft.mode, summary: draft.summary,
                cancelReason: nil, createdAt: context.now, updatedAt: context.now)
            try record.insert(db)
            let id = record.id!
            for (position, mission) in missions.enumerated() {
                try db.executeCached(
                    sql: "INSERT INTO meetingMission (meetingId, missionId, position) VALUES (?, ?, ?)",
                    arguments: [id, mission.id, position + 1])
            }
            try TriadDatabase.replaceAreas(draft.a4p, table: .meeting, id: id, in: db)
            for (party, representative) in attendees {
                try TriadDatabase.attend(meeting: id, party: party.id!, representative: representative, in: db)
            }
            for party in invitees {
                try db.executeCached(
                    sql: "INSERT OR IGNORE INTO invitation (meetingId, partyId) VALUES (?, ?)",
                    arguments: [id, party.id])
            }
            return MeetingID(rawValue: id)
        }
    }

    /// Meetings matching the filter, oldest first.
    public func meetings(_ filter: MeetingFilter) throws -> [Meeting] {
        try read { db in try TriadDatabase.meetings(filter, in: db) }
    }

    /// Everything recorded about one meeting.
    public func meetingDetail(_ id: MeetingID) throws -> MeetingDetail {
        try read { db in try TriadDatabase.meetingDetail(id, in: db) }
    }

    /// Records parties as present (updating the representative of one already recorded).
    @discardableResult
    public func attend(_ id: MeetingID, parties codes: [String], representative: String?) throws -> MeetingDetail {
        try write(summary: { "recorded attendance at \($0.meeting.id)" }) { db in
            let meeting = try TriadDatabase.meeting(id, in: db)
            let changes = db.totalChangesCount
            for party in try TriadDatabase.parties(codes, in: db) {
                try TriadDatabase.attend(meeting: meeting.id!, party: party.id!, representative: representative, in: db)
            }
            try TriadDatabase.touch(meeting, ifChangedSince: changes, at: context.now, in: db)
            return try TriadDatabase.meetingDetail(id, in: db)
        }
    }

    /// Records parties as invited.
    @discardableResult
    public func invite(_ id: MeetingID, parties codes: [String]) throws -> MeetingDetail {
        try write(summary: { "recorded invitations to \($0.meeting.id)" }) { db in
            let meeting = try TriadDatabase.meeting(id, in: db)
            let changes = db.totalChangesCount
            for party in try TriadDatabase.parties(codes, in: db) {
                try db.executeCached(
                    sql: "INSERT OR IGNORE INTO invitation (meetingId, partyId) VALUES (?, ?)",
                    arguments: [meeting.id, party.id])
            }
            try TriadDatabase.touch(meeting, ifChangedSince: changes, at: context.now, in: db)
            return try TriadDatabase.meetingDetail(id, in: db)
        }
    }

    /// Appends an item to a meeting's agenda.
    @discardableResult
    public func addAgendaItem(_ id: MeetingID, title: String, a4p: [A4PArea], outcome: String?) throws -> AgendaItem {
        try write(summary: { "added agenda item \($0.position) to \(id)" }) { db in
            let meeting = try TriadDatabase.meeting(id, in: db)
            let changes = db.totalChangesCount
            let position =
                try Int.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT coalesce(max(position), 0) + 1 FROM agendaItem WHERE meetingId = ?"),
                    arguments: [meeting.id]) ?? 1
            var record = AgendaItemRecord(
                id: nil, meetingId: meeting.id!, position: position,
                title: try Text.required(title, field: "agenda item title"),
                outcome: try Text.optional(outcome, field: "outcome"))
            try record.insert(db)
            try TriadDatabase.replaceAreas(a4p, table: .agendaItem, id: record.id!, in: db)
            try TriadDatabase.touch(meeting, ifChangedSince: changes, at: context.now, in: db)
            return AgendaItem(position: position, title: record.title, a4p: a4p, outcome: record.outcome)
        }
    }

    /// Changes a meeting's date, title, summary, location, mode or areas.
    @discardableResult
    public func editMeeting(_ id: MeetingID, _ edit: MeetingEdit) throws -> MeetingDetail {
        try write(summary: { "edited meeting \($0.meeting.id)" }) { db in
            var meeting = try TriadDatabase.meeting(id, in: db)
            if let start = edit.start {
                meeting.meetingDay = start.day
                meeting.startsAt = start.iso8601
            }
            if let title = edit.title { meeting.title = title }
            if let summary = edit.summary { meeting.summary = summary }
            if let location = edit.location { meeting.location = location }
            if let mode = edit.mode { meeting.mode = mode }
            if let a4p = edit.a4p {
                try TriadDatabase.replaceAreas(a4p, table: .meeting, id: meeting.id!, in: db)
            }
            meeting.updatedAt = context.now
            try meeting.update(db)
            return try TriadDatabase.meetingDetail(id, in: db)
        }
    }

    /// Marks a scheduled meeting held or cancelled.
    @discardableResult
    public func setMeetingStatus(_ id: MeetingID, to status: MeetingStatus, reason: String? = nil) throws
        -> MeetingDetail
    {
        try write(summary: { "marked meeting \($0.meeting.id) \(status.rawValue)" }) { db in
            var meeting = try TriadDatabase.meeting(id, in: db)
            guard meeting.status.canBecome(status) else {
                throw DomainError.illegalMeetingTransition(meeting: id.description, from: meeting.status, to: status)
            }
            meeting.status = status
            meeting.cancelReason = try Text.optional(reason, field: "reason")
            meeting.updatedAt = context.now
            try meeting.update(db)
            return try TriadDatabase.meetingDetail(id, in: db)
        }
    }

    static func meetings(_ filter: MeetingFilter, in db: Database) throws -> [Meeting] {
        var conditions: [String] = []
        var arguments: StatementArguments = [:]
        if let mission = filter.mission {
            arguments += ["mission": try TriadDatabase.mission(mission, in: db).id]
            conditions.append("g.id IN (SELECT meetingId FROM meetingMission WHERE missionId = :mission)")
        }
        if let kind = filter.kind {
            arguments += ["kind": kind]
            conditions.append("g.kind = :kind")
        }
        if let from = filter.from {
            arguments += ["from": from]
            conditions.append("g.meetingDay >= :from")
        }
        if let to = filter.to {
            arguments += ["to": to]
            conditions.append("g.meetingDay <= :to")
        }
        if let party = filter.party {
            arguments += ["party": try TriadDatabase.party(party, in: db).id]
            conditions.append(
                """
                (g.id IN (SELECT meetingId FROM attendance WHERE partyId = :party)
                 OR g.id IN (SELECT meetingId FROM invitation WHERE partyId = :party))
                """)
        }
        if let status = filter.status {
            arguments += ["status": status]
            conditions.append("g.status = :status")
        }
        let condition = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        return try meetings(where: condition, arguments: arguments, in: db)
    }

    static func meetings(where condition: String, arguments: StatementArguments, in db: Database) throws -> [Meeting] {
        try db.cachedRows(
            sql: """
                SELECT g.*, chair.code AS chairCode,
                       (SELECT group_concat(acronym, ',') FROM (
                           SELECT m.acronym FROM meetingMission mm JOIN mission m ON m.id = mm.missionId
                           WHERE mm.meetingId = g.id ORDER BY mm.position)) AS missionList,
                       (SELECT group_concat(area, ',') FROM (
                           SELECT area FROM meetingArea WHERE meetingId = g.id ORDER BY position)) AS areaList,
                       (SELECT d.resolutionNumber || ',' || d.resolutionYear FROM mandate d
                        WHERE d.missionId = (SELECT missionId FROM meetingMission
                                             WHERE meetingId = g.id ORDER BY position LIMIT 1)
                          AND d.adoptedOn <= g.meetingDay
                        ORDER BY d.adoptedOn DESC, d.resolutionNumber DESC LIMIT 1) AS mandateInForce
                FROM meeting g LEFT JOIN party chair ON chair.id = g.chairPartyId
                WHERE \(condition)
                ORDER BY g.meetingDay, g.startsAt, g.id
                """, arguments: arguments
        ).map(meeting(from:))
    }

    private static func meeting(from row: Row) throws -> Meeting {
        let missions: String? = try row.decode(forColumn: "missionList")
        let areas: String? = try row.decode(forColumn: "areaList")
        let mandate: String? = try row.decode(forColumn: "mandateInForce")
        let mode: String? = try row.decode(forColumn: "mode")
        return Meeting(
            id: MeetingID(rawValue: try row.decode(forColumn: "id")), uuid: try row.decode(forColumn: "uuid"),
            kind: try MeetingKind(slug: row.decode(forColumn: "kind")), title: try row.decode(forColumn: "title"),
            start: try MeetingStart(iso8601: row.decode(forColumn: "startsAt")),
            status: try MeetingStatus(slug: row.decode(forColumn: "status")),
            missions: missions?.split(separator: ",").map(String.init) ?? [],
            mandate: try mandate.map { text in
                let parts = text.split(separator: ",").compactMap { Int($0) }
                return try ResolutionReference(number: parts[0], year: parts[1])
            },
            chair: try row.decode(forColumn: "chairCode"), location: try row.decode(forColumn: "location"),
            mode: try mode.map { try MeetingMode(slug: $0) }, summary: try row.decode(forColumn: "summary"),
            a4p: try A4PArea.parseList(areas.map { [$0] } ?? []),
            cancelReason: try row.decode(forColumn: "cancelReason"), createdAt: try row.decode(forColumn: "createdAt"),
            updatedAt: try row.decode(forColumn: "updatedAt"))
    }

    static func meetingDetail(_ id: MeetingID, in db: Database) throws -> MeetingDetail {
        _ = try meeting(id, in: db)
        return try meetingDetails(where: "g.id = :id", arguments: ["id": id.rawValue], in: db)[0]
    }

    /// Meetings matching a condition on `meeting g`, with attendance, invitations, agenda and actions:
    /// five statements however many meetings match.
    static func meetingDetails(where condition: String, arguments: StatementArguments, in db: Database) throws
        -> [MeetingDetail]
    {
        let meetings = try meetings(where: condition, arguments: arguments, in: db)
        guard !meetings.isEmpty else { return [] }
        let matching = "SELECT g.id FROM meeting g WHERE \(condition)"
        var attendees: [Int64: [Attendee]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT a.meetingId, p.code, p.name, p.kind, a.representative,
                       \(GroupFacts.columns(partyColumn: "p.id", scope: .meeting(column: "a.meetingId"), day: "g.meetingDay"))
                FROM attendance a JOIN meeting g ON g.id = a.meetingId JOIN party p ON p.id = a.partyId
                WHERE a.meetingId IN (\(matching)) ORDER BY a.meetingId, p.code
                """, arguments: arguments)
        {
            attendees[try row.decode(forColumn: "meetingId"), default: []].append(
                Attendee(
                    party: try row.decode(forColumn: "code"), name: try row.decode(forColumn: "name"),
                    groups: try GroupFacts.groups(from: row),
                    representative: try row.decode(forColumn: "representative")))
        }
        var invitees: [Int64: [PartyReference]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT i.meetingId, p.code, p.name FROM invitation i JOIN party p ON p.id = i.partyId
                WHERE i.meetingId IN (\(matching)) ORDER BY i.meetingId, p.code
                """, arguments: arguments)
        {
            invitees[try row.decode(forColumn: "meetingId"), default: []].append(
                PartyReference(party: try row.decode(forColumn: "code"), name: try row.decode(forColumn: "name")))
        }
        var agenda: [Int64: [AgendaItem]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT i.meetingId, i.position, i.title, i.outcome,
                       (SELECT group_concat(area, ',') FROM (
                           SELECT area FROM agendaItemArea WHERE agendaItemId = i.id ORDER BY position)) AS areaList
                FROM agendaItem i WHERE i.meetingId IN (\(matching)) ORDER BY i.meetingId, i.position
                """, arguments: arguments)
        {
            let areas: String? = try row.decode(forColumn: "areaList")
            agenda[try row.decode(forColumn: "meetingId"), default: []].append(
                AgendaItem(
                    position: try row.decode(forColumn: "position"), title: try row.decode(forColumn: "title"),
                    a4p: try A4PArea.parseList(areas.map { [$0] } ?? []),
                    outcome: try row.decode(forColumn: "outcome")))
        }
        var actions: [Int64: [ActionID]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT meetingId, id FROM actionItem WHERE meetingId IN (\(matching)) ORDER BY meetingId, id
                """, arguments: arguments)
        {
            actions[try row.decode(forColumn: "meetingId"), default: []].append(
                ActionID(rawValue: try row.decode(forColumn: "id")))
        }
        return meetings.map { meeting in
            let id = meeting.id.rawValue
            return MeetingDetail(
                meeting: meeting, attendees: attendees[id] ?? [], invitees: invitees[id] ?? [],
                agenda: agenda[id] ?? [], actions: actions[id] ?? [])
        }
    }

    private static func attend(meeting: Int64, party: Int64, representative: String?, in db: Database) throws {
        try db.executeCached(
            sql: """
                INSERT INTO attendance (meetingId, partyId, representative) VALUES (?, ?, ?)
                ON CONFLICT (meetingId, partyId) DO UPDATE SET representative = excluded.representative
                WHERE excluded.representative IS NOT NULL AND excluded.representative IS NOT representative
                """, arguments: [meeting, party, representative])
    }

    /// Stamps a meeting as updated if any row changed since the connection's change count was `changes`.
    private static func touch(
        _ meeting: MeetingRecord, ifChangedSince changes: Int, at now: Timestamp, in db: Database
    ) throws {
        guard db.totalChangesCount > changes else { return }
        try db.executeCached(sql: "UPDATE meeting SET updatedAt = ? WHERE id = ?", arguments: [now, meeting.id])
    }

    /// Replaces the A4P areas of a meeting, agenda item or action, keeping their order.
    static func replaceAreas(_ areas: [A4PArea], table: AreaTable, id: Int64, in db: Database) throws {
        let current = try String.fetchAll(
            db.cachedStatement(
                sql: "SELECT area FROM \(table.rawValue) WHERE \(table.ownerColumn) = ? ORDER BY position"),
            arguments: [id])
        guard current != areas.map(\.rawValue) else { return }
        try db.executeCached(sql: "DELETE FROM \(table.rawValue) WHERE \(table.ownerColumn) = ?", arguments: [id])
        for (position, area) in areas.enumerated() {
            try db.executeCached(
                sql: "INSERT INTO \(table.rawValue) (\(table.ownerColumn), area, position) VALUES (?, ?, ?)",
                arguments: [id, area, position + 1])
        }
    }
}
