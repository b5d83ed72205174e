import Foundation
import GRDB
import TriadBackend
import TriadStore

extension SQLiteStore {
    /// Checks the file with SQLite's own checks and counts its records; writes nothing.
    public func health(quick: Bool) throws -> DatabaseHealth {
        try mapped {
            try writer.read { db in
                let integrity = try String.fetchAll(db, sql: quick ? "PRAGMA quick_check" : "PRAGMA integrity_check")
                let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
                // The mission summaries (schema v0006) against what they derive from, both ways.
                let amiss = try DerivedTable.allCases.reduce(0) { total, table in
                    total + (try Int.fetchOne(db, sql: table.countAmiss) ?? 0)
                }
                var counts: [String: Int] = [:]
                for table in JournaledTables.counted {
                    counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                }
                let size = { (file: String) in
                    (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
                }
                return DatabaseHealth(
                    engine: "sqlite",
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
            for table in DerivedTable.allCases {
                amiss += try Int.fetchOne(db, sql: table.countAmiss) ?? 0
                for statement in table.rebuild { try db.execute(sql: statement) }
            }
            return amiss
        }
    }
}
