import Foundation
import GRDB
import TriadStore

extension SQLiteStore {
    /// Checks the file with SQLite's own checks and counts its records; writes nothing.
    public func health(quick: Bool) throws -> DatabaseHealth {
        try mapped {
            try writer.read { db in
                let integrity = try String.fetchAll(db, sql: quick ? "PRAGMA quick_check" : "PRAGMA integrity_check")
                let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
                // The mission summaries (schema v0006) against what they derive from, both ways.
                let amiss = try SQLiteStore.derivedTables.reduce(0) { total, table in
                    total + (try SQLiteStore.rowsAmiss(table, in: db))
                }
                var counts: [String: Int] = [:]
                for table in SQLiteStore.journaledTables.union(["journalCommand", "journalChange"]).sorted() {
                    counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                }
                let size = { (file: String) in
                    (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
                }
                return DatabaseHealth(
                    schemaVersion: try SQLiteStore.migrator.appliedIdentifiers(db).sorted().last ?? "none",
                    integrity: integrity, foreignKeyViolations: violations, summaryRowsAmiss: amiss, counts: counts,
                    fileBytes: filePath.map(size) ?? 0, walBytes: filePath.map { size($0 + "-wal") } ?? 0,
                    pages: try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
                    freePages: try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0)
            }
        }
    }

    public func rebuildSummaries() throws -> Int {
        try write(summary: { _ in "rebuilt the mission summaries" }) { session in
            let db = session.db
            var amiss = 0
            for table in SQLiteStore.derivedTables {
                amiss += try SQLiteStore.rowsAmiss(table, in: db)
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
}
