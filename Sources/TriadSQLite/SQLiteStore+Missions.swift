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
                establishedOn: mission.established, closedOn: mission.closed, type: mission.type,
                predecessorId: try mission.predecessor.map(session.missionID), isReference: false,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(session.db)
            try session.replaceHosts(of: try record.storedID, with: hosts.map { try $0.storedID })
            return try session.mission(mission.acronym)
        }
    }

    public func setMissionPhase(_ acronym: String, _ change: MissionPhaseChange) throws -> Mission {
        try write(summary: { change.summary(of: $0.acronym) }) { session in
            let mission = try session.mission(acronym)
            try mission.check(change)
            try session.db.execute(
                sql: """
                    INSERT INTO missionPhase (missionId, phase, fromDay, source, isReference, createdAt, updatedAt)
                    VALUES (:mission, :phase, :from, :source, 0, :now, :now)
                    ON CONFLICT (missionId, fromDay) DO UPDATE SET
                        phase = excluded.phase, source = excluded.source, isReference = 0,
                        updatedAt = excluded.updatedAt
                    """,
                arguments: [
                    "mission": try session.missionID(mission.acronym), "phase": change.phase.rawValue,
                    "from": change.from, "source": change.source, "now": context.now,
                ])
            // The mission changed: a bundle carries it, phases and all.
            try session.db.execute(
                sql: "UPDATE mission SET updatedAt = ? WHERE acronym = ?", arguments: [context.now, mission.acronym])
            return try session.mission(mission.acronym)
        }
    }
}
