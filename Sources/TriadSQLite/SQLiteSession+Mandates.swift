import GRDB
import TriadBackend
import TriadCore
import TriadStore

extension SQLiteSession {
    /// Which mandates a read asks for.
    enum MandateSelection {
        /// Every mandate of a mission.
        case mission(Int64)
        /// The mandates with these ids.
        case ids([Int64])
        /// Every mandate.
        case all
    }

    func mandates(mission: String?, expiringWithin days: Int?, asOf day: Day) throws -> [Mandate] {
        guard let days else {
            return try mission.map { try mandates(.mission(try missionID($0))) } ?? mandates(.all)
        }
        // Only each mission's mandate in force (one seek per mission), so the renewal calendar reads as many
        // mandates as there are missions, not the whole history.
        let missions = try mission.map { [try missionID($0)] } ?? allMissionIDs()
        let inForce = try mandatesInForce(missions.map { MandateQuestion(mission: $0, day: day) })
        return Mandate.expiring(try mandates(.ids(inForce.values.map(\.id))), within: days, asOf: day)
    }

    func mandate(_ resolution: ResolutionReference) throws -> Mandate {
        let id = try mandateRecord(resolution).storedID
        guard let mandate = try mandates(.ids([id])).first else { throw StoreError.unknownResolution(resolution) }
        return mandate
    }

    func mandate(mission acronym: String, on day: Day) throws -> Mandate? {
        let question = MandateQuestion(mission: try missionID(acronym), day: day)
        guard let inForce = try mandatesInForce([question])[question] else { return nil }
        return try mandates(.ids([inForce.id])).first
    }

    /// For each question, the mission's mandate in force on the day: the latest adopted on or before it
    /// (of two adopted the same day, the higher resolution number). The one statement that says which
    /// mandate is in force, for the mandate review, the renewal calendar and every meeting's mandate.
    func mandatesInForce(_ questions: some Collection<MandateQuestion>) throws
        -> [MandateQuestion: (id: Int64, resolution: ResolutionReference)]
    {
        guard !questions.isEmpty else { return [:] }
        let asked = Array(questions)
        let list = "[" + asked.map { "[\($0.mission),\"\($0.day)\"]" }.joined(separator: ",") + "]"
        var answers: [MandateQuestion: (id: Int64, resolution: ResolutionReference)] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT question.asked, mandate.id, mandate.resolutionNumber, mandate.resolutionYear
                    FROM (SELECT key AS asked, json_extract(value, '$[0]') AS mission,
                                 json_extract(value, '$[1]') AS day
                          FROM json_each(?)) AS question
                    JOIN mandate ON mandate.id = (
                        SELECT earlier.id FROM mandate earlier
                        WHERE earlier.missionId = question.mission AND earlier.adoptedOn <= question.day
                        ORDER BY earlier.adoptedOn DESC, earlier.resolutionNumber DESC LIMIT 1)
                    """), arguments: [list])
        while let row = try rows.next() {
            let index: Int = try row.decode(atIndex: 0)
            guard asked.indices.contains(index) else { continue }
            answers[asked[index]] = (
                try row.decode(atIndex: 1),
                try ResolutionReference(number: row.decode(atIndex: 2), year: row.decode(atIndex: 3))
            )
        }
        return answers
    }

    /// Mandates by mission, adoption and resolution, with their penholders, report dates and the
    /// resolution each supersedes (the mission's previous one by adoption and number).
    func mandates(_ selection: MandateSelection) throws -> [Mandate] {
        let (condition, arguments): (String, StatementArguments) =
            switch selection {
            case .mission(let mission): ("mandate.missionId = ?", [mission])
            case .ids(let ids): ("mandate.id IN (SELECT value FROM json_each(?))", [SQLiteSession.jsonArray(ids)])
            case .all: ("1", [])
            }
        let records = try db.cachedRows(
            sql: """
                SELECT mandate.id, mandate.uuid, mandate.updatedAt, mission.acronym, mandate.resolutionNumber,
                       mandate.resolutionYear, mandate.adoptedOn,
                       mandate.expiresOn, mandate.troopCeiling, mandate.policeCeiling, mandate.observersCeiling,
                       mandate.individualPoliceCeiling, mandate.formedPoliceCeiling, mandate.correctionsCeiling,
                       superseded.resolutionNumber AS supersededNumber, superseded.resolutionYear AS supersededYear
                FROM mandate JOIN mission ON mission.id = mandate.missionId
                LEFT JOIN mandate superseded ON superseded.id = (
                    SELECT candidate.id FROM mandate candidate
                    WHERE candidate.missionId = mandate.missionId AND candidate.id != mandate.id
                      AND (candidate.adoptedOn, candidate.resolutionNumber)
                          < (mandate.adoptedOn, mandate.resolutionNumber)
                    ORDER BY candidate.adoptedOn DESC, candidate.resolutionNumber DESC LIMIT 1)
                WHERE \(condition)
                ORDER BY mission.acronym, mandate.adoptedOn, mandate.resolutionNumber
                """, arguments: arguments)
        let ids = SQLiteSession.jsonArray(try records.map { try $0.decode(Int64.self, forColumn: "id") })
        var penholders: [Int64: [String]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT pen.mandateId, party.code FROM mandatePenholder pen JOIN party ON party.id = pen.partyId
                WHERE pen.mandateId IN (SELECT value FROM json_each(?)) ORDER BY pen.mandateId, party.code
                """, arguments: [ids])
        {
            penholders[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1))
        }
        var reportsDue: [Int64: [Day]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT mandateId, dueOn FROM mandateReportDue
                WHERE mandateId IN (SELECT value FROM json_each(?)) ORDER BY mandateId, dueOn
                """, arguments: [ids])
        {
            reportsDue[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1))
        }
        return try records.map { row in
            let id: Int64 = try row.decode(forColumn: "id")
            let supersededNumber: Int? = try row.decode(forColumn: "supersededNumber")
            let supersededYear: Int? = try row.decode(forColumn: "supersededYear")
            return try Mandate(
                uuid: row.decode(forColumn: "uuid"), mission: row.decode(forColumn: "acronym"),
                resolution: ResolutionReference(
                    number: row.decode(forColumn: "resolutionNumber"), year: row.decode(forColumn: "resolutionYear")),
                adopted: row.decode(forColumn: "adoptedOn"), expires: row.decode(forColumn: "expiresOn"),
                troopCeiling: row.decode(forColumn: "troopCeiling"),
                policeCeiling: row.decode(forColumn: "policeCeiling"),
                ceilings: TypeCeilings(
                    observersAndStaff: row.decode(forColumn: "observersCeiling"),
                    individualPolice: row.decode(forColumn: "individualPoliceCeiling"),
                    formedPolice: row.decode(forColumn: "formedPoliceCeiling"),
                    corrections: row.decode(forColumn: "correctionsCeiling")),
                penholders: penholders[id] ?? [], reportsDue: reportsDue[id] ?? [],
                supersedes: try supersededNumber.flatMap { number in
                    try supersededYear.map { try ResolutionReference(number: number, year: $0) }
                }, updatedAt: row.decode(forColumn: "updatedAt"))
        }
    }
}
