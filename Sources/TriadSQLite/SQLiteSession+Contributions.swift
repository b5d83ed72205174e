import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteSession {
    /// A mission's contributors on `day`, largest first, with their shares.
    func contributors(mission acronym: String, on day: Day) throws -> [ContributorStanding] {
        let mission = try missionID(acronym)
        let parties = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM party"))
        let latest = try latestContributions(.everyPair(parties: parties, missions: [mission], day: day))
        return ContributorStanding.ranking(Array(latest.values))
    }

    /// Every contribution record of a party, by mission and date.
    func contributions(party code: String) throws -> [Contribution] {
        try db.cachedRows(
            sql: """
                SELECT record.uuid, record.asOf, record.troops, record.staffOfficers, record.experts, record.police,
                       record.formedPolice, record.womenTroops, record.womenStaffOfficers, record.womenExperts,
                       record.womenPolice, record.womenFormedPolice,
                       mission.acronym, party.code, party.name
                FROM contribution record
                JOIN mission ON mission.id = record.missionId JOIN party ON party.id = record.partyId
                WHERE record.partyId = ?
                ORDER BY mission.acronym, record.asOf
                """, arguments: [try partyRecord(code).storedID]
        ).map(SQLiteSession.contribution(from:))
    }

    /// For each question, the party's latest record for the mission with `asOf` on or before the day, if it
    /// has one: the one statement that says who contributes on a day, for the groups of any party and for
    /// the ranking of a mission's contributors. Each question is one index seek.
    func latestContributions(_ questions: ContributionQuestions) throws -> [ContributionQuestion: Contribution] {
        let source: String
        let arguments: StatementArguments
        switch questions {
        case .each(let asked):
            guard !asked.isEmpty else { return [:] }
            source = """
                SELECT json_extract(value, '$[0]') AS party, json_extract(value, '$[1]') AS mission,
                       json_extract(value, '$[2]') AS day
                FROM json_each(?)
                """
            arguments = ["[" + asked.map { "[\($0.party),\($0.mission),\"\($0.day)\"]" }.joined(separator: ",") + "]"]
        case .everyPair(let parties, let missions, let day):
            guard !parties.isEmpty, !missions.isEmpty else { return [:] }
            source = """
                SELECT parties.value AS party, missions.value AS mission, ? AS day
                FROM json_each(?) AS parties CROSS JOIN json_each(?) AS missions
                """
            arguments = [day, SQLiteSession.jsonArray(parties), SQLiteSession.jsonArray(missions)]
        }
        var answers: [ContributionQuestion: Contribution] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT question.party AS partyId, question.mission AS missionId, question.day AS day,
                           latest.uuid, latest.asOf, latest.troops, latest.staffOfficers, latest.experts,
                           latest.police, latest.formedPolice, latest.womenTroops, latest.womenStaffOfficers,
                           latest.womenExperts, latest.womenPolice, latest.womenFormedPolice, mission.acronym, party.code, party.name
                    FROM (\(source)) AS question
                    JOIN contribution latest ON latest.id = (
                        SELECT candidate.id FROM contribution candidate
                        WHERE candidate.missionId = question.mission AND candidate.partyId = question.party
                          AND candidate.asOf <= question.day
                        ORDER BY candidate.asOf DESC LIMIT 1)
                    JOIN mission ON mission.id = latest.missionId JOIN party ON party.id = latest.partyId
                    """), arguments: arguments)
        while let row = try rows.next() {
            let question = ContributionQuestion(
                party: try row.decode(atIndex: 0), mission: try row.decode(atIndex: 1), day: try row.decode(atIndex: 2))
            answers[question] = try SQLiteSession.contribution(from: row)
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
                formedPolice: row.decode(forColumn: "formedPolice")),
            women: Personnel(
                troops: row.decode(forColumn: "womenTroops"),
                staffOfficers: row.decode(forColumn: "womenStaffOfficers"),
                experts: row.decode(forColumn: "womenExperts"), police: row.decode(forColumn: "womenPolice"),
                formedPolice: row.decode(forColumn: "womenFormedPolice")))
    }
}
