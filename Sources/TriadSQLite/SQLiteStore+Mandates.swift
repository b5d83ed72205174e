import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    public func addMandate(_ draft: MandateDraft) throws -> Mandate {
        try write(summary: { "added mandate \($0.resolution) for \($0.mission)" }) { session in
            let mission = try session.missionRecord(draft.mission)
            let pens = try session.partyRecords(draft.penholders)
            let resolution = draft.resolution
            let mandate = try Mandate(
                uuid: StableUUID.make("mandate:\(resolution.number):\(resolution.year)"), mission: mission.acronym,
                resolution: resolution, adopted: draft.adopted, expires: draft.expires,
                troopCeiling: draft.troopCeiling, policeCeiling: draft.policeCeiling, ceilings: draft.ceilings,
                penholders: pens.map(\.code), reportsDue: draft.reportsDue)
            // Resolution numbers run on across years: one number is one resolution.
            if let existing = try MandateRecord.filter(MandateRecord.Columns.resolutionNumber == resolution.number)
                .fetchOne(session.db)
            {
                let owner = try MissionRecord.fetchOne(session.db, key: existing.missionId)
                throw StoreError.duplicateResolution(
                    try ResolutionReference(number: existing.resolutionNumber, year: existing.resolutionYear),
                    mission: owner?.acronym ?? mission.acronym)
            }
            var record = MandateRecord(
                id: nil, uuid: mandate.uuid, missionId: try mission.storedID, resolutionNumber: resolution.number,
                resolutionYear: resolution.year, adoptedOn: mandate.adopted, expiresOn: mandate.expires,
                troopCeiling: mandate.troopCeiling, policeCeiling: mandate.policeCeiling,
                observersCeiling: mandate.ceilings.observersAndStaff,
                individualPoliceCeiling: mandate.ceilings.individualPolice,
                formedPoliceCeiling: mandate.ceilings.formedPolice, correctionsCeiling: mandate.ceilings.corrections,
                createdAt: context.now, updatedAt: context.now)
            try record.insert(session.db)
            let id = try record.storedID
            try session.replaceLinks(of: id, penholders: pens.map { try $0.storedID }, reportsDue: mandate.reportsDue)
            guard let stored = try session.mandates(.ids([id])).first else {
                throw UnstoredRecordError(table: "mandate")
            }
            return stored
        }
    }
}
