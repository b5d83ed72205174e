import GRDB
import TriadCore

extension TriadDatabase {
    /// When the reference data was seeded; rows still carrying it were never changed by a user.
    static let seedStamp = "2025-01-01T00:00:00.000Z"

    /// The whole database as a bundle: user data, reference data users added or changed, and the journal.
    public func exportBundle() throws -> TriadBundle {
        try read { db in
            var bundle = TriadBundle()
            let seed: StatementArguments = ["seed": TriadDatabase.seedStamp]
            bundle.parties = try db.cachedRows(
                sql: "SELECT * FROM party WHERE isReference = 0 OR updatedAt != :seed ORDER BY code", arguments: seed
            ).map { row in
                TriadBundle.Party(
                    code: try row.decode(forColumn: "code"), name: try row.decode(forColumn: "name"),
                    kind: try row.decode(forColumn: "kind"), createdAt: try row.decode(forColumn: "createdAt"),
                    updatedAt: try row.decode(forColumn: "updatedAt"),
                    isReference: try row.decode(forColumn: "isReference"))
            }
            bundle.councilSeats = try db.cachedRows(
                sql: """
                    SELECT p.code, s.* FROM councilSeat s JOIN party p ON p.id = s.partyId
                    WHERE s.updatedAt != :seed ORDER BY p.code, s.startsOn
                    """, arguments: seed
            ).map { row in
                TriadBundle.Seat(
                    party: try row.decode(forColumn: "code"), from: try row.decode(forColumn: "startsOn"),
                    to: try row.decode(forColumn: "endsOn"), permanent: try row.decode(forColumn: "isPermanent"),
                    createdAt: try row.decode(forColumn: "createdAt"), updatedAt: try row.decode(forColumn: "updatedAt")
                )
            }
            bundle.missions = try db.cachedRows(
                sql: """
                    SELECT m.*, (SELECT group_concat(code, ',') FROM (
                        SELECT p.code FROM missionHost h JOIN party p ON p.id = h.partyId
                        WHERE h.missionId = m.id ORDER BY p.code)) AS hosts
                    FROM mission m WHERE m.isReference = 0 OR m.updatedAt != :seed ORDER BY m.acronym
                    """, arguments: seed
            ).map { row in
                let hosts: String? = try row.decode(forColumn: "hosts")
                return TriadBundle.Mission(
                    acronym: try row.decode(forColumn: "acronym"), name: try row.decode(forColumn: "name"),
                    territory: try row.decode(forColumn: "territory"),
                    established: try row.decode(forColumn: "establishedOn"),
                    closed: try row.decode(forColumn: "closedOn"),
                    hosts: hosts?.split(separator: ",").map(String.init) ?? [],
                    isReference: try row.decode(forColumn: "isReference"),
                    createdAt: try row.decode(forColumn: "createdAt"),
                    updatedAt: try row.decode(forColumn: "updatedAt"))
            }
            bundle.mandates = try db.cachedRows(
                sql: """
                    SELECT d.*, m.acronym,
                           (SELECT group_concat(code, ',') FROM (SELECT p.code FROM mandatePenholder h
                                JOIN party p ON p.id = h.partyId WHERE h.mandateId = d.id ORDER BY p.code)) AS pens,
                           (SELECT group_concat(dueOn, ',') FROM (SELECT dueOn FROM mandateReportDue
                                WHERE mandateId = d.id ORDER BY dueOn)) AS reports
                    FROM mandate d JOIN mission m ON m.id = d.missionId ORDER BY m.acronym, d.adoptedOn, d.uuid
                    """
            ).map { row in
                let pens: String? = try row.decode(forColumn: "pens")
                let reports: String? = try row.decode(forColumn: "reports")
                return TriadBundle.Mandate(
                    uuid: try row.decode(forColumn: "uuid"), mission: try row.decode(forColumn: "acronym"),
                    resolutionNumber: try row.decode(forColumn: "resolutionNumber"),
                    resolutionYear: try row.decode(forColumn: "resolutionYear"),
                    adopted: try row.decode(forColumn: "adoptedOn"),
                    expires: try row.decode(forColumn: "expiresOn"),
                    troopCeiling: try row.decode(forColumn: "troopCeiling"),
                    policeCeiling: try row.decode(forColumn: "policeCeiling"),
                    penholders: pens?.split(separator: ",").map(String.init) ?? [],
                    reportsDue: reports?.split(separator: ",").map(String.init) ?? [],
                    createdAt: try row.decode(forColumn: "createdAt"), updatedAt: try row.decode(forColumn: "updatedAt")
                )
            }
            bundle.contributions = try db.cachedRows(
                sql: """
                    SELECT c.*, m.acronym, p.code FROM contribution c JOIN mission m ON m.id = c.missionId
                    JOIN party p ON p.id = c.partyId ORDER BY m.acronym, p.code, c.asOf
                    """
            ).map { row in
                TriadBundle.Contribution(
                    uuid: try row.decode(forColumn: "uuid"), mission: try row.decode(forColumn: "acronym"),
                    party: try row.decode(forColumn: "code"), asOf: try row.decode(forColumn: "asOf"),
                    troops: try row.decode(forColumn: "troops"),
                    staffOfficers: try row.decode(forColumn: "staffOfficers"),
                    experts: try row.decode(forColumn: "experts"), police: try row.decode(forColumn: "police"),
                    formedPolice: try row.decode(forColumn: "formedPolice"),
                    createdAt: try row.decode(forColumn: "createdAt"),
                    updatedAt: try row.decode(forColumn: "updatedAt"))
            }
            bundle.meetings = try TriadDatabase.bundleMeetings(in: db)
            bundle.actions = try TriadDatabase.bundleActions(in: db)
            bundle.journal = try TriadDatabase.bundleJournal(in: db)
            return bundle
        }
    }

