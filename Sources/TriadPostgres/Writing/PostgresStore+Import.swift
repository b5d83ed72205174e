import TriadCore
import TriadStore

extension PostgresStore {
    /// Imports contribution lines all or nothing, in one transaction, as the SQLite backend does: the lines
    /// are staged in a temporary table as they stream in (a thousand to a statement), then checked; if a
    /// party or mission is unknown, or two rows contradict each other, or this is a dry run, the transaction
    /// is rolled back. Otherwise the rows are written (a row equal to the record held changes nothing) and
    /// each (mission, day) of the file is a complete snapshot: a party that had personnel in the mission
    /// before and is absent from it gets a zero record.
    public func importContributions(
        next: () -> ContributionImportInput?, createMissing: Bool, dryRun: Bool, progress: (Int) -> Void
    ) throws -> ContributionImportSummary {
        var summary = ContributionImportSummary(
            rowsRead: 0, recordsWritten: 0, departuresRecorded: 0, rowsUnchanged: 0, missionsCreated: [],
            problems: ImportProblemLog(), dryRun: dryRun)
        try mapped {
            try connection.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
            connection.inTransaction = true
            defer { connection.inTransaction = false }
            do {
                try connection.execute("SELECT pg_advisory_xact_lock($1::bigint)", [PostgresStore.writerLockKey])
                let session = PostgresSession(connection, caching: false)
                try session.execute(
                    """
                    CREATE TEMP TABLE importRow (
                        line bigint NOT NULL, mission text COLLATE "C" NOT NULL, party text COLLATE "C" NOT NULL,
                        asOf text COLLATE "C" NOT NULL, uuid text NOT NULL, troops bigint NOT NULL,
                        staffOfficers bigint NOT NULL, experts bigint NOT NULL, police bigint NOT NULL,
                        formedPolice bigint NOT NULL, womenTroops bigint NOT NULL, womenStaffOfficers bigint NOT NULL,
                        womenExperts bigint NOT NULL, womenPolice bigint NOT NULL,
                        womenFormedPolice bigint NOT NULL) ON COMMIT DROP
                    """)
                try stage(next: next, into: &summary, progress: progress, in: session)
                try check(&summary, createMissing: createMissing, in: session)
                if summary.problems.isEmpty {
                    let command = try session.beginCommand(
                        context, summary: "imported \(summary.rowsRead) contribution rows")
                    try write(&summary, createMissing: createMissing, in: session)
                    try session.endCommand(command, summary: "imported \(summary.rowsRead) contribution rows")
                }
                try connection.execute(summary.problems.isEmpty && !dryRun ? "COMMIT" : "ROLLBACK")
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
        }
        return summary
    }

    private func stage(
        next: () -> ContributionImportInput?, into summary: inout ContributionImportSummary, progress: (Int) -> Void,
        in session: PostgresSession
    ) throws {
        var batch: [ContributionLine] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            var parameters = PostgresParameters()
            let columns = [
                parameters.bind(ids: batch.map { Int64($0.line) }),
                parameters.bind(texts: batch.map(\.mission)), parameters.bind(texts: batch.map(\.party)),
                parameters.bind(texts: batch.map(\.asOf.description)),
                parameters.bind(
                    texts: batch.map { StableUUID.contribution(mission: $0.mission, party: $0.party, asOf: $0.asOf) }),
                parameters.bind(ids: batch.map { Int64($0.personnel.troops) }),
                parameters.bind(ids: batch.map { Int64($0.personnel.staffOfficers) }),
                parameters.bind(ids: batch.map { Int64($0.personnel.experts) }),
                parameters.bind(ids: batch.map { Int64($0.personnel.police) }),
                parameters.bind(ids: batch.map { Int64($0.personnel.formedPolice) }),
                parameters.bind(ids: batch.map { Int64($0.women.troops) }),
                parameters.bind(ids: batch.map { Int64($0.women.staffOfficers) }),
                parameters.bind(ids: batch.map { Int64($0.women.experts) }),
                parameters.bind(ids: batch.map { Int64($0.women.police) }),
                parameters.bind(ids: batch.map { Int64($0.women.formedPolice) }),
            ]
            try session.execute(
                "INSERT INTO importRow SELECT * FROM unnest(\(columns.joined(separator: ", ")))", parameters)
            batch.removeAll(keepingCapacity: true)
        }
        while let item = next() {
            switch item {
            case .line(let line):
                summary.rowsRead += 1
                batch.append(line)
                if batch.count == 1_000 { try flush() }
            case .problems(let problems):
                summary.rowsRead += 1
                problems.forEach { summary.problems.record($0) }
            }
            if summary.rowsRead % 5_000 == 0 { progress(summary.rowsRead) }
        }
        try flush()
        progress(summary.rowsRead)
        try session.execute("CREATE INDEX importRow_byKey ON importRow (upper(mission), upper(party), asOf)")
        try session.execute("ANALYZE importRow")
    }

