import GRDB
import TriadBackend
import TriadCore
import TriadStore

/// A bundle is merged into a SQLite database through the session's own write paths.
extension SQLiteSession: BundleTarget {
    func holdsNoUserRecords() throws -> Bool {
        try Int.fetchOne(
            db,
            sql: """
                SELECT (SELECT count(*) FROM journalCommand) + (SELECT count(*) FROM meeting)
                     + (SELECT count(*) FROM actionItem) + (SELECT count(*) FROM contribution)
                     + (SELECT count(*) FROM mandate)
                """) == 0
    }

    func discard(_ command: JournalCommandRecord) throws {
        // A restore's own changes run to millions on a large bundle: deleted ten thousand at a time, as one
        // DELETE (or the cascade from the command) would first gather every row id in memory.
        let id = try command.storedID
        repeat {
            try db.execute(
                sql: """
                    DELETE FROM journalChange
                    WHERE id IN (SELECT id FROM journalChange WHERE commandId = ? LIMIT 10000)
                    """, arguments: [id])
        } while db.changesCount > 0
        try command.delete(db)
    }

    func describe(_ command: JournalCommandRecord, as summary: String) throws {
        var command = command
        command.summary = summary
        try command.update(db, columns: [JournalCommandRecord.Columns.summary])
    }

    func insertImported(_ entry: TriadBundle.Command, number: Int64?) throws -> Int64 {
        var command = JournalCommandRecord(
            id: number, uuid: entry.uuid, at: entry.at, actor: entry.actor, commandLine: entry.commandLine,
            summary: entry.summary, isImported: true)
        try command.insert(db)
        let id = try command.storedID
        try insertImported(entry.changes, command: id)
        return id
    }

    func insertImported(_ changes: [TriadBundle.Change], command id: Int64) throws {
        for change in changes {
            var record = JournalChangeRecord(
                id: nil, commandId: id, entity: change.entity, rowKey: change.rowKey, operation: change.operation,
                beforeJSON: change.before, afterJSON: change.after)
            try record.insert(db)
        }
    }

    func party(code: String) throws -> TriadBundle.Party? {
        try PartyRecord.filter(PartyRecord.Columns.code == code).fetchOne(db).map(TriadBundle.Party.init)
    }

    func mission(acronym: String) throws -> TriadBundle.Mission? {
        guard let record = try MissionRecord.filter(MissionRecord.Columns.acronym == acronym).fetchOne(db) else {
            return nil
        }
        return TriadBundle.Mission(
            try mission(record.acronym), isReference: record.isReference, createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }

    func seat(party: String, from: Day) throws -> TriadBundle.Seat? {
        try db.cachedRows(
            sql: """
                SELECT party.code, seat.* FROM councilSeat seat JOIN party ON party.id = seat.partyId
                WHERE party.code = ? AND seat.startsOn = ?
                """, arguments: [party, from]
        ).first.map(SQLiteSession.seat(from:))
    }

    func mandate(uuid: String, resolutionNumber: Int) throws -> TriadBundle.Mandate? {
        guard
            let record = try MandateRecord.filter(
                MandateRecord.Columns.uuid == uuid || MandateRecord.Columns.resolutionNumber == resolutionNumber
            ).fetchOne(db), let mandate = try mandates(.ids([try record.storedID])).first
        else { return nil }
        return TriadBundle.Mandate(mandate, createdAt: record.createdAt)
    }

    func contribution(mission: String, party: String, asOf: Day) throws -> TriadBundle.Contribution? {
        try db.cachedRows(
            sql: """
                SELECT contribution.*, mission.acronym, party.code
                FROM contribution JOIN mission ON mission.id = contribution.missionId
                JOIN party ON party.id = contribution.partyId
                WHERE mission.acronym = ? AND party.code = ? AND contribution.asOf = ?
                """, arguments: [mission, party, asOf]
        ).first.map(SQLiteSession.contribution(bundleRow:))
    }

    func meeting(uuid: String) throws -> TriadBundle.Meeting? {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM meeting WHERE uuid = ?", arguments: [uuid]) else {
            return nil
        }
        return try bundleMeetings(.id(id)).first
    }

