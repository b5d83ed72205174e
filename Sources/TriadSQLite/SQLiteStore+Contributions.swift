import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    public func setContribution(
        mission acronym: String, party code: String, asOf day: Day, _ change: PersonnelChange
    ) throws -> Contribution {
        try write(summary: { "set \($0.party) in \($0.mission) as of \($0.asOf) to \($0.personnel.total)" }) {
            session in
            let mission = try session.missionRecord(acronym)
            let party = try session.partyRecord(code)
            var record =
                try session.contributionRecord(mission: try mission.storedID, party: try party.storedID, asOf: day)
                ?? ContributionRecord(
                    id: nil, uuid: StableUUID.contribution(mission: mission.acronym, party: party.code, asOf: day),
                    missionId: try mission.storedID, partyId: try party.storedID, asOf: day,
                    troops: 0, staffOfficers: 0, experts: 0, police: 0, formedPolice: 0,
                    womenTroops: 0, womenStaffOfficers: 0, womenExperts: 0, womenPolice: 0, womenFormedPolice: 0,
                    createdAt: context.now, updatedAt: context.now)
            let (personnel, women) = try change.applied(to: record.personnel, women: record.women)
            record.set(personnel, women: women)
            record.updatedAt = context.now
            try record.save(session.db)
            return Contribution(
                uuid: record.uuid, mission: mission.acronym, party: party.code, name: party.name, asOf: day,
                personnel: personnel, women: women)
        }
    }
}
