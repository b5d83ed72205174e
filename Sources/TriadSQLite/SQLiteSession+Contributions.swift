import GRDB
import TriadCore
import TriadStore

extension SQLiteSession {
    /// A mission's contributors on `day`, largest first, with their shares.
    func contributors(mission acronym: String, on day: Day) throws -> [ContributorStanding] {
        let mission = try missionID(acronym)
        let parties = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM party"))
        let latest = try latestContributions(
            parties.map { ContributionQuestion(party: $0, mission: mission, day: day) })
        return ContributorStanding.ranking(Array(latest.values))
    }

    /// Every contribution record of a party, by mission and date.
    func contributions(party code: String) throws -> [Contribution] {
        try db.cachedRows(
            sql: """
                SELECT c.uuid, c.asOf, c.troops, c.staffOfficers, c.experts, c.police, c.formedPolice,
                       m.acronym, p.code, p.name
                FROM contribution c JOIN mission m ON m.id = c.missionId JOIN party p ON p.id = c.partyId
                WHERE c.partyId = ?
                ORDER BY m.acronym, c.asOf
                """, arguments: [try partyRecord(code).storedID]
        ).map(SQLiteSession.contribution(from:))
    }

    /// For each question, the party's latest record for the mission with `asOf` on or before the day, if it
    /// has one: the one statement that says who contributes on a day, for the groups of any party and for
    /// the ranking of a mission's contributors. Each question is one index seek.
    func latestContributions(_ questions: some Collection<ContributionQuestion>) throws
        -> [ContributionQuestion: Contribution]
    {
        guard !questions.isEmpty else { return [:] }
        let asked = Array(questions)
        let list = "[" + asked.map { "[\($0.party),\($0.mission),\"\($0.day)\"]" }.joined(separator: ",") + "]"
        var answers: [ContributionQuestion: Contribution] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT q.question, c.uuid, c.asOf, c.troops, c.staffOfficers, c.experts, c.police,
                           c.formedPolice, m.acronym, p.code, p.name
                    FROM (SELECT key AS question, json_extract(value, '$[0]') AS party,
                                 json_extract(value, '$[1]') AS mission, json_extract(value, '$[2]') AS day
                          FROM json_each(?)) AS q
                    JOIN contribution c ON c.id = (
                        SELECT x.id FROM contribution x
                        WHERE x.missionId = q.mission AND x.partyId = q.party AND x.asOf <= q.day
                        ORDER BY x.asOf DESC LIMIT 1)
                    JOIN mission m ON m.id = c.missionId JOIN party p ON p.id = c.partyId
                    """), arguments: [list])
        while let row = try rows.next() {
            let index: Int = try row.decode(atIndex: 0)
            guard asked.indices.contains(index) else { continue }
            answers[asked[index]] = try SQLiteSession.contribution(from: row)
        }
        return answers
    }

    /// A contribution from a row selecting its figures with the mission's acronym and the party's code and name.
    static func contribution(from row: Row) throws -> Contribution {
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