    func action(uuid: String) throws -> TriadBundle.Action? {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM actionItem WHERE uuid = ?", arguments: [uuid])
        else { return nil }
        return try bundleActions(.id(id)).first
    }

    func position(uuid: String) throws -> TriadBundle.Position? {
        guard
            let row = try db.cachedRows(
                sql: """
                    SELECT partyPosition.id, meeting.uuid FROM partyPosition
                    JOIN meeting ON meeting.id = partyPosition.meetingId WHERE partyPosition.uuid = ?
                    """, arguments: [uuid]
            ).first
        else { return nil }
        return TriadBundle.Position(
            try position(PositionID(rawValue: row.decode(atIndex: 0))), meeting: try row.decode(atIndex: 1))
    }

    func hasNote(uuid: String) throws -> Bool {
        try !ActionNoteRecord.filter(ActionNoteRecord.Columns.uuid == uuid).isEmpty(db)
    }

    func hasCommand(uuid: String) throws -> Bool {
        try !JournalCommandRecord.filter(JournalCommandRecord.Columns.uuid == uuid).isEmpty(db)
    }

    func write(_ party: TriadBundle.Party, over ours: TriadBundle.Party?) throws {
        guard
            var record = try ours.flatMap({ try PartyRecord.filter(PartyRecord.Columns.code == $0.code).fetchOne(db) })
        else {
            var record = PartyRecord(
                id: nil, code: party.code, name: party.name, kind: party.kind, isReference: party.isReference,
                createdAt: party.createdAt, updatedAt: party.updatedAt)
            try record.insert(db)
            return
        }
        record.name = party.name
        record.kind = party.kind
        record.updatedAt = party.updatedAt
        try record.update(db)
    }

    func write(_ mission: TriadBundle.Mission, over ours: TriadBundle.Mission?) throws {
        let hosts = try mission.hosts.map { try partyRecord($0).storedID }
        let predecessor = try mission.predecessor.map(missionID)
        var record: MissionRecord
        if let ours, let stored = try MissionRecord.filter(MissionRecord.Columns.acronym == ours.acronym).fetchOne(db) {
            record = stored
            record.name = mission.name
            record.territory = mission.territory
            record.establishedOn = mission.established
            record.closedOn = mission.closed
            record.type = mission.type ?? .peacekeeping
            record.predecessorId = predecessor
            record.updatedAt = mission.updatedAt
            try record.update(db)
        } else {
            record = MissionRecord(
                id: nil, acronym: mission.acronym, name: mission.name, territory: mission.territory,
                establishedOn: mission.established, closedOn: mission.closed, type: mission.type ?? .peacekeeping,
                predecessorId: predecessor, isReference: mission.isReference, createdAt: mission.createdAt,
                updatedAt: mission.updatedAt)
            try record.insert(db)
        }
        let id = try record.storedID
        try replaceHosts(of: id, with: hosts)
        if let phases = mission.phases {
            try db.execute(sql: "DELETE FROM missionPhase WHERE missionId = ?", arguments: [id])
            for change in phases {
                try db.execute(
                    sql: """
                        INSERT INTO missionPhase (missionId, phase, fromDay, source, isReference, createdAt, updatedAt)
                        VALUES (?, ?, ?, ?, 0, ?, ?)
                        """,
                    arguments: [
                        id, change.phase.rawValue, change.from, change.source, mission.updatedAt, mission.updatedAt,
                    ])
            }
        }
    }

    func write(_ seat: TriadBundle.Seat, over ours: TriadBundle.Seat?) throws {
        let party = try partyRecord(seat.party).storedID
        guard
            var record = try CouncilSeatRecord.filter(
                CouncilSeatRecord.Columns.partyId == party && CouncilSeatRecord.Columns.startsOn == seat.from
            ).fetchOne(db), ours != nil
        else {
            var record = CouncilSeatRecord(
                id: nil, partyId: party, startsOn: seat.from, endsOn: seat.to, isPermanent: seat.permanent,
                createdAt: seat.createdAt, updatedAt: seat.updatedAt)
            try record.insert(db)
            return
        }
        record.endsOn = seat.to
        record.isPermanent = seat.permanent
        record.updatedAt = seat.updatedAt
        try record.update(db)
    }

