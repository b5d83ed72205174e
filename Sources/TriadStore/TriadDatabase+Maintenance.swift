import Foundation
import GRDB

extension TriadDatabase {
    /// Checks the file with SQLite's own checks and counts its records; writes nothing.
    public func health(quick: Bool = false) throws -> DatabaseHealth {
        try read { db in
            let integrity = try String.fetchAll(db, sql: quick ? "PRAGMA quick_check" : "PRAGMA integrity_check")
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            // The mission summaries (schema v0006) against what they derive from, both ways.
            let amiss = try TriadDatabase.derivedTables.reduce(0) { total, table in
                total + (try TriadDatabase.rowsAmiss(table, in: db))
            }
            var counts: [String: Int] = [:]
            for table in TriadDatabase.journaledTables.union(["journalCommand", "journalChange"]).sorted() {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            let size = { (file: String) in
                (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            }
            return DatabaseHealth(
                schemaVersion: try TriadDatabase.migrator.appliedIdentifiers(db).sorted().last ?? "none",
                integrity: integrity, foreignKeyViolations: violations, summaryRowsAmiss: amiss, counts: counts,
                fileBytes: path.map(size) ?? 0, walBytes: path.map { size($0 + "-wal") } ?? 0,
                pages: try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
                freePages: try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0)
        }
    }

    /// Rebuilds the mission summaries from what they derive from, in one transaction.
    /// - Returns: how many rows were out of step before.
    @discardableResult
    public func rebuildSummaries() throws -> Int {
        try write(summary: { _ in "rebuilt the mission summaries" }) { db in
            var amiss = 0
            for table in TriadDatabase.derivedTables {
                amiss += try TriadDatabase.rowsAmiss(table, in: db)
                try db.execute(sql: "DELETE FROM \(table.name)")
                try db.execute(sql: "INSERT INTO \(table.name) SELECT * FROM (\(table.derivation))")
            }
            return amiss
        }
    }

    /// Rows of a summary table missing, extra or different from what it derives from.
    static func rowsAmiss(_ table: (name: String, derivation: String), in db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT (SELECT count(*) FROM (SELECT * FROM \(table.name)
                                              EXCEPT SELECT * FROM (\(table.derivation))))
                     + (SELECT count(*) FROM (SELECT * FROM (\(table.derivation))
                                              EXCEPT SELECT * FROM \(table.name)))
                """) ?? 0
    }

    /// The tables that triggers keep as summaries of others, each with the query that derives it.
    static let derivedTables: [(name: String, derivation: String)] = [
        (
            "missionAction",
            """
            SELECT mm.missionId, a.id, a.status, a.ownerPartyId, a.dueOn
            FROM actionItem a JOIN meetingMission mm ON mm.meetingId = a.meetingId
            UNION
            SELECT a.missionId, a.id, a.status, a.ownerPartyId, a.dueOn FROM actionItem a WHERE a.missionId IS NOT NULL
            """
        ),
        (
            "missionAttendance",
            """
            SELECT mm.missionId, a.partyId, g.meetingDay, g.id
            FROM meeting g JOIN meetingMission mm ON mm.meetingId = g.id JOIN attendance a ON a.meetingId = g.id
            WHERE g.status = 'held'
            """
        ),
    ]

    /// Writes a consistent copy of the database to a new file (mode 0600), while others may keep using it.
    public func backup(to target: String) throws {
        try TriadDatabase.mapped(path: target) { try DatabaseFile.backup(writer, to: target) }
    }
}
