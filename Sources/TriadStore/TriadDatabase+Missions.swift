import GRDB
import TriadCore

extension TriadDatabase {
    /// Missions by acronym, optionally only those deployed on `day`.
    public func missions(activeOn day: Day? = nil) throws -> [Mission] {
        try read { db in
            try TriadDatabase.missions(in: db).filter { mission in day.map(mission.isActive(on:)) ?? true }
        }
    }

    /// Records a new mission.
    @discardableResult
    public func addMission(_ mission: Mission) throws -> Mission {
        try write(summary: { "added mission \($0.acronym)" }) { db in
            if try MissionRecord.filter(MissionRecord.Columns.acronym == mission.acronym).fetchCount(db) > 0 {
                throw StoreError.duplicateMission(mission.acronym)
            }
            let hosts = try TriadDatabase.parties(mission.hosts, in: db)
            var record = MissionRecord(
                id: nil, acronym: mission.acronym, name: mission.name, territory: mission.territory,
                establishedOn: mission.established, closedOn: mission.closed, isReference: false,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(db)
            for host in hosts {
                try db.execute(
                    sql: "INSERT INTO missionHost (missionId, partyId) VALUES (?, ?)", arguments: [record.id, host.id])
            }
            var stored = mission
            stored.hosts = hosts.map(\.code)
            return stored
        }
    }

    /// A mission's record, mandates, strength, recent meetings and open actions as of `day`.
    public func missionProfile(_ acronym: String, asOf day: Day) throws -> MissionProfile {
        try read { db in
            let record = try TriadDatabase.mission(acronym, in: db)
            let mission = try TriadDatabase.missions(in: db, where: "m.id = :id", arguments: ["id": record.id])[0]
            let mandates = try TriadDatabase.mandates(where: "d.missionId = :id", arguments: ["id": record.id], in: db)
            let standings = ContributorStanding.ranking(
                try TriadDatabase.latestContributions(missionId: record.id!, on: day, in: db))
            let meetings = try TriadDatabase.meetings(MeetingFilter(mission: record.acronym), in: db)
            let actions = try TriadDatabase.actions(ActionFilter(mission: record.acronym), asOf: day, in: db)
            return MissionProfile(
                mission: mission, asOf: day, mandates: mandates,
                mandateInForce: Mandate.inForce(on: day, among: mandates),
                contributors: standings, recentMeetings: Array(meetings.suffix(10)), openActions: actions)
        }
    }

    static func missions(
        in db: Database, where condition: String = "1", arguments: StatementArguments = StatementArguments()
    ) throws -> [Mission] {
        try db.cachedRows(
            sql: """
                SELECT m.acronym, m.name, m.territory, m.establishedOn, m.closedOn,
                       (SELECT group_concat(code, ',') FROM (
                           SELECT p.code FROM missionHost h JOIN party p ON p.id = h.partyId
                           WHERE h.missionId = m.id ORDER BY p.code)) AS hosts
                FROM mission m WHERE \(condition) ORDER BY m.acronym
                """, arguments: arguments
        ).map { row in
            let hosts: String? = try row.decode(forColumn: "hosts")
            return try Mission(
                acronym: row.decode(forColumn: "acronym"), name: row.decode(forColumn: "name"),
                hosts: hosts?.split(separator: ",").map(String.init) ?? [],
                territory: row.decode(forColumn: "territory"), established: row.decode(forColumn: "establishedOn"),
                closed: row.decode(forColumn: "closedOn"))
        }
    }
}
