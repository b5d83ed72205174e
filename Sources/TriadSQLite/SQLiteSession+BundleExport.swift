import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteSession {
    /// When the reference data was seeded; rows still carrying it were never changed by a user.
    static let seedStamp = Timestamp(millisecondsSince1970: 1_735_689_600_000)

    /// The whole database as a bundle, read through the same paths as the commands read it, handed on a
    /// record at a time: the long lists (actions, contributions, the journal, meetings) are read in batches
    /// or by cursor, so that an export holds a batch at a time, whatever the size of the database.
    func exportBundle(_ visit: (BundleRecord) throws -> Void) throws {
        let seed = SQLiteSession.seedStamp
        try inBatches(of: "SELECT id FROM actionItem ORDER BY createdAt, uuid") { ids in
            for action in try bundleActions(.ids(ids)) { try visit(.action(action)) }
        }
        let contributions = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT contribution.*, mission.acronym, party.code
                    FROM contribution JOIN mission ON mission.id = contribution.missionId
                    JOIN party ON party.id = contribution.partyId
                    ORDER BY mission.acronym, party.code, contribution.asOf
                    """))
        while let row = try contributions.next() {
            try visit(.contribution(try SQLiteSession.contribution(bundleRow: row)))
        }
        for seat in try councilSeatsForBundle(changedSince: seed) { try visit(.councilSeat(seat)) }
        try journalForBundle(visit)
        var created: [String: Timestamp] = [:]
        for row in try db.cachedRows(sql: "SELECT uuid, createdAt FROM mandate") {
            created[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
        }
        for mandate in try mandates(.all).map({ TriadBundle.Mandate($0, createdAt: created[$0.uuid] ?? $0.updatedAt) })
            .sorted(by: { ($0.mission, $0.adopted, $0.uuid) < ($1.mission, $1.adopted, $1.uuid) })
        {
            try visit(.mandate(mandate))
        }
        try inBatches(of: "SELECT id FROM meeting ORDER BY startsAt, uuid") { ids in
            for meeting in try bundleMeetings(.ids(ids)) { try visit(.meeting(meeting)) }
        }
        for mission in try missionsForBundle(changedSince: seed) { try visit(.mission(mission)) }
        for party in try PartyRecord.filter(
            PartyRecord.Columns.isReference == false || PartyRecord.Columns.updatedAt != seed
        )
        .order(PartyRecord.Columns.code).fetchAll(db).map(TriadBundle.Party.init) {
            try visit(.party(party))
        }
        var meetingUUIDs: [Int64: String] = [:]
        for row in try db.cachedRows(
            sql: "SELECT id, uuid FROM meeting WHERE id IN (SELECT meetingId FROM partyPosition)")
        {
            meetingUUIDs[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
        }
        for position in try TriadBundle.Position.inBundleOrder(positions(PositionFilter()), meetings: meetingUUIDs) {
            try visit(.position(position))
        }
    }

    func bundleTally() throws -> BundleTally {
        var tally = BundleTally()
        for row in try db.cachedRows(sql: BundleTallyQueries.records) {
            (tally.meetings, tally.actions, tally.notes, tally.commands, tally.positions) = (
                try row.decode(atIndex: 0), try row.decode(atIndex: 1), try row.decode(atIndex: 2),
                try row.decode(atIndex: 3), try row.decode(atIndex: 4)
            )
        }
        for row in try db.cachedRows(sql: BundleTallyQueries.agendaItemsByMeetingLevel) {
            tally.agendaItemsByMeetingLevel[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
        }
        return tally
    }

    /// Runs `body` on the ids `sql` selects, in its order, a thousand at a time (a JSON array of ids for
    /// `json_each`): the ids are read by cursor, so that no more than a batch is held.
    private func inBatches(of sql: String, _ body: (String) throws -> Void) throws {
        let ids = try Int64.fetchCursor(db.cachedStatement(sql: sql))
        var batch: [Int64] = []
        while let id = try ids.next() {
            batch.append(id)
            if batch.count == 1_000 {
                try body(SQLiteSession.jsonArray(batch))
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(SQLiteSession.jsonArray(batch)) }
    }

    /// Meetings in bundle form, by start and uuid (an order that does not depend on this database's numbers).
    func bundleMeetings(_ selection: MeetingSelection) throws -> [TriadBundle.Meeting] {
        try meetingDetails(selection, groups: false).map(TriadBundle.Meeting.init)
            .sorted { ($0.startsAt.iso8601, $0.uuid) < ($1.startsAt.iso8601, $1.uuid) }
    }

    /// Actions in bundle form, by creation and uuid, each naming its meeting by uuid.
    func bundleActions(_ selection: ActionSelection) throws -> [TriadBundle.Action] {
        let items = try actions(selection, asOf: Day(ordinal: 0), ownerGroups: false)
        let meetings = Set(items.compactMap(\.meeting?.rawValue))
        var uuids: [Int64: String] = [:]
        if !meetings.isEmpty {
            for row in try db.cachedRows(
                sql: "SELECT id, uuid FROM meeting WHERE id IN (SELECT value FROM json_each(?))",
                arguments: [SQLiteSession.jsonArray(meetings.sorted())])
            {
                uuids[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
            }
        }
        return items.map { TriadBundle.Action($0, meeting: $0.meeting.flatMap { uuids[$0.rawValue] }) }
            .sorted { ($0.createdAt, $0.uuid) < ($1.createdAt, $1.uuid) }
    }

    private func councilSeatsForBundle(changedSince seed: Timestamp) throws -> [TriadBundle.Seat] {
        try db.cachedRows(
            sql: """
                SELECT party.code, seat.* FROM councilSeat seat JOIN party ON party.id = seat.partyId
                WHERE seat.updatedAt != ? ORDER BY party.code, seat.startsOn
                """, arguments: [seed]
        ).map(SQLiteSession.seat(from:))
    }

    /// A Council seat from a row of `councilSeat` with its party's `code`.
    static func seat(from row: Row) throws -> TriadBundle.Seat {
        TriadBundle.Seat(
            party: try row.decode(forColumn: "code"), from: try row.decode(forColumn: "startsOn"),
            to: try row.decode(forColumn: "endsOn"), permanent: try row.decode(forColumn: "isPermanent"),
            createdAt: try row.decode(forColumn: "createdAt"), updatedAt: try row.decode(forColumn: "updatedAt"))
    }

    private func missionsForBundle(changedSince seed: Timestamp) throws -> [TriadBundle.Mission] {
        let byAcronym = Dictionary(uniqueKeysWithValues: try missions(activeOn: nil).map { ($0.acronym, $0) })
        return try MissionRecord.filter(
            MissionRecord.Columns.isReference == false || MissionRecord.Columns.updatedAt != seed
        )
        .order(MissionRecord.Columns.acronym).fetchAll(db)
        .compactMap { record in
            byAcronym[record.acronym].map {
                TriadBundle.Mission(
                    $0, isReference: record.isReference, createdAt: record.createdAt, updatedAt: record.updatedAt)
            }
        }
    }

    /// A contribution in bundle form from a row of `contribution` with its mission's `acronym` and party's `code`.
    static func contribution(bundleRow row: Row) throws -> TriadBundle.Contribution {
        TriadBundle.Contribution(
            uuid: try row.decode(forColumn: "uuid"), mission: try row.decode(forColumn: "acronym"),
            party: try row.decode(forColumn: "code"), asOf: try row.decode(forColumn: "asOf"),
            troops: try row.decode(forColumn: "troops"), staffOfficers: try row.decode(forColumn: "staffOfficers"),
            experts: try row.decode(forColumn: "experts"), police: try row.decode(forColumn: "police"),
            formedPolice: try row.decode(forColumn: "formedPolice"),
            women: try Personnel(
                troops: row.decode(forColumn: "womenTroops"),
                staffOfficers: row.decode(forColumn: "womenStaffOfficers"),
                experts: row.decode(forColumn: "womenExperts"), police: row.decode(forColumn: "womenPolice"),
                formedPolice: row.decode(forColumn: "womenFormedPolice")),
            createdAt: try row.decode(forColumn: "createdAt"), updatedAt: try row.decode(forColumn: "updatedAt"))
    }

    /// The journal's commands by time and uuid, each followed by its changes.
    private func journalForBundle(_ visit: (BundleRecord) throws -> Void) throws {
        let commands = try JournalCommandRecord.order(
            JournalCommandRecord.Columns.at, JournalCommandRecord.Columns.uuid
        ).fetchCursor(db)
        while let command = try commands.next() {
            try visit(
                .command(
                    TriadBundle.Command(
                        uuid: command.uuid, number: command.id, at: command.at, actor: command.actor,
                        commandLine: command.commandLine, summary: command.summary, changes: [])))
            let changes = try JournalChangeRecord.filter(JournalChangeRecord.Columns.commandId == command.storedID)
                .order(JournalChangeRecord.Columns.id).fetchCursor(db)
            while let change = try changes.next() {
                try visit(
                    .change(
                        TriadBundle.Change(
                            entity: change.entity, rowKey: change.rowKey, operation: change.operation,
                            before: change.beforeJSON, after: change.afterJSON)))
            }
        }
    }
}
