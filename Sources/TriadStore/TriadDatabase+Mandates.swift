import GRDB
import TriadCore

extension TriadDatabase {
    /// Records a mandate for a mission; the one it supersedes is the mission's mandate in force on its adoption.
    @discardableResult
    public func addMandate(
        mission acronym: String, resolution: ResolutionReference, adopted: Day, expires: Day?,
        troopCeiling: Int? = nil, policeCeiling: Int? = nil, penholders: [String] = [], reportsDue: [Day] = []
    ) throws -> Mandate {
        try write(summary: { "added mandate \($0.resolution) for \($0.mission)" }) { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let pens = try TriadDatabase.parties(penholders, in: db)
            let mandate = try Mandate(
                uuid: StableUUID.make("mandate:\(resolution.number):\(resolution.year)"), mission: mission.acronym,
                resolution: resolution, adopted: adopted,
                expires: expires, troopCeiling: troopCeiling, policeCeiling: policeCeiling,
                penholders: pens.map(\.code), reportsDue: Array(Set(reportsDue)))
            if let existing = try? TriadDatabase.mandate(resolution, in: db) {
                let owner = try MissionRecord.fetchOne(db, key: existing.missionId)
                throw StoreError.duplicateResolution(resolution, mission: owner?.acronym ?? mission.acronym)
            }
            var record = MandateRecord(
                id: nil, uuid: mandate.uuid, missionId: mission.id!, resolutionNumber: resolution.number,
                resolutionYear: resolution.year, adoptedOn: adopted, expiresOn: expires, troopCeiling: troopCeiling,
                policeCeiling: policeCeiling, createdAt: context.now, updatedAt: context.now)
            try record.insert(db)
            for pen in pens {
                try db.execute(
                    sql: "INSERT INTO mandatePenholder (mandateId, partyId) VALUES (?, ?)",
                    arguments: [record.id, pen.id])
            }
            for due in mandate.reportsDue {
                try db.execute(
                    sql: "INSERT INTO mandateReportDue (mandateId, dueOn) VALUES (?, ?)", arguments: [record.id, due])
            }
            return try TriadDatabase.mandates(where: "d.id = :id", arguments: ["id": record.id], in: db)[0]
        }
    }

    /// Mandates by mission and adoption; with `expiringWithin`, only those in force on `day` that expire
    /// within that many days of it, soonest first.
    public func mandates(mission: String? = nil, expiringWithin days: Int? = nil, asOf day: Day) throws -> [Mandate] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = [:]
            if let mission {
                arguments += ["mission": try TriadDatabase.mission(mission, in: db).id]
                conditions.append("d.missionId = :mission")
            }
            if days != nil {
                // Only each mission's latest mandate adopted by `day` (one index seek per mission), so the
                // renewal calendar reads as many mandates as there are missions, not the whole history.
                arguments += ["day": day]
                conditions.append(
                    """
                    d.id IN (SELECT (SELECT e.id FROM mandate e WHERE e.missionId = x.id AND e.adoptedOn <= :day
                                     ORDER BY e.adoptedOn DESC, e.resolutionNumber DESC LIMIT 1)
                             FROM mission x)
                    """)
            }
            let condition = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
            let all = try TriadDatabase.mandates(where: condition, arguments: arguments, in: db)
            guard let days else { return all }
            let inForce = Dictionary(grouping: all, by: \.mission).values.compactMap {
                Mandate.inForce(on: day, among: $0)
            }
            return inForce.filter { mandate in
                guard let left = mandate.daysToExpiry(asOf: day) else { return false }
                return (0...days).contains(left)
            }.sorted { ($0.expires!, $0.mission) < ($1.expires!, $1.mission) }
        }
    }

    /// The mandate recorded under a resolution.
    public func mandate(_ resolution: ResolutionReference) throws -> Mandate {
        try read { db in
            let record = try TriadDatabase.mandate(resolution, in: db)
            return try TriadDatabase.mandates(where: "d.id = :id", arguments: ["id": record.id], in: db)[0]
        }
    }

    /// A mission's mandate in force on `day`.
    public func mandateInForce(mission acronym: String, on day: Day) throws -> Mandate {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let all = try TriadDatabase.mandates(where: "d.missionId = :id", arguments: ["id": mission.id], in: db)
            guard let mandate = Mandate.inForce(on: day, among: all) else {
                throw StoreError.noMandateInForce(mission: mission.acronym, on: day)
            }
            return mandate
        }
    }

    static func mandates(where condition: String, arguments: StatementArguments, in db: Database) throws -> [Mandate] {
        try db.cachedRows(
            sql: """
                SELECT d.uuid, d.updatedAt, m.acronym, d.resolutionNumber, d.resolutionYear, d.adoptedOn, d.expiresOn,
                       d.troopCeiling, d.policeCeiling,
                       (SELECT group_concat(code, ',') FROM (
                           SELECT p.code FROM mandatePenholder h JOIN party p ON p.id = h.partyId
                           WHERE h.mandateId = d.id ORDER BY p.code)) AS penholders,
                       (SELECT group_concat(dueOn, ',') FROM (
                           SELECT dueOn FROM mandateReportDue WHERE mandateId = d.id ORDER BY dueOn)) AS reportsDue,
                       (SELECT e.resolutionNumber || ',' || e.resolutionYear FROM mandate e
                        WHERE e.missionId = d.missionId AND e.id != d.id
                          AND (e.adoptedOn, e.resolutionNumber) < (d.adoptedOn, d.resolutionNumber)
                        ORDER BY e.adoptedOn DESC, e.resolutionNumber DESC LIMIT 1) AS supersedes
                FROM mandate d JOIN mission m ON m.id = d.missionId
                WHERE \(condition)
                ORDER BY m.acronym, d.adoptedOn, d.resolutionNumber
                """, arguments: arguments
        ).map { row in
            let penholders: String? = try row.decode(forColumn: "penholders")
            let reportsDue: String? = try row.decode(forColumn: "reportsDue")
            let supersedes: String? = try row.decode(forColumn: "supersedes")
            return try Mandate(
                uuid: row.decode(forColumn: "uuid"), mission: row.decode(forColumn: "acronym"),
                resolution: ResolutionReference(
                    number: row.decode(forColumn: "resolutionNumber"), year: row.decode(forColumn: "resolutionYear")),
                adopted: row.decode(forColumn: "adoptedOn"), expires: row.decode(forColumn: "expiresOn"),
                troopCeiling: row.decode(forColumn: "troopCeiling"),
                policeCeiling: row.decode(forColumn: "policeCeiling"),
                penholders: penholders?.split(separator: ",").map(String.init) ?? [],
                reportsDue: try reportsDue?.split(separator: ",").map { try Day(parsing: String($0)) } ?? [],
                supersedes: try supersedes.map { text in
                    let parts = text.split(separator: ",").compactMap { Int($0) }
                    return try ResolutionReference(number: parts[0], year: parts[1])
                }, updatedAt: row.decode(forColumn: "updatedAt"))
        }
    }
}
