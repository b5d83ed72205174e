import GRDB
import TriadCore
import TriadStore

extension SQLiteSession {
    func parityTargets(year: Int?) throws -> [ParityTarget] {
        try db.cachedRows(
            sql: """
                SELECT year, category, perMille, source FROM parityTarget
                WHERE ?1 IS NULL OR year = ?1 ORDER BY year, category
                """, arguments: [year]
        ).map { row in
            try ParityTarget(
                year: row.decode(forColumn: "year"), category: ParityCategory(slug: row.decode(forColumn: "category")),
                perMille: row.decode(forColumn: "perMille"), source: row.decode(forColumn: "source"))
        }
    }
}
