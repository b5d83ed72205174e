import TriadBackend
import TriadCore
import TriadStore

/// A bundle is merged into a PostgreSQL database through the session's own write paths.
extension PostgresSession: BundleTarget {
    func holdsNoUserRecords() throws -> Bool {
        try execute(
            """
            SELECT NOT EXISTS (SELECT 1 FROM journalCommand) AND NOT EXISTS (SELECT 1 FROM meeting)
               AND NOT EXISTS (SELECT 1 FROM actionItem) AND NOT EXISTS (SELECT 1 FROM contribution)
               AND NOT EXISTS (SELECT 1 FROM mandate)
            """
        ).scalar(Bool.self) ?? false
    }

    func discard(_ command: Int64) throws {
        try execute("DELETE FROM journalCommand WHERE id = $1", [command])
    }

    func describe(_ command: Int64, as summary: String) throws {
        try execute("UPDATE journalCommand SET summary = $2 WHERE id = $1", [command, summary])
    }

    func party(code: String) throws -> TriadBundle.Party? {
        try execute("SELECT \(PartyRow.columns) FROM party WHERE upper(code) = upper($1)", [code]).first.map { row in
            let record = try PartyRow(row)
            return TriadBundle.Party(
                code: record.code, name: record.name, kind: record.kind, createdAt: record.createdAt,
                updatedAt: record.updatedAt, isReference: record.isReference)
        }
    }