    func write(_ mandate: TriadBundle.Mandate, over ours: TriadBundle.Mandate?) throws {
        let mission = try missionRecord(mandate.mission).storedID
        let pens = try mandate.penholders.map { try partyRecord($0).storedID }
        guard
            var record = try ours.flatMap({
                try MandateRecord.filter(MandateRecord.Columns.uuid == $0.uuid).fetchOne(db)
            })
        else {
            var record = MandateRecord(
                id: nil, uuid: mandate.uuid, missionId: mission, resolutionNumber: mandate.resolutionNumber,
                resolutionYear: mandate.resolutionYear, adoptedOn: mandate.adopted, expiresOn: mandate.expires,
                troopCeiling: mandate.troopCeiling, policeCeiling: mandate.policeCeiling,
                createdAt: mandate.createdAt, updatedAt: mandate.updatedAt)
            record.set(mandate.ceilings ?? .none)
            try record.insert(db)
            try replaceLinks(of: try record.storedID, penholders: pens, reportsDue: mandate.reportsDue)
            return
        }
        record.missionId = mission
        record.adoptedOn = mandate.adopted
        record.expiresOn = mandate.expires
        record.troopCeiling = mandate.troopCeiling
        record.policeCeiling = mandate.policeCeiling
        record.set(mandate.ceilings ?? .none)
        record.updatedAt = mandate.updatedAt
        try record.update(db)
        try replaceLinks(of: try record.storedID, penholders: pens, reportsDue: mandate.reportsDue)
    }

    func write(_ contribution: TriadBundle.Contribution, over ours: TriadBundle.Contribution?) throws {
        let mission = try missionRecord(contribution.mission).storedID
        let party = try partyRecord(contribution.party).storedID
        var record =
            try contributionRecord(mission: mission, party: party, asOf: contribution.asOf)
            ?? ContributionRecord(
                id: nil, uuid: contribution.uuid, missionId: mission, partyId: party, asOf: contribution.asOf,
                troops: 0, staffOfficers: 0, experts: 0, police: 0, formedPolice: 0,
                womenTroops: 0, womenStaffOfficers: 0, womenExperts: 0, womenPolice: 0, womenFormedPolice: 0,
                createdAt: contribution.createdAt, updatedAt: contribution.updatedAt)
        record.set(try contribution.personnel, women: try contribution.checkedWomen)
        record.updatedAt = contribution.updatedAt
        try record.save(db)
    }

    func write(_ meeting: TriadBundle.Meeting, over ours: TriadBundle.Meeting?) throws {
        let chair = try meeting.chair.map { try partyRecord($0).storedID }
        let missions = try meeting.missions.map { try missionID($0) }
        let attendees = try meeting.attendees.map {
            (party: try partyRecord($0.party).storedID, representative: $0.representative)
        }
        let invitees = try meeting.invitees.map { try partyRecord($0).storedID }
        let existing = try MeetingRecord.filter(MeetingRecord.Columns.uuid == meeting.uuid).fetchOne(db)
        var record =
            try existing
            ?? MeetingRecord(
                id: try MeetingRecord.exists(db, key: meeting.number) ? nil : meeting.number, uuid: meeting.uuid,
                kind: meeting.kind, title: meeting.title, meetingDay: meeting.startsAt.day,
                startsAt: meeting.startsAt.iso8601, status: meeting.status, chairPartyId: nil, location: nil,
                mode: nil, summary: nil, cancelReason: nil, classification: meeting.level, createdAt: meeting.createdAt,
                updatedAt: meeting.updatedAt)
        record.kind = meeting.kind
        record.title = meeting.title
        record.set(start: meeting.startsAt)
        record.status = meeting.status
        record.chairPartyId = chair
        record.location = meeting.location
        record.mode = meeting.mode
        record.summary = meeting.summary
        record.cancelReason = meeting.cancelReason
        record.classification = meeting.level
        record.updatedAt = meeting.updatedAt
        if existing == nil { try record.insert(db) } else { try record.update(db) }
        try replaceContents(
            of: try record.storedID, missions: missions, areas: meeting.a4p, attendees: attendees, invitees: invitees,
            agenda: meeting.agenda)
    }

