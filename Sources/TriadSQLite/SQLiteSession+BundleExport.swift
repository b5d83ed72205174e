import GRDB
import TriadCore
import TriadStore

extension SQLiteSession {
    /// When the reference data was seeded; rows still carrying it were never changed by a user.
    static let seedStamp = Timestamp(millisecondsSince1970: 1_735_689_600_000)

    /// The whole database as a bundle, read through the same paths as the commands read it.
    func exportBundle() throws -> TriadBundle {
        var bundle = TriadBundle()
        let seed = SQLiteSession.seedStamp
        bundle.parties = try PartyRecord.filter(
            PartyRecord.Columns.isReference == false || PartyRecord.Columns.updatedAt != seed
        )
        .order(PartyRecord.Columns.code).fetchAll(db).map(TriadBundle.Party.init)
        bundle.councilSeats = try councilSeatsForBundle(changedSince: seed)
        bundle.missions = try missionsForBundle(changedSince: seed)
        var created: [String: Timestamp] = [:]
        for row in try db.cachedRows(sql: "SELECT uuid, createdAt FROM mandate") {
            created[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
        }
        bundle.mandates = try mandates(.all).map {
            TriadBundle.Mandate($0, createdAt: created[$0.uuid] ?? $0.updatedAt)
        }
        .sorted { ($0.mission, $0.adopted, $0.uuid) < ($1.mission, $1.adopted, $1.uuid) }
        bundle.contributions = try contributionsForBundle()
        bundle.meetings = try bundleMeetings(.all)
        bundle.actions = try bundleActions(.all)
        bundle.journal = try journalForBundle()
        return bundle
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

    private func contributionsForBundle() throws -> [TriadBundle.Contribution] {
        try db.cachedRows(
            sql: """
                SELECT contribution.*, mission.acronym, party.code
                FROM contribution JOIN mission ON mission.id = contribution.missionId
                JOIN party ON party.id = contribution.partyId ORDER BY mission.acronym, party.code, contribution.asOf
                """
        ).map(SQLiteSession.contribution(bundleRow:))
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

    private func journalForBundle() throws -> [TriadBundle.Command] {
        var changes: [Int64: [TriadBundle.Change]] = [:]
        for change in try JournalChangeRecord.order(JournalChangeRecord.Columns.id).fetchAll(db) {
            changes[change.commandId, default: []].append(
                TriadBundle.Change(
                    entity: change.entity, rowKey: change.rowKey, operation: change.operation,
                    before: change.beforeJSON, after: change.afterJSON))
        }
        return try JournalCommandRecord.order(JournalCommandRecord.Columns.at, JournalCommandRecord.Columns.uuid)
            .fetchAll(db).map {
                TriadBundle.Command(
                    uuid: $0.uuid, number: $0.id, at: $0.at, actor: $0.actor, commandLine: $0.commandLine,
                    summary: $0.summary,
                    changes: changes[try $0.storedID] ?? [])
            }
    }
}
