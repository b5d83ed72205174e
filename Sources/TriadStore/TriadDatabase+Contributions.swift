import GRDB
import TriadCore

extension TriadDatabase {
    /// Records a party's personnel in a mission as of a day, replacing the figures it gives for that day.
    @discardableResult
    public func setContribution(
        mission acronym: String, party code: String, asOf day: Day, _ change: PersonnelChange
    ) throws -> Contribution {
        try write(summary: { "set \($0.party) in \($0.mission) as of \($0.asOf) to \($0.personnel.total)" }) { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let party = try TriadDatabase.party(code, in: db)
            var record =
                try db.cachedRecord(
                    ContributionRecord.self,
                    sql: "SELECT * FROM contribution WHERE missionId = ? AND partyId = ? AND asOf = ?",
                    arguments: [mission.id, party.id, day])
                ?? ContributionRecord(
                    id: nil, uuid: StableUUID.contribution(mission: mission.acronym, party: party.code, asOf: day),
                    missionId: mission.id!, partyId: party.id!, asOf: day,
                    troops: 0, staffOfficers: 0, experts: 0, police: 0, formedPolice: 0,
                    createdAt: context.now, updatedAt: context.now)
            let personnel = try change.applied(to: record.personnel)
            record.troops = personnel.troops
            record.staffOfficers = personnel.staffOfficers
            record.experts = personnel.experts
            record.police = personnel.police
            record.formedPolice = personnel.formedPolice
            record.updatedAt = context.now
            try record.save(db)
            return Contribution(
                uuid: record.uuid, mission: mission.acronym, party: party.code, name: party.name, asOf: day,
                personnel: personnel)
        }
    }

    /// A mission's contributors on `day`, largest first, with their shares.
    public func contributors(mission acronym: String, on day: Day) throws -> [ContributorStanding] {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            return ContributorStanding.ranking(
                try TriadDatabase.latestContributions(missionId: mission.id!, on: day, in: db))
        }
    }

    /// Each party's latest record for the mission on or before `day`: one seek per party, not a walk
    /// through the mission's whole history of monthly records.
    static func latestContributions(missionId: Int64, on day: Day, in db: Database) throws -> [Contribution] {
        try contributions(
            where: """
                c.missionId = :mission AND c.id IN (
                    SELECT (SELECT x.id FROM contribution x
                            WHERE x.missionId = :mission AND x.partyId = q.id AND x.asOf <= :day
                            ORDER BY x.asOf DESC LIMIT 1)
                    FROM party q)
                """, arguments: ["mission": missionId, "day": day], in: db)
    }

    static func contributions(where condition: String, arguments: StatementArguments, in db: Database) throws
        -> [Contribution]
    {
        try db.cachedRows(
            sql: """
                SELECT c.*, m.acronym, p.code, p.name
                FROM contribution c JOIN mission m ON m.id = c.missionId JOIN party p ON p.id = c.partyId
                WHERE \(condition)
                ORDER BY m.acronym, c.asOf, p.code
                """, arguments: arguments
        ).map { row in
            try Contribution(
                uuid: row.decode(forColumn: "uuid"), mission: row.decode(forColumn: "acronym"),
                party: row.decode(forColumn: "code"), name: row.decode(forColumn: "name"),
                asOf: row.decode(forColumn: "asOf"),
                personnel: Personnel(
                    troops: row.decode(forColumn: "troops"), staffOfficers: row.decode(forColumn: "staffOfficers"),
                    experts: row.decode(forColumn: "experts"), police: row.decode(forColumn: "police"),
                    formedPolice: row.decode(forColumn: "formedPolice")))
        }
    }
}