    private func check(_ summary: inout ContributionImportSummary, createMissing: Bool, in session: PostgresSession)
        throws
    {
        for row in try session.execute(
            """
            SELECT party, line FROM importRow staged
            WHERE NOT EXISTS (SELECT 1 FROM party WHERE upper(party.code) = upper(staged.party)) ORDER BY line
            """)
        {
            summary.problems.record(
                ImportProblem(
                    kind: "unknown party", detail: "'\(try row.decode("party", as: String.self))'",
                    line: try row.decode("line")))
        }
        if !createMissing {
            for row in try session.execute(
                """
                SELECT mission, line FROM importRow staged
                WHERE NOT EXISTS (SELECT 1 FROM mission WHERE upper(mission.acronym) = upper(staged.mission))
                ORDER BY line
                """)
            {
                summary.problems.record(
                    ImportProblem(
                        kind: "unknown mission (use --create-missing to add it)",
                        detail: "'\(try row.decode("mission", as: String.self))'", line: try row.decode("line")))
            }
        }
        for row in try session.execute(
            """
            SELECT earlier.mission, earlier.party, earlier.asOf, earlier.line AS first, later.line AS second
            FROM importRow earlier JOIN importRow later
              ON upper(later.mission) = upper(earlier.mission) AND upper(later.party) = upper(earlier.party)
             AND later.asOf = earlier.asOf AND later.line > earlier.line
            WHERE (earlier.troops, earlier.staffOfficers, earlier.experts, earlier.police, earlier.formedPolice,
                   earlier.womenTroops, earlier.womenStaffOfficers, earlier.womenExperts, earlier.womenPolice,
                   earlier.womenFormedPolice)
               <> (later.troops, later.staffOfficers, later.experts, later.police, later.formedPolice,
                   later.womenTroops, later.womenStaffOfficers, later.womenExperts, later.womenPolice,
                   later.womenFormedPolice)
            ORDER BY later.line
            """)
        {
            let key =
                "\(try row.decode("party", as: String.self)) in \(try row.decode("mission", as: String.self)) on \(try row.decode("asOf", as: String.self))"
            summary.problems.record(
                ImportProblem(
                    kind: "row contradicting line \(try row.decode("first", as: Int.self))", detail: "for \(key)",
                    line: try row.decode("second")))
        }
    }

