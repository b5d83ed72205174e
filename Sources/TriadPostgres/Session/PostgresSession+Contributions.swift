import TriadBackend
import TriadCore
import TriadStore

extension PostgresSession {
    /// A mission's contributors on `day`, largest first, with their shares.
    func contributors(mission acronym: String, on day: Day) throws -> [ContributorStanding] {
        let mission = try missionID(acronym)
        let parties = try execute("SELECT id FROM party").map { try $0.decode(at: 0, as: Int64.self) }
        let latest = try latestContributions(.everyPair(parties: parties, missions: [mission], day: day))
        return ContributorStanding.ranking(Array(latest.values))
    }

    /// Every contribution record of a party, by mission and date.
    func contributions(party code: String) throws -> [Contribution] {
        try execute(
            """
            SELECT record.uuid, record.asOf, record.troops, record.staffOfficers, record.experts, record.police,
                   record.formedPolice, record.womenTroops, record.womenStaffOfficers, record.womenExperts,
                   record.womenPolice, record.womenFormedPolice, mission.acronym, party.code, party.name
            FROM contribution record
            JOIN mission ON mission.id = record.missionId JOIN party ON party.id = record.partyId
            WHERE record.partyId = $1
            ORDER BY lower(mission.acronym), record.asOf
            """, [try partyRecord(code).id]
        ).map(PostgresSession.contribution(from:))
    }

    /// For each question, the party's latest record for the mission with `asOf` on or before the day, if it
    /// has one: the one statement that says who contributes on a day. Each question, asked once, is one index
    /// seek; the answers are then joined to their missions and parties at once (materialized, so that the
    /// planner does not join them again for every question).
    func latestContributions(_ questions: ContributionQuestions) throws -> [ContributionQuestion: Contribution] {
        var parameters = PostgresParameters()
        let source: String
        switch questions {
        case .each(let questions):
            guard !questions.isEmpty else { return [:] }
            let asked = Array(Set(questions))
            source = """
                unnest(\(parameters.bind(ids: asked.map(\.party))), \(parameters.bind(ids: asked.map(\.mission))),
                       \(parameters.bind(texts: asked.map(\.day.description)))) AS question(party, mission, day)
                """
        case .everyPair(let parties, let missions, let day):
            guard !parties.isEmpty, !missions.isEmpty else { return [:] }
            source = """
                (SELECT parties.party, missions.mission, \(parameters.bind(day))::text AS day
                 FROM unnest(\(parameters.bind(ids: parties))) AS parties(party)
                 CROSS JOIN unnest(\(parameters.bind(ids: missions))) AS missions(mission)) AS question
                """
        }
        var answers: [ContributionQuestion: Contribution] = [:]
        for row in try execute(
            """
            WITH answer AS MATERIALIZED (
                SELECT question.party AS partyId, question.mission AS missionId, question.day AS day,
                       latest.uuid, latest.asOf, latest.troops, latest.staffOfficers, latest.experts,
                       latest.police, latest.formedPolice, latest.womenTroops, latest.womenStaffOfficers,
                       latest.womenExperts, latest.womenPolice, latest.womenFormedPolice
                FROM \(source)
                JOIN LATERAL (
                    SELECT candidate.* FROM contribution candidate
                    WHERE candidate.missionId = question.mission AND candidate.partyId = question.party
                      AND candidate.asOf <= question.day COLLATE "C"
                    ORDER BY candidate.asOf DESC LIMIT 1) AS latest ON true)
            SELECT answer.*, mission.acronym, party.code, party.name
            FROM answer JOIN mission ON mission.id = answer.missionId JOIN party ON party.id = answer.partyId
            """, parameters)
        {
            let question = ContributionQuestion(
                party: try row.decode(at: 0), mission: try row.decode(at: 1), day: try row.decode(at: 2))
            answers[question] = try PostgresSession.contribution(from: row)
        }
        return answers
    }

    /// A contribution from a row selecting its figures with the mission's acronym and the party's code and name.
    static func contribution(from row: PostgresRow) throws -> Contribution {
        try Contribution(
            uuid: row.decode("uuid"), mission: row.decode("acronym"), party: row.decode("code"),
            name: row.decode("name"), asOf: row.decode("asOf"), personnel: personnel(from: row),
            women: women(from: row))
    }

    /// The figures of a row selecting a contribution's columns.
    static func personnel(from row: PostgresRow) throws -> Personnel {
        try Personnel(
            troops: row.decode("troops"), staffOfficers: row.decode("staffOfficers"), experts: row.decode("experts"),
            police: row.decode("police"), formedPolice: row.decode("formedPolice"))
    }

    /// The women of a row selecting a contribution's columns.
    static func women(from row: PostgresRow) throws -> Personnel {
        try Personnel(
            troops: row.decode("womenTroops"), staffOfficers: row.decode("womenStaffOfficers"),
            experts: row.decode("womenExperts"), police: row.decode("womenPolice"),
            formedPolice: row.decode("womenFormedPolice"))
    }
}
