import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    /// Imports contribution lines all or nothing, in one transaction.
    ///
    /// The lines are staged in a temporary table as they stream in, so memory stays flat however long the
    /// file. Then unknown parties and missions and contradicting rows are looked for; if there are any, or
    /// if this is a dry run, the transaction is rolled back. Otherwise the rows are written (a row equal to
    /// the record already held changes nothing) and each (mission, day) of the file is treated as a complete
    /// snapshot: a party that had personnel in the mission before and is absent from it gets a zero record.
    ///
    /// - Parameters:
    ///   - next: yields the file's lines and the problems found while reading them, nil at the end.
    ///   - createMissing: create unknown missions as closed historical ones, named by their acronym.
    ///   - dryRun: report what would happen, write nothing.
    ///   - progress: called now and then with the number of rows staged.
    public func importContributions(
        next: () -> ContributionImportInput?, createMissing: Bool, dryRun: Bool, progress: (Int) -> Void
    ) throws -> ContributionImportSummary {
        var summary = ContributionImportSummary(
            rowsRead: 0, recordsWritten: 0, departuresRecorded: 0, rowsUnchanged: 0, missionsCreated: [],
            problems: ImportProblemLog(), dryRun: dryRun)
        try mapped {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "DROP TABLE IF EXISTS temp.importRow")
                try db.execute(
                    sql: """
                        CREATE TEMP TABLE importRow (
                            line INTEGER NOT NULL, mission TEXT NOT NULL, party TEXT NOT NULL, asOf TEXT NOT NULL,
                            troops INTEGER NOT NULL, staffOfficers INTEGER NOT NULL, experts INTEGER NOT NULL,
                            police INTEGER NOT NULL, formedPolice INTEGER NOT NULL, womenTroops INTEGER NOT NULL,
                            womenStaffOfficers INTEGER NOT NULL, womenExperts INTEGER NOT NULL,
                            womenPolice INTEGER NOT NULL, womenFormedPolice INTEGER NOT NULL)
                        """)
                defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.importRow") }
                try db.inTransaction(.immediate) {
                    try stage(next: next, into: &summary, progress: progress, in: db)
                    try check(&summary, createMissing: createMissing, in: db)
                    guard summary.problems.isEmpty else { return .rollback }
                    let command = try journal(summary, in: db)
                    try write(&summary, createMissing: createMissing, in: db)
                    if summary.recordsWritten + summary.departuresRecorded + summary.missionsCreated.count == 0 {
                        try command.delete(db)
                    }
                    return dryRun ? .rollback : .commit
                }
            }
        }
        return summary
    }

    private func stage(
        next: () -> ContributionImportInput?, into summary: inout ContributionImportSummary, progress: (Int) -> Void,
        in db: Database
    ) throws {
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO temp.importRow (line, mission, party, asOf, troops, staffOfficers, experts, police, formedPolice,
                                            womenTroops, womenStaffOfficers, womenExperts, womenPolice, womenFormedPolice)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        while let item = next() {
            switch item {
            case .line(let line):
                summary.rowsRead += 1
                let personnel = line.personnel
                let women = line.women
                try insert.execute(arguments: [
                    line.line, line.mission, line.party, line.asOf.description, personnel.troops,
                    personnel.staffOfficers, personnel.experts, personnel.police, personnel.formedPolice,
                    women.troops, women.staffOfficers, women.experts, women.police, women.formedPolice,
                ])
            case .problems(let problems):
                summary.rowsRead += 1
                problems.forEach { summary.problems.record($0) }
            }
            if summary.rowsRead % 5_000 == 0 { progress(summary.rowsRead) }
        }
        progress(summary.rowsRead)
        try db.execute(sql: "CREATE INDEX temp.importRow_byKey ON importRow (mission, party, asOf)")
    }

    private func check(_ summary: inout ContributionImportSummary, createMissing: Bool, in db: Database) throws {
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT party, line FROM temp.importRow staged
                WHERE NOT EXISTS (SELECT 1 FROM party WHERE party.code = staged.party) ORDER BY line
                """)
        {
            summary.problems.record(
                ImportProblem(
                    kind: "unknown party", detail: "'\(try row.decode(String.self, forColumn: "party"))'",
                    line: try row.decode(forColumn: "line")))
        }
        if !createMissing {
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT mission, line FROM temp.importRow staged
                    WHERE NOT EXISTS (SELECT 1 FROM mission WHERE mission.acronym = staged.mission) ORDER BY line
                    """)
            {
                summary.problems.record(
                    ImportProblem(
                        kind: "unknown mission (use --create-missing to add it)",
                        detail: "'\(try row.decode(String.self, forColumn: "mission"))'",
                        line: try row.decode(forColumn: "line")))
            }
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT earlier.mission, earlier.party, earlier.asOf, earlier.line AS first, later.line AS second
                FROM temp.importRow earlier JOIN temp.importRow later
                  ON later.mission = earlier.mission AND later.party = earlier.party AND later.asOf = earlier.asOf
                 AND later.line > earlier.line
                WHERE (earlier.troops, earlier.staffOfficers, earlier.experts, earlier.police, earlier.formedPolice,
                       earlier.womenTroops, earlier.womenStaffOfficers, earlier.womenExperts, earlier.womenPolice,
                       earlier.womenFormedPolice)
                   != (later.troops, later.staffOfficers, later.experts, later.police, later.formedPolice,
                       later.womenTroops, later.womenStaffOfficers, later.womenExperts, later.womenPolice,
                       later.womenFormedPolice)
                ORDER BY later.line
                """)
        {
            let key =
                "\(try row.decode(String.self, forColumn: "party")) in \(try row.decode(String.self, forColumn: "mission")) on \(try row.decode(String.self, forColumn: "asOf"))"
            summary.problems.record(
                ImportProblem(
                    kind: "row contradicting line \(try row.decode(Int.self, forColumn: "first"))",
                    detail: "for \(key)",
                    line: try row.decode(forColumn: "second")))
        }
    }

    private func journal(_ summary: ContributionImportSummary, in db: Database) throws -> JournalCommandRecord {
        try SQLiteSession(db, caching: false).beginCommand(
            context, summary: "imported \(summary.rowsRead) contribution rows")
    }

    private func write(_ summary: inout ContributionImportSummary, createMissing: Bool, in db: Database) throws {
        let now = context.now
        if createMissing {
            let missing = try Row.fetchAll(
                db,
                sql: """
                    SELECT mission, min(asOf) AS first, max(asOf) AS last FROM temp.importRow staged
                    WHERE NOT EXISTS (SELECT 1 FROM mission WHERE mission.acronym = staged.mission)
                    GROUP BY mission ORDER BY mission
                    """)
            for row in missing {
                let acronym: String = try row.decode(forColumn: "mission")
                var mission = MissionRecord(
                    id: nil, acronym: acronym, name: acronym, territory: nil, establishedOn: nil, closedOn: nil,
                    type: .peacekeeping, predecessorId: nil, isReference: false, createdAt: now, updatedAt: now)
                try mission.insert(db)
                summary.missionsCreated.append(acronym)
            }
        }
        db.add(function: SQLiteStore.contributionUUID)
        try db.execute(
            sql: """
                INSERT INTO contribution (uuid, missionId, partyId, asOf, troops, staffOfficers, experts, police,
                                          formedPolice, womenTroops, womenStaffOfficers, womenExperts, womenPolice,
                                          womenFormedPolice, createdAt, updatedAt)
                SELECT contributionUUID(mission.acronym, party.code, staged.asOf), mission.id, party.id, staged.asOf,
                       staged.troops, staged.staffOfficers, staged.experts, staged.police, staged.formedPolice,
                       staged.womenTroops, staged.womenStaffOfficers, staged.womenExperts, staged.womenPolice,
                       staged.womenFormedPolice, :now, :now
                FROM (SELECT DISTINCT mission, party, asOf, troops, staffOfficers, experts, police, formedPolice,
                                      womenTroops, womenStaffOfficers, womenExperts, womenPolice, womenFormedPolice
                      FROM temp.importRow) staged
                JOIN mission ON mission.acronym = staged.mission
                JOIN party ON party.code = staged.party
                WHERE true
                ON CONFLICT (missionId, partyId, asOf) DO UPDATE SET
                    troops = excluded.troops, staffOfficers = excluded.staffOfficers, experts = excluded.experts,
                    police = excluded.police, formedPolice = excluded.formedPolice, womenTroops = excluded.womenTroops,
                    womenStaffOfficers = excluded.womenStaffOfficers, womenExperts = excluded.womenExperts,
                    womenPolice = excluded.womenPolice, womenFormedPolice = excluded.womenFormedPolice,
                    updatedAt = excluded.updatedAt
                WHERE (troops, staffOfficers, experts, police, formedPolice, womenTroops, womenStaffOfficers,
                       womenExperts, womenPolice, womenFormedPolice)
                   != (excluded.troops, excluded.staffOfficers, excluded.experts, excluded.police, excluded.formedPolice,
                       excluded.womenTroops, excluded.womenStaffOfficers, excluded.womenExperts, excluded.womenPolice,
                       excluded.womenFormedPolice)
                """, arguments: ["now": now])
        summary.recordsWritten = db.changesCount
        let distinctRows =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM (SELECT DISTINCT mission, party, asOf FROM temp.importRow)") ?? 0
        summary.rowsUnchanged = distinctRows - summary.recordsWritten
        let snapshots = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT mission.id AS missionId, staged.asOf
                FROM temp.importRow staged JOIN mission ON mission.acronym = staged.mission
                ORDER BY staged.asOf, mission.id
                """)
        let departures = try db.makeStatement(
            sql: """
                INSERT INTO contribution (uuid, missionId, partyId, asOf, troops, staffOfficers, experts, police,
                                          formedPolice, createdAt, updatedAt)
                SELECT contributionUUID(mission.acronym, party.code, :asOf), :mission, party.id, :asOf, 0, 0, 0, 0, 0, :now, :now
                FROM (SELECT DISTINCT partyId FROM contribution WHERE missionId = :mission) AS known
                JOIN party ON party.id = known.partyId
                JOIN mission ON mission.id = :mission
                WHERE NOT EXISTS (SELECT 1 FROM contribution
                                  WHERE missionId = :mission AND partyId = known.partyId AND asOf = :asOf)
                  AND (SELECT troops + staffOfficers + experts + police + formedPolice FROM contribution
                       WHERE missionId = :mission AND partyId = known.partyId AND asOf < :asOf
                       ORDER BY asOf DESC LIMIT 1) > 0
                """)
        for snapshot in snapshots {
            try departures.execute(arguments: [
                "mission": try snapshot.decode(Int64.self, forColumn: "missionId"),
                "asOf": try snapshot.decode(String.self, forColumn: "asOf"), "now": now,
            ])
            summary.departuresRecorded += db.changesCount
        }
    }

    /// `contributionUUID(mission, party, day)` in SQL: the same stable identity ``StableUUID`` gives in Swift.
    static let contributionUUID = DatabaseFunction("contributionUUID", argumentCount: 3, pure: true) { values in
        guard let mission = String.fromDatabaseValue(values[0]), let party = String.fromDatabaseValue(values[1]),
            let text = String.fromDatabaseValue(values[2]), let day = try? Day(parsing: text)
        else { return nil }
        return StableUUID.contribution(mission: mission, party: party, asOf: day)
    }
}
