import TriadSchema
import TriadStore

/// The PostgreSQL schema's migrations, recorded in `triad_migrations` as they are applied.
enum PostgresSchema {
    /// The key of the advisory lock every migrating connection takes, so that two first runs on an empty
    /// database apply the schema once ("triad" in ASCII).
    static let lockKey = "499883116900"

    /// The migrations this triad has that the database lacks; throws when the database is not triad's or
    /// was migrated by a newer triad. A database of triad's answers in one statement; only one without
    /// triad's table of migrations has its tables listed, to tell an empty database from another program's.
    /// `inTransaction`, the look is taken under a savepoint, so that the transaction outlives a missing table.
    static func pendingMigrations(on connection: PostgresConnection, inTransaction: Bool = false) throws
        -> [PostgresMigration]
    {
        let applied: Set<String>
        do {
            if inTransaction { try connection.execute("SAVEPOINT triad_probe") }
            applied = Set(try self.applied(on: connection))
        } catch StoreError.serverStatementFailed(_, let state, _) where state == undefinedTable {
            if inTransaction { try connection.execute("ROLLBACK TO SAVEPOINT triad_probe") }
            let tables = try connection.execute(
                "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
            ).scalar(Int.self)
            guard tables == 0 else {
                throw StoreError.foreignServerDatabase(database: connection.database, server: connection.server)
            }
            return PostgresMigration.all
        }
        let known = Set(PostgresMigration.all.map(\.identifier))
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw StoreError.newerSchema(
                path: "\(connection.database) at \(connection.server)", unknownMigrations: unknown.sorted())
        }
        return PostgresMigration.all.filter { !applied.contains($0.identifier) }
    }

    /// SQLSTATE 42P01: the table named does not exist.
    static let undefinedTable = "42P01"

    /// The identifiers of the migrations applied.
    static func applied(on connection: PostgresConnection) throws -> [String] {
        try connection.execute("SELECT identifier FROM triad_migrations").compactMap {
            try? $0.decode(at: 0, as: String.self)
        }
    }

    /// Applies what is pending in one transaction, under the advisory lock, looking again once it holds the
    /// lock: another first run may have migrated the database meanwhile.
    static func migrate(_ connection: PostgresConnection) throws {
        try connection.execute("BEGIN")
        do {
            try connection.execute("SELECT pg_advisory_xact_lock($1::bigint)", [lockKey])
            let pending = try pendingMigrations(on: connection, inTransaction: true)
            if pending.count == PostgresMigration.all.count {
                try connection.execute(
                    "CREATE TABLE IF NOT EXISTS triad_migrations (identifier text PRIMARY KEY, appliedAt text NOT NULL)"
                )
            }
            for migration in pending {
                try connection.run(script: migration.sql)
                try connection.execute(
                    "INSERT INTO triad_migrations (identifier, appliedAt) VALUES ($1, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))",
                    [migration.identifier])
            }
            try connection.execute("COMMIT")
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }
}
