import TriadCore
import TriadStore

extension PostgresStore {
    public func setParityTarget(_ target: ParityTarget) throws -> ParityTarget {
        try write(summary: { "set the \($0.year) parity target for \($0.category.label) to \($0.percent)%" }) {
            session in
            try session.execute(
                """
                INSERT INTO parityTarget (year, category, perMille, source, isReference, createdAt, updatedAt)
                VALUES ($1, $2, $3, $4, false, $5, $5)
                ON CONFLICT (year, category) DO UPDATE SET
                    perMille = excluded.perMille, source = excluded.source, isReference = false,
                    updatedAt = excluded.updatedAt
                """, [target.year, target.category.rawValue, target.perMille, target.source, context.now])
            return target
        }
    }
}
