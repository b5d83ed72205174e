import TriadCore
import TriadStore

/// The rows of records as the commands and the bundle merge insert them.
extension PostgresSession {
    /// Inserts a mission's row; returns its id.
    func insertMission(
        acronym: String, name: String, territory: String?, established: Day?, closed: Day?, type: MissionType,
        predecessor: Int64?, isReference: Bool, createdAt: Timestamp, updatedAt: Timestamp
    ) throws -> Int64 {
        try insertedID(
            """
            INSERT INTO mission (acronym, name, territory, establishedOn, closedOn, type, predecessorId, isReference,
                                 createdAt, updatedAt)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
            """,
            [
                acronym, name, territory, established, closed, type, predecessor, isReference, createdAt, updatedAt,
            ], table: "mission")
    }

    /// Inserts a mandate's row; returns its id.
    func insertMandate(
        uuid: String, mission: Int64, _ mandate: Mandate, createdAt: Timestamp, updatedAt: Timestamp
    ) throws -> Int64 {
        try insertedID(
            """
            INSERT INTO mandate (uuid, missionId, resolutionNumber, resolutionYear, adoptedOn, expiresOn,
                                 troopCeiling, policeCeiling, observersCeiling, individualPoliceCeiling,
                                 formedPoliceCeiling, correctionsCeiling, createdAt, updatedAt)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id
            """,
            [
                uuid, mission, mandate.resolution.number, mandate.resolution.year, mandate.adopted, mandate.expires,
                mandate.troopCeiling, mandate.policeCeiling, mandate.ceilings.observersAndStaff,
                mandate.ceilings.individualPolice, mandate.ceilings.formedPolice, mandate.ceilings.corrections,
                createdAt, updatedAt,
            ], table: "mandate")
    }

    /// Writes a party's figures (and the women among them) in a mission for a day: a new record, or the figures
    /// of the one held.
    func upsertContribution(
        uuid: String, mission: Int64, party: Int64, asOf day: Day, _ personnel: Personnel, women: Personnel,
        createdAt: Timestamp, updatedAt: Timestamp
    ) throws {
        try execute(
            """
            INSERT INTO contribution (uuid, missionId, partyId, asOf, troops, staffOfficers, experts, police,
                                      formedPolice, womenTroops, womenStaffOfficers, womenExperts, womenPolice,
                                      womenFormedPolice, createdAt, updatedAt)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
            ON CONFLICT (missionId, partyId, asOf) DO UPDATE SET
                troops = excluded.troops, staffOfficers = excluded.staffOfficers, experts = excluded.experts,
                police = excluded.police, formedPolice = excluded.formedPolice, womenTroops = excluded.womenTroops,
                womenStaffOfficers = excluded.womenStaffOfficers, womenExperts = excluded.womenExperts,
                womenPolice = excluded.womenPolice, womenFormedPolice = excluded.womenFormedPolice,
                updatedAt = excluded.updatedAt
            """,
            [
                uuid, mission, party, day, personnel.troops, personnel.staffOfficers, personnel.experts,
                personnel.police, personnel.formedPolice, women.troops, women.staffOfficers, women.experts,
                women.police, women.formedPolice, createdAt, updatedAt,
            ])
    }

    /// Inserts a meeting's row, with the id `number` when it is free; returns its id.
    func insertMeeting(_ row: MeetingRow, number: Int64? = nil) throws -> Int64 {
        let id = try insertedID(
            """
            INSERT INTO meeting (id, uuid, kind, title, meetingDay, startsAt, status, chairPartyId, location, mode,
                                 summary, cancelReason, createdAt, updatedAt, classification)
            VALUES (coalesce($1, nextval(pg_get_serial_sequence('meeting', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9,
                    $10, $11, $12, $13, $14, $15)
            RETURNING id
            """,
            [
                number, row.uuid, row.kind, row.title, row.meetingDay, row.startsAt, row.status, row.chairPartyId,
                row.location, row.mode, row.summary, row.cancelReason, row.createdAt, row.updatedAt,
                row.classification,
            ], table: "meeting")
        if number != nil { try advanceSequence(of: "meeting") }
        return id
    }

