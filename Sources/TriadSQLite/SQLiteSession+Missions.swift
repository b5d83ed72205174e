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

    /// One mission, or every mission (`id` nil), by acronym, with their hosts.
    private func missions(withID id: Int64?) throws -> [Mission] {
        var hosts: [Int64: [String]] = [:]
        for row in try db.cachedRows(
            sql: """
                SELECT host.missionId, party.code FROM missionHost host JOIN party ON party.id = host.partyId
                WHERE ?1 IS NULL OR host.missionId = ?1 ORDER BY host.missionId, party.code
                """, arguments: [id])
        {
            hosts[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1))
        }
        return try MissionRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM mission WHERE ?1 IS NULL OR id = ?1 ORDER BY acronym"),
            arguments: [id]
        ).map { record in
            try Mission(
                acronym: record.acronym, name: record.name, hosts: hosts[try record.storedID] ?? [],
                territory: record.territory, established: record.establishedOn, closed: record.closedOn)
        }
    }
}
