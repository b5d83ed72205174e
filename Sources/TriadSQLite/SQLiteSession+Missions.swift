import GRDB
import TriadCore
import TriadStore

extension SQLiteSession {
    func missions(activeOn day: Day?) throws -> [Mission] {
        try missions(withID: nil).filter { mission in day.map(mission.isActive(on:)) ?? true }
    }

    func mission(_ acronym: String) throws -> Mission {
        let id = try missionID(acronym)
        guard let mission = try missions(withID: id).first else {
            throw StoreError.unknownMission(acronym, suggestion: nil)
        }
        return mission
    }

    /// One mission, or every mission (`id` nil), by acronym, with their hosts, links and phases.
    private func missions(withID id: Int64?) throws -> [Mission] {
        var phases: [Int64: [MissionPhaseChange]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT missionId, phase, fromDay, source FROM missionPhase
                WHERE ?1 IS NULL OR missionId = ?1 ORDER BY missionId, fromDay
                """, arguments: [id])
        {
            phases[try row.decode(atIndex: 0), default: []].append(
                MissionPhaseChange(
                    phase: try MissionPhase(slug: row.decode(atIndex: 1)), from: try row.decode(atIndex: 2),
                    source: try row.decode(atIndex: 3)))
        }
        var hosts: [Int64: [String]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT host.missionId, party.code FROM missionHost host JOIN party ON party.id = host.partyId
                WHERE ?1 IS NULL OR host.missionId = ?1 ORDER BY host.missionId, party.code
                """, arguments: [id])
        {
            hosts[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1))
        }
        return try db.cachedRows(
            sql: """
                SELECT mission.*, earlier.acronym AS predecessor,
                       (SELECT later.acronym FROM mission later WHERE later.predecessorId = mission.id
                        ORDER BY later.establishedOn, later.acronym LIMIT 1) AS successor
                FROM mission LEFT JOIN mission earlier ON earlier.id = mission.predecessorId
                WHERE ?1 IS NULL OR mission.id = ?1 ORDER BY mission.acronym
                """, arguments: [id]
        ).map { row in
            let record = try MissionRecord(row: row)
            let id = try record.storedID
            return try Mission(
                acronym: record.acronym, name: record.name, hosts: hosts[id] ?? [], territory: record.territory,
                established: record.establishedOn, closed: record.closedOn, type: record.type,
                predecessor: try row.decode(forColumn: "predecessor"),
                successor: try row.decode(forColumn: "successor"),
                phases: phases[id] ?? [])
        }
    }
}