    /// Writes a meeting's row over the one held.
    func updateMeeting(_ row: MeetingRow) throws {
        try execute(
            """
            UPDATE meeting SET uuid = $2, kind = $3, title = $4, meetingDay = $5, startsAt = $6, status = $7,
                chairPartyId = $8, location = $9, mode = $10, summary = $11, cancelReason = $12, createdAt = $13,
                updatedAt = $14, classification = $15
            WHERE id = $1
            """,
            [
                row.id, row.uuid, row.kind, row.title, row.meetingDay, row.startsAt, row.status, row.chairPartyId,
                row.location, row.mode, row.summary, row.cancelReason, row.createdAt, row.updatedAt,
                row.classification,
            ])
    }

    /// Inserts an action's row, with the id `number` when it is free; returns its id.
    func insertAction(_ row: ActionRow, number: Int64? = nil) throws -> Int64 {
        let id = try insertedID(
            """
            INSERT INTO actionItem (id, uuid, title, details, ownerPartyId, assignee, meetingId, missionId, dueOn,
                                    priority, status, createdAt, updatedAt, closedAt, classification,
                                    ownClassification)
            VALUES (coalesce($1, nextval(pg_get_serial_sequence('actionItem', 'id'))), $2, $3, $4, $5, $6, $7, $8,
                    $9, $10, $11, $12, $13, $14, $15, $16)
            RETURNING id
            """,
            [
                number, row.uuid, row.title, row.details, row.ownerPartyId, row.assignee, row.meetingId, row.missionId,
                row.dueOn, row.priority, row.status, row.createdAt, row.updatedAt, row.closedAt, row.classification,
                row.ownClassification,
            ], table: "actionItem")
        if number != nil { try advanceSequence(of: "actionItem") }
        return id
    }

    /// Writes an action's row over the one held.
    func updateAction(_ row: ActionRow) throws {
        try execute(
            """
            UPDATE actionItem SET uuid = $2, title = $3, details = $4, ownerPartyId = $5, assignee = $6,
                meetingId = $7, missionId = $8, dueOn = $9, priority = $10, status = $11, createdAt = $12,
                updatedAt = $13, closedAt = $14, classification = $15, ownClassification = $16
            WHERE id = $1
            """,
            [
                row.id, row.uuid, row.title, row.details, row.ownerPartyId, row.assignee, row.meetingId, row.missionId,
                row.dueOn, row.priority, row.status, row.createdAt, row.updatedAt, row.closedAt, row.classification,
                row.ownClassification,
            ])
    }

    /// Whether a meeting or action has the id `number`.
    func exists(_ table: String, id number: Int64) throws -> Bool {
        try execute("SELECT 1 FROM \(table) WHERE id = $1", [number]).first != nil
    }

    /// Moves a table's id sequence past the highest id, after rows were inserted with ids of their own (a
    /// restored bundle keeps its numbers): the next `M-` or `A-` number is never one already given.
    func advanceSequence(of table: String) throws {
        try execute(
            """
            SELECT setval(sequence, greatest((SELECT max(id) FROM \(table)), coalesce(pg_sequence_last_value(sequence), 1)))
            FROM (SELECT pg_get_serial_sequence($1, 'id')::regclass AS sequence) AS identity
            """, [table])
    }

    /// The id a statement ending in `RETURNING id` gave its row.
    private func insertedID(_ sql: String, _ values: [(any PostgresBindable)?], table: String) throws -> Int64 {
        guard let id = try execute(sql, values).scalar(Int64.self) else {
            throw StoreError.damaged(path: "server", detail: "the server returned no id for a new \(table)")
        }
        return id
    }
}
