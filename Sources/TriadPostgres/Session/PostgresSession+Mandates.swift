import TriadBackend
import TriadCore
import TriadStore

extension PostgresSession {
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
        // Only each mission's mandate in force, so the renewal calendar reads as many mandates as there are
        // missions, not the whole history.
        let missions = try mission.map { [try missionID($0)] } ?? allMissionIDs()
        let inForce = try mandatesInForce(missions.map { MandateQuestion(mission: $0, day: day) })
        return Mandate.expiring(try mandates(.ids(inForce.values.map(\.id))), within: days, asOf: day)
    }

    func mandate(_ resolution: ResolutionReference) throws -> Mandate {
        guard let mandate = try mandates(.ids([try mandateID(resolution)])).first else {
            throw StoreError.unknownResolution(resolution)
        }
        return mandate
    }

    func mandate(mission acronym: String, on day: Day) throws -> Mandate? {
        let question = MandateQuestion(mission: try missionID(acronym), day: day)
        guard let inForce = try mandatesInForce([question])[question] else { return nil }
        return try mandates(.ids([inForce.id])).first
    }

    /// For each question, the mission's mandate in force on the day: the latest adopted on or before it (of
    /// two adopted the same day, the higher resolution number).
    func mandatesInForce(_ questions: some Collection<MandateQuestion>) throws
        -> [MandateQuestion: (id: Int64, resolution: ResolutionReference)]
    {
        guard !questions.isEmpty else { return [:] }
        let asked = Array(questions)
        var parameters = PostgresParameters()
        let missions = parameters.bind(ids: asked.map(\.mission))
        let days = parameters.bind(texts: asked.map(\.day.description))
        var answers: [MandateQuestion: (id: Int64, resolution: ResolutionReference)] = [:]
        for row in try execute(
            """
            SELECT question.asked, latest.id, latest.resolutionNumber, latest.resolutionYear
            FROM unnest(\(missions), \(days)) WITH ORDINALITY AS question(mission, day, asked)
            JOIN LATERAL (
                SELECT earlier.id, earlier.resolutionNumber, earlier.resolutionYear FROM mandate earlier
                WHERE earlier.missionId = question.mission AND earlier.adoptedOn <= question.day COLLATE "C"
                ORDER BY earlier.adoptedOn DESC, earlier.resolutionNumber DESC LIMIT 1) AS latest ON true
            """, parameters)
        {
            let index = try row.decode(at: 0, as: Int.self) - 1
            guard asked.indices.contains(index) else { continue }
            answers[asked[index]] = (
                try row.decode(at: 1),
                try ResolutionReference(number: row.decode(at: 2), year: row.decode(at: 3))
            )
        }
        return answers
    }

    /// Mandates by mission, adoption and resolution, with their penholders, report dates and the resolution
    /// each supersedes (the mission's previous one by adoption and number).
    func mandates(_ selection: MandateSelection) throws -> [Mandate] {
        var parameters = PostgresParameters()
        let condition =
            switch selection {
            case .mission(let mission): "mandate.missionId = \(parameters.bind(mission))"
            case .ids(let ids): "mandate.id = ANY(\(parameters.bind(ids: ids)))"
            case .all: "true"
            }
        let records = try execute(
            """
            SELECT mandate.id, mandate.uuid, mandate.updatedAt, mission.acronym, mandate.resolutionNumber,
                   mandate.resolutionYear, mandate.adoptedOn, mandate.expiresOn, mandate.troopCeiling,
                   mandate.policeCeiling, mandate.observersCeiling, mandate.individualPoliceCeiling,
                   mandate.formedPoliceCeiling, mandate.correctionsCeiling,
                   superseded.resolutionNumber AS supersededNumber, superseded.resolutionYear AS supersededYear
            FROM mandate JOIN mission ON mission.id = mandate.missionId
            LEFT JOIN LATERAL (
                SELECT candidate.resolutionNumber, candidate.resolutionYear FROM mandate candidate
                WHERE candidate.missionId = mandate.missionId AND candidate.id <> mandate.id
                  AND (candidate.adoptedOn, candidate.resolutionNumber) < (mandate.adoptedOn, mandate.resolutionNumber)
                ORDER BY candidate.adoptedOn DESC, candidate.resolutionNumber DESC LIMIT 1) AS superseded ON true
            WHERE \(condition)
            ORDER BY lower(mission.acronym), mandate.adoptedOn, mandate.resolutionNumber
            """, parameters)
        var links = PostgresParameters()
        let ids = links.bind(ids: try records.map { try $0.decode("id", as: Int64.self) })
        var penholders: [Int64: [String]] = [:]
        for row in try execute(
            """
            SELECT pen.mandateId, party.code FROM mandatePenholder pen JOIN party ON party.id = pen.partyId
            WHERE pen.mandateId = ANY(\(ids)) ORDER BY pen.mandateId, lower(party.code)
            """, links)
        {
            penholders[try row.decode(at: 0), default: []].append(try row.decode(at: 1))
        }
        var reportsDue: [Int64: [Day]] = [:]
        for row in try execute(
            "SELECT mandateId, dueOn FROM mandateReportDue WHERE mandateId = ANY(\(ids)) ORDER BY mandateId, dueOn",
            links)
        {
            reportsDue[try row.decode(at: 0), default: []].append(try row.decode(at: 1))
        }
        return try records.map { row in
            let id: Int64 = try row.decode("id")
            let supersededNumber: Int? = try row.decode("supersededNumber")
            let supersededYear: Int? = try row.decode("supersededYear")
            return try Mandate(
                uuid: row.decode("uuid"), mission: row.decode("acronym"),
                resolution: ResolutionReference(
                    number: row.decode("resolutionNumber"), year: row.decode("resolutionYear")),
                adopted: row.decode("adoptedOn"), expires: row.decode("expiresOn"),
                troopCeiling: row.decode("troopCeiling"), policeCeiling: row.decode("policeCeiling"),
                ceilings: TypeCeilings(
                    observersAndStaff: row.decode("observersCeiling"),
                    individualPolice: row.decode("individualPoliceCeiling"),
                    formedPolice: row.decode("formedPoliceCeiling"), corrections: row.decode("correctionsCeiling")),
                penholders: penholders[id] ?? [], reportsDue: reportsDue[id] ?? [],
                supersedes: try supersededNumber.flatMap { number in
                    try supersededYear.map { try ResolutionReference(number: number, year: $0) }
                }, updatedAt: row.decode("updatedAt"))
        }
    }
}