    static func bundleMeetings(in db: Database, where condition: String = "1") throws -> [TriadBundle.Meeting] {
        try db.cachedRows(
            sql: """
                SELECT g.*, chair.code AS chairCode,
                       (SELECT group_concat(acronym, ',') FROM (SELECT m.acronym FROM meetingMission mm
                            JOIN mission m ON m.id = mm.missionId WHERE mm.meetingId = g.id ORDER BY mm.position)) AS missionList,
                       (SELECT group_concat(area, ',') FROM (SELECT area FROM meetingArea
                            WHERE meetingId = g.id ORDER BY position)) AS areaList,
                       (SELECT group_concat(code, ',') FROM (SELECT p.code FROM invitation i
                            JOIN party p ON p.id = i.partyId WHERE i.meetingId = g.id ORDER BY p.code)) AS inviteeList
                FROM meeting g LEFT JOIN party chair ON chair.id = g.chairPartyId
                WHERE \(condition)
                ORDER BY g.startsAt, g.uuid
                """
        ).map { row in
            let id: Int64 = try row.decode(forColumn: "id")
            let missions: String? = try row.decode(forColumn: "missionList")
            let areas: String? = try row.decode(forColumn: "areaList")
            let invitees: String? = try row.decode(forColumn: "inviteeList")
            let attendees = try db.cachedRows(
                sql: """
                    SELECT p.code, a.representative FROM attendance a JOIN party p ON p.id = a.partyId
                    WHERE a.meetingId = ? ORDER BY p.code
                    """, arguments: [id]
            ).map {
                TriadBundle.Attendance(
                    party: try $0.decode(forColumn: "code"), representative: try $0.decode(forColumn: "representative"))
            }
            let agenda = try db.cachedRows(
                sql: """
                    SELECT i.position, i.title, i.outcome, (SELECT group_concat(area, ',') FROM (SELECT area FROM
                        agendaItemArea WHERE agendaItemId = i.id ORDER BY position)) AS areaList
                    FROM agendaItem i WHERE i.meetingId = ? ORDER BY i.position
                    """, arguments: [id]
            ).map { item in
                let itemAreas: String? = try item.decode(forColumn: "areaList")
                return TriadBundle.AgendaItem(
                    position: try item.decode(forColumn: "position"), title: try item.decode(forColumn: "title"),
                    a4p: itemAreas?.split(separator: ",").map(String.init) ?? [],
                    outcome: try item.decode(forColumn: "outcome"))
            }
            return TriadBundle.Meeting(
                number: id, uuid: try row.decode(forColumn: "uuid"), kind: try row.decode(forColumn: "kind"),
                title: try row.decode(forColumn: "title"), startsAt: try row.decode(forColumn: "startsAt"),
                status: try row.decode(forColumn: "status"),
                missions: missions?.split(separator: ",").map(String.init) ?? [],
                chair: try row.decode(forColumn: "chairCode"), location: try row.decode(forColumn: "location"),
                mode: try row.decode(forColumn: "mode"), summary: try row.decode(forColumn: "summary"),
                cancelReason: try row.decode(forColumn: "cancelReason"),
                a4p: areas?.split(separator: ",").map(String.init) ?? [],
                attendees: attendees, invitees: invitees?.split(separator: ",").map(String.init) ?? [], agenda: agenda,
                createdAt: try row.decode(forColumn: "createdAt"), updatedAt: try row.decode(forColumn: "updatedAt"))
        }
    }

