import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    public func addMission(_ mission: Mission) throws -> Mission {
        try write(summary: { "added mission \($0.acronym)" }) { session in
            if try MissionRecord.filter(MissionRecord.Columns.acronym == mission.acronym).fetchCount(session.db) > 0 {
                throw StoreError.duplicateMission(mission.acronym)
            }
            let hosts = try session.partyRecords(mission.hosts)
            var record = MissionRecord(
                id: nil, acronym: mission.acronym, name: mission.name, territory: mission.territory,
                establishedOn: mission.established, closedOn: mission.closed, isReference: false,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(session.db)
            try session.replaceHosts(of: try record.storedID, with: hosts.map { try $0.storedID })
            var stored = mission
            stored.hosts = hosts.map(\.code)
            return stored
        }
    }
}