    func mission(acronym: String) throws -> TriadBundle.Mission? {
        guard
            let row = try execute(
                "SELECT \(MissionRow.columns) FROM mission WHERE upper(acronym) = upper($1)", [acronym]
            ).first
        else { return nil }
        let record = try MissionRow(row)
        return TriadBundle.Mission(
            try mission(record.acronym), isReference: record.isReference, createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }

    func seat(party: String, from: Day) throws -> TriadBundle.Seat? {
        try execute(
            """
            SELECT party.code, seat.* FROM councilSeat seat JOIN party ON party.id = seat.partyId
            WHERE upper(party.code) = upper($1) AND seat.startsOn = $2
            """, [party, from]
        ).first.map(PostgresSession.seat(from:))
    }

    func mandate(uuid: String, resolutionNumber: Int) throws -> TriadBundle.Mandate? {
        guard
            let row = try execute(
                "SELECT id, createdAt FROM mandate WHERE uuid = $1 OR resolutionNumber = $2 ORDER BY uuid = $1 DESC LIMIT 1",
                [uuid, resolutionNumber]
            ).first, let mandate = try mandates(.ids([try row.decode("id")])).first
        else { return nil }
        return TriadBundle.Mandate(mandate, createdAt: try row.decode("createdAt"))
    }

    func contribution(mission: String, party: String, asOf: Day) throws -> TriadBundle.Contribution? {
        try execute(
            """
            SELECT contribution.*, mission.acronym, party.code
            FROM contribution JOIN mission ON mission.id = contribution.missionId
            JOIN party ON party.id = contribution.partyId
            WHERE upper(mission.acronym) = upper($1) AND upper(party.code) = upper($2) AND contribution.asOf = $3
            """, [mission, party, asOf]
        ).first.map(PostgresSession.contribution(bundleRow:))
    }

    func meeting(uuid: String) throws -> TriadBundle.Meeting? {
        guard let id = try execute("SELECT id FROM meeting WHERE uuid = $1", [uuid]).scalar(Int64.self) else {
            return nil
        }
        return try bundleMeetings(.id(id)).first
    }

    func position(uuid: String) throws -> TriadBundle.Position? {
        guard
            let row = try execute(
                """
                SELECT partyPosition.id, meeting.uuid FROM partyPosition
                JOIN meeting ON meeting.id = partyPosition.meetingId WHERE partyPosition.uuid = $1
                """, [uuid]
            ).first
        else { return nil }
        return TriadBundle.Position(
            try position(PositionID(rawValue: row.decode(at: 0))), meeting: try row.decode(at: 1))
    }

    func action(uuid: String) throws -> TriadBundle.Action? {
        guard let id = try execute("SELECT id FROM actionItem WHERE uuid = $1", [uuid]).scalar(Int64.self) else {
            return nil
        }
        return try bundleActions(.id(id)).first
    }

    func hasNote(uuid: String) throws -> Bool {
        try execute("SELECT 1 FROM actionNote WHERE uuid = $1", [uuid]).first != nil
    }

    func hasCommand(uuid: String) throws -> Bool {
        try execute("SELECT 1 FROM journalCommand WHERE uuid = $1", [uuid]).first != nil
    }

    func write(_ party: TriadBundle.Party, over ours: TriadBundle.Party?) throws {
        if let ours {
            try execute(
                "UPDATE party SET name = $2, kind = $3, updatedAt = $4 WHERE upper(code) = upper($1)",
                [ours.code, party.name, party.kind, party.updatedAt])
        } else {
            try execute(
                """
                INSERT INTO party (code, name, kind, isReference, createdAt, updatedAt) VALUES ($1, $2, $3, $4, $5, $6)
                """, [party.code, party.name, party.kind, party.isReference, party.createdAt, party.updatedAt])
        }
    }

    func write(_ mission: TriadBundle.Mission, over ours: TriadBundle.Mission?) throws {
        let hosts = try mission.hosts.map { try partyID($0) }
        let predecessor = try mission.predecessor.map { try missionID($0) }
        let id: Int64
        if let ours {
            id = try missionID(ours.acronym)
            try execute(
                """
                UPDATE mission SET name = $2, territory = $3, establishedOn = $4, closedOn = $5, type = $6,
                                   predecessorId = $7, updatedAt = $8
                WHERE id = $1
                """,
                [
                    id, mission.name, mission.territory, mission.established, mission.closed,
                    mission.type ?? .peacekeeping, predecessor, mission.updatedAt,
                ])
        } else {
            id = try insertMission(
                acronym: mission.acronym, name: mission.name, territory: mission.territory,
                established: mission.established, closed: mission.closed, type: mission.type ?? .peacekeeping,
                predecessor: predecessor, isReference: mission.isReference, createdAt: mission.createdAt,
                updatedAt: mission.updatedAt)
        }
        try replaceHosts(of: id, with: hosts)
        if let phases = mission.phases {
            try execute("DELETE FROM missionPhase WHERE missionId = $1", [id])
            for change in phases {
                try execute(
                    """
                    INSERT INTO missionPhase (missionId, phase, fromDay, source, isReference, createdAt, updatedAt)
                    VALUES ($1, $2, $3, $4, false, $5, $5)
                    """, [id, change.phase.rawValue, change.from, change.source, mission.updatedAt])
            }
        }
    }

    func write(_ seat: TriadBundle.Seat, over ours: TriadBundle.Seat?) throws {
        let party = try partyID(seat.party)
        if ours != nil {
            try execute(
                "UPDATE councilSeat SET endsOn = $3, isPermanent = $4, updatedAt = $5 WHERE partyId = $1 AND startsOn = $2",
                [party, seat.from, seat.to, seat.permanent, seat.updatedAt])
        } else {
            try execute(
                """
                INSERT INTO councilSeat (partyId, startsOn, endsOn, isPermanent, createdAt, updatedAt)
                VALUES ($1, $2, $3, $4, $5, $6)
                """, [party, seat.from, seat.to, seat.permanent, seat.createdAt, seat.updatedAt])
        }
    }

    func write(_ mandate: TriadBundle.Mandate, over ours: TriadBundle.Mandate?) throws {
        let mission = try missionID(mandate.mission)
        let pens = try mandate.penholders.map { try partyID($0) }
        let id: Int64
        let ceilings = mandate.ceilings ?? .none
        if let ours {
            guard let held = try execute("SELECT id FROM mandate WHERE uuid = $1", [ours.uuid]).scalar(Int64.self)
            else {
                throw StoreError.damaged(path: "server", detail: "mandate \(ours.uuid) vanished during the import")
            }
            id = held
            try execute(
                """
                UPDATE mandate SET missionId = $2, adoptedOn = $3, expiresOn = $4, troopCeiling = $5,
                    policeCeiling = $6, observersCeiling = $7, individualPoliceCeiling = $8, formedPoliceCeiling = $9,
                    correctionsCeiling = $10, updatedAt = $11
                WHERE id = $1
                """,
                [
                    id, mission, mandate.adopted, mandate.expires, mandate.troopCeiling, mandate.policeCeiling,
                    ceilings.observersAndStaff, ceilings.individualPolice, ceilings.formedPolice, ceilings.corrections,
                    mandate.updatedAt,
                ])
        } else {
            id = try insertMandate(
                uuid: mandate.uuid, mission: mission,
                try TriadCore.Mandate(
                    uuid: mandate.uuid, mission: mandate.mission,
                    resolution: ResolutionReference(number: mandate.resolutionNumber, year: mandate.resolutionYear),
                    adopted: mandate.adopted, expires: mandate.expires, troopCeiling: mandate.troopCeiling,
                    policeCeiling: mandate.policeCeiling, ceilings: ceilings, penholders: mandate.penholders,
                    reportsDue: mandate.reportsDue),
                createdAt: mandate.createdAt, updatedAt: mandate.updatedAt)
        }
        try replaceLinks(of: id, penholders: pens, reportsDue: mandate.reportsDue)
    }

    func write(_ contribution: TriadBundle.Contribution, over ours: TriadBundle.Contribution?) throws {
        try upsertContribution(
            uuid: ours?.uuid ?? contribution.uuid, mission: try missionID(contribution.mission),
            party: try partyID(contribution.party), asOf: contribution.asOf,
            try contribution.personnel, women: try contribution.checkedWomen,
            createdAt: ours?.createdAt ?? contribution.createdAt, updatedAt: contribution.updatedAt)
    }

    func write(_ meeting: TriadBundle.Meeting, over ours: TriadBundle.Meeting?) throws {
        var row = MeetingRow(
            id: ours?.number ?? 0, uuid: meeting.uuid, kind: meeting.kind, title: meeting.title,
            meetingDay: meeting.startsAt.day, startsAt: meeting.startsAt.iso8601, status: meeting.status,
            chairPartyId: try meeting.chair.map { try partyID($0) }, location: meeting.location,
            mode: meeting.mode, summary: meeting.summary, cancelReason: meeting.cancelReason,
            classification: meeting.level, createdAt: ours?.createdAt ?? meeting.createdAt,
            updatedAt: meeting.updatedAt)
        if ours != nil {
            try updateMeeting(row)
        } else {
            row.id = try insertMeeting(row, number: try exists("meeting", id: meeting.number) ? nil : meeting.number)
        }
        try replaceContents(
            of: row.id, missions: try meeting.missions.map { try missionID($0) }, areas: meeting.a4p,
            attendees: try meeting.attendees.map {
                (party: try partyID($0.party), representative: $0.representative)
            },
            invitees: try meeting.invitees.map { try partyID($0) }, agenda: meeting.agenda)
    }

    func write(_ action: TriadBundle.Action, over ours: TriadBundle.Action?) throws {
        var row = ActionRow(
            id: ours?.number ?? 0, uuid: action.uuid, title: action.title, details: action.details,
            ownerPartyId: try partyID(action.owner), assignee: action.assignee,
            meetingId: try action.meeting.flatMap {
                try execute("SELECT id FROM meeting WHERE uuid = $1", [$0]).scalar(Int64.self)
            },
            missionId: try action.mission.map { try missionID($0) }, dueOn: action.due, priority: action.priority,
            status: action.status, createdAt: ours?.createdAt ?? action.createdAt, updatedAt: action.updatedAt,
            closedAt: action.closedAt, classification: action.classification ?? .unclassified,
            ownClassification: action.ownClassification ?? false)
        if ours != nil {
            try updateAction(row)
        } else {
            row.id = try insertAction(row, number: try exists("actionItem", id: action.number) ? nil : action.number)
        }
        try replaceAreas(of: .action, row.id, with: action.a4p)
    }

    func write(_ position: TriadBundle.Position, over ours: TriadBundle.Position?) throws {
        guard let meeting = try execute("SELECT id FROM meeting WHERE uuid = $1", [position.meeting]).scalar(Int64.self)
        else {
            throw StoreError.invalidBundle(reason: "\(position.label) was raised at a meeting the bundle does not hold")
        }
        let values: [(any PostgresBindable)?] = [
            position.uuid, meeting, try partyID(position.party), position.kind, position.topic, position.text,
            try position.uptake.map { try mandateID($0.mandate) }, position.uptake?.status, position.uptake?.paragraph,
            position.uptake?.note, ours?.createdAt ?? position.createdAt, position.updatedAt,
        ]
        let id: Int64
        if let ours {
            id = ours.number
            try execute(
                """
                UPDATE partyPosition SET uuid = $1, meetingId = $2, partyId = $3, kind = $4, topic = $5, text = $6,
                    uptakeMandateId = $7, uptakeStatus = $8, uptakeParagraph = $9, uptakeNote = $10, createdAt = $11,
                    updatedAt = $12
                WHERE id = $13
                """, values + [id])
        } else {
            let number = try exists("partyPosition", id: position.number) ? nil : position.number
            guard
                let inserted = try execute(
                    """
                    INSERT INTO partyPosition (uuid, meetingId, partyId, kind, topic, text, uptakeMandateId, uptakeStatus,
                                               uptakeParagraph, uptakeNote, createdAt, updatedAt, id)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
                            coalesce($13, nextval(pg_get_serial_sequence('partyPosition', 'id'))))
                    RETURNING id
                    """, values + [number]
                ).scalar(Int64.self)
            else { throw StoreError.damaged(path: "server", detail: "the server returned no id for a new position") }
            id = inserted
            if number != nil { try advanceSequence(of: "partyPosition") }
        }
        try replaceAreas(of: .position, id, with: position.a4p)
    }

    func add(_ note: ActionNote, toAction uuid: String) throws {
        guard let action = try execute("SELECT id FROM actionItem WHERE uuid = $1", [uuid]).scalar(Int64.self) else {
            throw StoreError.damaged(path: "server", detail: "action \(uuid) vanished during the import")
        }
        try insertNote(note, to: action)
    }

    func insertImported(_ command: TriadBundle.Command, number: Int64?) throws -> Int64 {
        guard
            let id = try execute(
                """
                INSERT INTO journalCommand (id, uuid, at, actor, commandLine, summary, isImported)
                VALUES (coalesce($1, nextval(pg_get_serial_sequence('journalCommand', 'id'))), $2, $3, $4, $5, $6, true)
                RETURNING id
                """, [number, command.uuid, command.at, command.actor, command.commandLine, command.summary]
            ).scalar(Int64.self)
        else { throw StoreError.damaged(path: "server", detail: "the server returned no id for a journal command") }
        if number != nil { try advanceSequence(of: "journalCommand") }
        try insertImported(command.changes, command: id)
        return id
    }

    func insertImported(_ changes: [TriadBundle.Change], command id: Int64) throws {
        guard !changes.isEmpty else { return }
        var parameters = PostgresParameters()
        let columns = [
            parameters.bind(texts: changes.map(\.entity)), parameters.bind(ids: changes.map(\.rowKey)),
            parameters.bind(texts: changes.map(\.operation)),
        ]
        // Before and after may be NULL, which a text array spells without quotes.
        let before = parameters.bind(nullableTexts: changes.map(\.before))
        let after = parameters.bind(nullableTexts: changes.map(\.after))
        try execute(
            """
            INSERT INTO journalChange (commandId, entity, rowKey, operation, beforeJSON, afterJSON)
            SELECT \(parameters.bind(id)), change.entity, change.rowKey, change.operation, change.beforeJSON,
                   change.afterJSON
            FROM unnest(\(columns.joined(separator: ", ")), \(before), \(after)) WITH ORDINALITY
                 AS change(entity, rowKey, operation, beforeJSON, afterJSON, place)
            ORDER BY change.place
            """, parameters)
    }

    func constraintMessage(_ error: any Error) -> String? {
        guard case .constraintViolated(let detail) = error as? StoreError else { return nil }
        return detail
    }
}
