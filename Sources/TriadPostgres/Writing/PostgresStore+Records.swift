import TriadCore
import TriadStore

/// Parties, missions, Council seats, mandates and contributions, recorded as on SQLite.
extension PostgresStore {
    public func addParty(_ party: Party) throws -> Party {
        try write(summary: { "added party \($0.code)" }) { session in
            if try session.execute("SELECT 1 FROM party WHERE upper(code) = upper($1)", [party.code]).first != nil {
                throw StoreError.duplicateParty(party.code)
            }
            try session.execute(
                """
                INSERT INTO party (code, name, kind, isReference, createdAt, updatedAt)
                VALUES ($1, $2, $3, false, $4, $4)
                """, [party.code, party.name, party.kind, context.now])
            return party
        }
    }

    public func addMission(_ mission: Mission) throws -> Mission {
        try write(summary: { "added mission \($0.acronym)" }) { session in
            if try session.execute("SELECT 1 FROM mission WHERE upper(acronym) = upper($1)", [mission.acronym]).first
                != nil
            {
                throw StoreError.duplicateMission(mission.acronym)
            }
            let hosts = try session.partyRecords(mission.hosts)
            let id = try session.insertMission(
                acronym: mission.acronym, name: mission.name, territory: mission.territory,
                established: mission.established, closed: mission.closed, type: mission.type,
                predecessor: try mission.predecessor.map(session.missionID), isReference: false,
                createdAt: context.now, updatedAt: context.now)
            try session.replaceHosts(of: id, with: hosts.map(\.id))
            return try session.mission(mission.acronym)
        }
    }

    public func setMissionPhase(_ acronym: String, _ change: MissionPhaseChange) throws -> Mission {
        try write(summary: { change.summary(of: $0.acronym) }) { session in
            let mission = try session.mission(acronym)
            try mission.check(change)
            try session.execute(
                """
                INSERT INTO missionPhase (missionId, phase, fromDay, source, isReference, createdAt, updatedAt)
                VALUES ($1, $2, $3, $4, false, $5, $5)
                ON CONFLICT (missionId, fromDay) DO UPDATE SET
                    phase = excluded.phase, source = excluded.source, isReference = false,
                    updatedAt = excluded.updatedAt
                """,
                [
                    try session.missionID(mission.acronym), change.phase.rawValue, change.from, change.source,
                    context.now,
                ])
            // The mission changed: a bundle carries it, phases and all.
            try session.execute(
                "UPDATE mission SET updatedAt = $1 WHERE upper(acronym) = upper($2)", [context.now, mission.acronym])
            return try session.mission(mission.acronym)
        }
    }

    public func seatOnCouncil(_ code: String, from: Day, to: Day?, permanent: Bool) throws -> CouncilSeat {
        try write(summary: { "seated \($0.party) on the Council from \($0.from)" }) { session in
            let party = try session.partyRecord(code)
            let seat = try CouncilSeat(party: party.code, name: party.name, from: from, to: to, permanent: permanent)
            if let clash = try session.councilSeats(of: party.code).first(where: seat.overlaps) {
                throw StoreError.overlappingSeat(party: party.code, from: clash.from, to: clash.to)
            }
            try session.execute(
                """
                INSERT INTO councilSeat (partyId, startsOn, endsOn, isPermanent, createdAt, updatedAt)
                VALUES ($1, $2, $3, $4, $5, $5)
                """, [party.id, from, to, permanent, context.now])
            return seat
        }
    }

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
            if let existing = try session.execute(
                """
                SELECT mandate.resolutionNumber, mandate.resolutionYear, mission.acronym
                FROM mandate JOIN mission ON mission.id = mandate.missionId WHERE mandate.resolutionNumber = $1
                """, [resolution.number]
            ).first {
                throw StoreError.duplicateResolution(
                    try ResolutionReference(
                        number: existing.decode("resolutionNumber"), year: existing.decode("resolutionYear")),
                    mission: try existing.decode("acronym"))
            }
            let id = try session.insertMandate(
                uuid: mandate.uuid, mission: mission.id, mandate, createdAt: context.now, updatedAt: context.now)
            try session.replaceLinks(of: id, penholders: pens.map(\.id), reportsDue: mandate.reportsDue)
            guard let stored = try session.mandates(.ids([id])).first else {
                throw StoreError.damaged(path: server, detail: "a mandate just recorded cannot be read back")
            }
            return stored
        }
    }

    public func setContribution(
        mission acronym: String, party code: String, asOf day: Day, _ change: PersonnelChange
    ) throws -> Contribution {
        try write(summary: { "set \($0.party) in \($0.mission) as of \($0.asOf) to \($0.personnel.total)" }) {
            session in
            let mission = try session.missionRecord(acronym)
            let party = try session.partyRecord(code)
            let existing = try session.contributionRecord(mission: mission.id, party: party.id, asOf: day)
            let (personnel, women) = try change.applied(
                to: try existing.map(PostgresSession.personnel(from:)) ?? .none,
                women: try existing.map(PostgresSession.women(from:)) ?? .none)
            let uuid =
                try existing?.decode("uuid", as: String.self)
                ?? StableUUID.contribution(mission: mission.acronym, party: party.code, asOf: day)
            try session.upsertContribution(
                uuid: uuid, mission: mission.id, party: party.id, asOf: day, personnel, women: women,
                createdAt: context.now, updatedAt: context.now)
            return Contribution(
                uuid: uuid, mission: mission.acronym, party: party.code, name: party.name, asOf: day,
                personnel: personnel, women: women)
        }
    }
}
