import TriadCore
import TriadStore

extension PostgresSession {
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
        for row in try execute(
            """
            SELECT host.missionId, party.code FROM missionHost host JOIN party ON party.id = host.partyId
            WHERE $1::bigint IS NULL OR host.missionId = $1 ORDER BY host.missionId, lower(party.code)
            """, [id])
        {
            hosts[try row.decode(at: 0), default: []].append(try row.decode(at: 1))
        }
        return try execute(
            "SELECT \(MissionRow.columns) FROM mission WHERE $1::bigint IS NULL OR id = $1 ORDER BY lower(acronym)",
            [id]
        ).map { row in
            let record = try MissionRow(row)
            return try Mission(
                acronym: record.acronym, name: record.name, hosts: hosts[record.id] ?? [],
                territory: record.territory, established: record.establishedOn, closed: record.closedOn)
        }
    }
}
