import GRDB
import TriadCore
import TriadStore

extension SQLiteStore {
    public func setParityTarget(_ target: ParityTarget) throws -> ParityTarget {
        try write(summary: { "set the \($0.year) parity target for \($0.category.label) to \($0.percent)%" }) {
            session in
            try session.db.execute(
                sql: """
                    INSERT INTO parityTarget (year, category, perMille, source, isReference, createdAt, updatedAt)
                    VALUES (:year, :category, :perMille, :source, 0, :now, :now)
                    ON CONFLICT (year, category) DO UPDATE SET
                        perMille = excluded.perMille, source = excluded.source, isReference = 0,
                        updatedAt = excluded.updatedAt
                    """,
                arguments: [
                    "year": target.year, "category": target.category.rawValue, "perMille": target.perMille,
                    "source": target.source, "now": context.now,
                ])
            return target
        }
    }
}