    private func write(_ summary: inout ContributionImportSummary, createMissing: Bool, in session: PostgresSession)
        throws
    {
        let now = context.now
        if createMissing {
            for row in try session.execute(
                """
                SELECT min(mission) AS mission, min(asOf) AS first, max(asOf) AS last FROM importRow staged
                WHERE NOT EXISTS (SELECT 1 FROM mission WHERE upper(mission.acronym) = upper(staged.mission))
                GROUP BY upper(mission) ORDER BY upper(mission)
                """)
            {
                let acronym: String = try row.decode("mission")
                _ = try session.insertMission(
                    acronym: acronym, name: acronym, territory: nil, established: nil, closed: nil,
                    type: .peacekeeping, predecessor: nil, isReference: false, createdAt: now, updatedAt: now)
                summary.missionsCreated.append(acronym)
            }
        }
        summary.recordsWritten =
            try session.execute(
                """
                INSERT INTO contribution (uuid, missionId, partyId, asOf, troops, staffOfficers, experts, police,
                                          formedPolice, womenTroops, womenStaffOfficers, womenExperts, womenPolice,
                                          womenFormedPolice, createdAt, updatedAt)
                SELECT DISTINCT ON (mission.id, party.id, staged.asOf)
                       staged.uuid, mission.id, party.id, staged.asOf, staged.troops, staged.staffOfficers,
                       staged.experts, staged.police, staged.formedPolice, staged.womenTroops,
                       staged.womenStaffOfficers, staged.womenExperts, staged.womenPolice, staged.womenFormedPolice,
                       $1, $1
                FROM importRow staged
                JOIN mission ON upper(mission.acronym) = upper(staged.mission)
                JOIN party ON upper(party.code) = upper(staged.party)
                ORDER BY mission.id, party.id, staged.asOf
                ON CONFLICT (missionId, partyId, asOf) DO UPDATE SET
                    troops = excluded.troops, staffOfficers = excluded.staffOfficers, experts = excluded.experts,
                    police = excluded.police, formedPolice = excluded.formedPolice, womenTroops = excluded.womenTroops,
                    womenStaffOfficers = excluded.womenStaffOfficers, womenExperts = excluded.womenExperts,
                    womenPolice = excluded.womenPolice, womenFormedPolice = excluded.womenFormedPolice,
                    updatedAt = excluded.updatedAt
                WHERE (contribution.troops, contribution.staffOfficers, contribution.experts, contribution.police,
                       contribution.formedPolice, contribution.womenTroops, contribution.womenStaffOfficers,
                       contribution.womenExperts, contribution.womenPolice, contribution.womenFormedPolice)
                   <> (excluded.troops, excluded.staffOfficers, excluded.experts, excluded.police, excluded.formedPolice,
                       excluded.womenTroops, excluded.womenStaffOfficers, excluded.womenExperts, excluded.womenPolice,
                       excluded.womenFormedPolice)
                """, [now]
            ).changed
        let distinctRows =
            try session.execute(
                "SELECT count(*) FROM (SELECT DISTINCT upper(mission), upper(party), asOf FROM importRow) AS keys"
            ).scalar(Int.self) ?? 0
        summary.rowsUnchanged = distinctRows - summary.recordsWritten
        // Each (mission, day) of the file is a snapshot, taken in order of days: who served in the mission
        // before, with personnel, and is absent from it, has left (once: a later snapshot sees the zero).
        let snapshots = try session.execute(
            """
            SELECT DISTINCT mission.id AS missionId, mission.acronym, staged.asOf
            FROM importRow staged JOIN mission ON upper(mission.acronym) = upper(staged.mission)
            ORDER BY staged.asOf, mission.id
            """)
        for snapshot in snapshots {
            let mission: Int64 = try snapshot.decode("missionId")
            let acronym: String = try snapshot.decode("acronym")
            let asOf: Day = try snapshot.decode("asOf")
            let departed = try session.execute(
                """
                SELECT party.id, party.code
                FROM (SELECT DISTINCT partyId FROM contribution WHERE missionId = $1) AS known
                JOIN party ON party.id = known.partyId
                WHERE NOT EXISTS (SELECT 1 FROM contribution
                                  WHERE missionId = $1 AND partyId = known.partyId AND asOf = $2)
                  AND (SELECT troops + staffOfficers + experts + police + formedPolice FROM contribution
                       WHERE missionId = $1 AND partyId = known.partyId AND asOf < $2
                       ORDER BY asOf DESC LIMIT 1) > 0
                """, [mission, asOf])
            guard !departed.isEmpty else { continue }
            var parameters = PostgresParameters()
            let parties = parameters.bind(ids: try departed.map { try $0.decode("id", as: Int64.self) })
            let uuids = parameters.bind(
                texts: try departed.map { row in
                    StableUUID.contribution(mission: acronym, party: try row.decode("code"), asOf: asOf)
                })
            summary.departuresRecorded +=
                try session.execute(
                    """
                    INSERT INTO contribution (uuid, missionId, partyId, asOf, troops, staffOfficers, experts, police,
                                              formedPolice, createdAt, updatedAt)
                    SELECT departed.uuid, \(parameters.bind(mission)), departed.partyId, \(parameters.bind(asOf)),
                           0, 0, 0, 0, 0, \(parameters.bind(now)), \(parameters.bind(now))
                    FROM unnest(\(uuids), \(parties)) AS departed(uuid, partyId)
                    """, parameters
                ).changed
        }
    }
}
