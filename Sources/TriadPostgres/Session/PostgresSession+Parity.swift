import TriadCore
import TriadStore

extension PostgresSession {
    func parityTargets(year: Int?) throws -> [ParityTarget] {
        try execute(
            """
            SELECT year, category, perMille, source FROM parityTarget
            WHERE $1::bigint IS NULL OR year = $1 ORDER BY year, category COLLATE "C"
            """, [year]
        ).map { row in
            try ParityTarget(
                year: row.decode("year"), category: ParityCategory(slug: row.decode("category")),
                perMille: row.decode("perMille"), source: row.decode("source"))
        }
    }
}