    static func bundleActions(in db: Database, where condition: String = "1") throws -> [TriadBundle.Action] {
        try db.cachedRows(
            sql: """
                SELECT a.*, p.code AS ownerCode, m.acronym AS missionAcronym, g.uuid AS meetingUUID,
                       (SELECT group_concat(area, ',') FROM (SELECT area FROM actionItemArea
                            WHERE actionItemId = a.id ORDER BY position)) AS areaList
                FROM actionItem a JOIN party p ON p.id = a.ownerPartyId
                LEFT JOIN mission m ON m.id = a.missionId LEFT JOIN meeting g ON g.id = a.meetingId
                WHERE \(condition)
                ORDER BY a.createdAt, a.uuid
                """
        ).map { row in
            let id: Int64 = try row.decode(forColumn: "id")
            let areas: String? = try row.decode(forColumn: "areaList")
            let notes = try db.cachedRows(
                sql: "SELECT * FROM actionNote WHERE actionItemId = ? ORDER BY writtenAt, uuid", arguments: [id]
            ).map { note in
                TriadBundle.Note(
                    uuid: try note.decode(forColumn: "uuid"), at: try note.decode(forColumn: "writtenAt"),
                    actor: try note.decode(forColumn: "actor"), text: try note.decode(forColumn: "text"))
            }
            return TriadBundle.Action(
                number: id, uuid: try row.decode(forColumn: "uuid"), title: try row.decode(forColumn: "title"),
                details: try row.decode(forColumn: "details"), owner: try row.decode(forColumn: "ownerCode"),
                assignee: try row.decode(forColumn: "assignee"), meeting: try row.decode(forColumn: "meetingUUID"),
                mission: try row.decode(forColumn: "missionAcronym"), due: try row.decode(forColumn: "dueOn"),
                priority: try row.decode(forColumn: "priority"), status: try row.decode(forColumn: "status"),
                a4p: areas?.split(separator: ",").map(String.init) ?? [], notes: notes,
                createdAt: try row.decode(forColumn: "createdAt"), updatedAt: try row.decode(forColumn: "updatedAt"),
                closedAt: try row.decode(forColumn: "closedAt"))
        }
    }

    private static func bundleJournal(in db: Database) throws -> [TriadBundle.Command] {
        try db.cachedRows(sql: "SELECT * FROM journalCommand ORDER BY at, uuid").map { row in
            let id: Int64 = try row.decode(forColumn: "id")
            let changes = try db.cachedRows(
                sql: "SELECT * FROM journalChange WHERE commandId = ? ORDER BY id", arguments: [id]
            ).map { change in
                TriadBundle.Change(
                    entity: try change.decode(forColumn: "entity"), rowKey: try change.decode(forColumn: "rowKey"),
                    operation: try change.decode(forColumn: "operation"),
                    before: try change.decode(forColumn: "beforeJSON"),
                    after: try change.decode(forColumn: "afterJSON"))
            }
            return TriadBundle.Command(
                uuid: try row.decode(forColumn: "uuid"), at: try row.decode(forColumn: "at"),
                actor: try row.decode(forColumn: "actor"), commandLine: try row.decode(forColumn: "commandLine"),
                summary: try row.decode(forColumn: "summary"), changes: changes)
        }
    }
}