    func write(_ position: TriadBundle.Position, over ours: TriadBundle.Position?) throws {
        guard
            let meeting = try Int64.fetchOne(
                db, sql: "SELECT id FROM meeting WHERE uuid = ?", arguments: [position.meeting])
        else {
            throw StoreError.invalidBundle(reason: "\(position.label) was raised at a meeting the bundle does not hold")
        }
        let existing = try PartyPositionRecord.filter(PartyPositionRecord.Columns.uuid == position.uuid).fetchOne(db)
        var record = PartyPositionRecord(
            id: try existing?.id ?? (PartyPositionRecord.exists(db, key: position.number) ? nil : position.number),
            uuid: position.uuid, meetingId: meeting, partyId: try partyRecord(position.party).storedID,
            kind: position.kind, topic: position.topic, text: position.text,
            uptakeMandateId: try position.uptake.map { try mandateRecord($0.mandate).storedID },
            uptakeStatus: position.uptake?.status, uptakeParagraph: position.uptake?.paragraph,
            uptakeNote: position.uptake?.note, createdAt: existing?.createdAt ?? position.createdAt,
            updatedAt: position.updatedAt)
        if existing == nil { try record.insert(db) } else { try record.update(db) }
        try replaceAreas(of: PartyPositionRecord.self, try record.storedID, with: position.a4p)
    }

    func write(_ action: TriadBundle.Action, over ours: TriadBundle.Action?) throws {
        let owner = try partyRecord(action.owner).storedID
        let meeting = try action.meeting.flatMap {
            try Int64.fetchOne(db, sql: "SELECT id FROM meeting WHERE uuid = ?", arguments: [$0])
        }
        let mission = try action.mission.map { try missionID($0) }
        let existing = try ActionItemRecord.filter(ActionItemRecord.Columns.uuid == action.uuid).fetchOne(db)
        var record =
            try existing
            ?? ActionItemRecord(
                id: try ActionItemRecord.exists(db, key: action.number) ? nil : action.number, uuid: action.uuid,
                title: action.title, details: nil, ownerPartyId: owner, assignee: nil, meetingId: nil,
                missionId: nil, dueOn: nil, priority: action.priority, status: action.status,
                createdAt: action.createdAt, updatedAt: action.updatedAt, closedAt: nil, classification: .unclassified,
                ownClassification: false)
        record.title = action.title
        record.details = action.details
        record.ownerPartyId = owner
        record.assignee = action.assignee
        record.meetingId = meeting
        record.missionId = mission
        record.dueOn = action.due
        record.priority = action.priority
        record.classification = action.classification ?? .unclassified
        record.ownClassification = action.ownClassification ?? false
        record.status = action.status
        record.updatedAt = action.updatedAt
        record.closedAt = action.closedAt
        if existing == nil { try record.insert(db) } else { try record.update(db) }
        try replaceAreas(of: ActionItemRecord.self, try record.storedID, with: action.a4p)
    }

    func add(_ note: ActionNote, toAction uuid: String) throws {
        guard let action = try ActionItemRecord.filter(ActionItemRecord.Columns.uuid == uuid).fetchOne(db) else {
            throw UnstoredRecordError(table: "actionItem")
        }
        try insertNote(note, to: try action.storedID)
    }

    func constraintMessage(_ error: any Error) -> String? {
        guard let error = error as? DatabaseError, error.resultCode == .SQLITE_CONSTRAINT else { return nil }
        return error.message ?? "a constraint fails"
    }
}
