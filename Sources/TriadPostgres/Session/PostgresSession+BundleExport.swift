import TriadBackend
import TriadCore
import TriadStore

extension PostgresSession {
    /// When the reference data was seeded; rows still carrying it were never changed by a user.
    static let seedStamp = Timestamp(millisecondsSince1970: 1_735_689_600_000)

    /// The whole database as a bundle, read through the same paths as the commands read it, in the order the
    /// SQLite backend writes it. It is read whole, then handed on (a server's result arrives whole through
    /// libpq unless read by a cursor; see the README's "Speed").
    func exportBundle(_ visit: (BundleRecord) throws -> Void) throws {
        try wholeBundle().forEachRecord(visit)
    }

    func bundleTally() throws -> BundleTally {
        var tally = BundleTally()
        for row in try execute(BundleTallyQueries.records) {
            (tally.meetings, tally.actions, tally.notes, tally.commands, tally.positions) = (
                try row.decode(at: 0), try row.decode(at: 1), try row.decode(at: 2), try row.decode(at: 3),
                try row.decode(at: 4)
            )
        }
        for row in try execute(BundleTallyQueries.agendaItemsByMeetingLevel) {
            tally.agendaItemsByMeetingLevel[try row.decode(at: 0)] = try row.decode(at: 1)
        }
        return tally
    }

    private func wholeBundle() throws -> TriadBundle {
        var bundle = TriadBundle()
        let seed = PostgresSession.seedStamp
        bundle.parties = try execute(
            "SELECT \(PartyRow.columns) FROM party WHERE NOT isReference OR updatedAt <> $1 ORDER BY lower(code)",
            [seed]
        ).map { row in
            let record = try PartyRow(row)
            return TriadBundle.Party(
                code: record.code, name: record.name, kind: record.kind, createdAt: record.createdAt,
                updatedAt: record.updatedAt, isReference: record.isReference)
        }
        bundle.councilSeats = try execute(
            """
            SELECT party.code, seat.* FROM councilSeat seat JOIN party ON party.id = seat.partyId
            WHERE seat.updatedAt <> $1 ORDER BY lower(party.code), seat.startsOn
            """, [seed]
        ).map(PostgresSession.seat(from:))
        let byAcronym = Dictionary(uniqueKeysWithValues: try missions(activeOn: nil).map { ($0.acronym, $0) })
        bundle.missions = try execute(
            """
            SELECT \(MissionRow.columns) FROM mission WHERE NOT isReference OR updatedAt <> $1
            ORDER BY lower(acronym)
            """, [seed]
        ).compactMap { row in
            let record = try MissionRow(row)
            return byAcronym[record.acronym].map {
                TriadBundle.Mission(
                    $0, isReference: record.isReference, createdAt: record.createdAt, updatedAt: record.updatedAt)
            }
        }
        var created: [String: Timestamp] = [:]
        for row in try execute("SELECT uuid, createdAt FROM mandate") {
            created[try row.decode(at: 0)] = try row.decode(at: 1)
        }
        bundle.mandates = try mandates(.all).map {
            TriadBundle.Mandate($0, createdAt: created[$0.uuid] ?? $0.updatedAt)
        }
        .sorted { ($0.mission, $0.adopted, $0.uuid) < ($1.mission, $1.adopted, $1.uuid) }
        bundle.contributions = try execute(
            """
            SELECT contribution.*, mission.acronym, party.code
            FROM contribution JOIN mission ON mission.id = contribution.missionId
            JOIN party ON party.id = contribution.partyId
            ORDER BY lower(mission.acronym), lower(party.code), contribution.asOf
            """
        ).map(PostgresSession.contribution(bundleRow:))
        bundle.meetings = try bundleMeetings(.all)
        bundle.actions = try bundleActions(.all)
        bundle.journal = try journalForBundle()
        var meetingUUIDs: [Int64: String] = [:]
        for row in try execute("SELECT id, uuid FROM meeting WHERE id IN (SELECT meetingId FROM partyPosition)") {
            meetingUUIDs[try row.decode(at: 0)] = try row.decode(at: 1)
        }
        bundle.positions = TriadBundle.Position.inBundleOrder(try positions(PositionFilter()), meetings: meetingUUIDs)
        return bundle
    }

    /// A Council seat from a row of `councilSeat` with its party's `code`.
    static func seat(from row: PostgresRow) throws -> TriadBundle.Seat {
        TriadBundle.Seat(
            party: try row.decode("code"), from: try row.decode("startsOn"), to: try row.decode("endsOn"),
            permanent: try row.decode("isPermanent"), createdAt: try row.decode("createdAt"),
            updatedAt: try row.decode("updatedAt"))
    }

    /// A contribution in bundle form from a row of `contribution` with its mission's `acronym` and party's `code`.
    static func contribution(bundleRow row: PostgresRow) throws -> TriadBundle.Contribution {
        TriadBundle.Contribution(
            uuid: try row.decode("uuid"), mission: try row.decode("acronym"), party: try row.decode("code"),
            asOf: try row.decode("asOf"), troops: try row.decode("troops"),
            staffOfficers: try row.decode("staffOfficers"), experts: try row.decode("experts"),
            police: try row.decode("police"), formedPolice: try row.decode("formedPolice"),
            women: try PostgresSession.women(from: row), createdAt: try row.decode("createdAt"),
            updatedAt: try row.decode("updatedAt"))
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
            var parameters = PostgresParameters()
            for row in try execute(
                "SELECT id, uuid FROM meeting WHERE id = ANY(\(parameters.bind(ids: meetings.sorted())))", parameters)
            {
                uuids[try row.decode(at: 0)] = try row.decode(at: 1)
            }
        }
        return items.map { TriadBundle.Action($0, meeting: $0.meeting.flatMap { uuids[$0.rawValue] }) }
            .sorted { ($0.createdAt, $0.uuid) < ($1.createdAt, $1.uuid) }
    }

    private func journalForBundle() throws -> [TriadBundle.Command] {
        var changes: [Int64: [TriadBundle.Change]] = [:]
        for row in try execute(
            "SELECT commandId, entity, rowKey, operation, beforeJSON, afterJSON FROM journalChange ORDER BY id")
        {
            changes[try row.decode(at: 0), default: []].append(
                TriadBundle.Change(
                    entity: try row.decode(at: 1), rowKey: try row.decode(at: 2), operation: try row.decode(at: 3),
                    before: try row.decode(at: 4), after: try row.decode(at: 5)))
        }
        return try execute(
            "SELECT id, uuid, at, actor, commandLine, summary FROM journalCommand ORDER BY at, uuid"
        ).map { row in
            TriadBundle.Command(
                uuid: try row.decode("uuid"), number: try row.decode("id"), at: try row.decode("at"),
                actor: try row.decode("actor"),
                commandLine: try row.decode("commandLine"), summary: try row.decode("summary"),
                changes: changes[try row.decode("id")] ?? [])
        }
    }
}
