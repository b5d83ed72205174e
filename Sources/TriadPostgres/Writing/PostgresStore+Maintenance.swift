import TriadBackend
import TriadStore

extension PostgresStore {
    /// Counts the records and compares the mission summaries with what they derive from; writes nothing. The
    /// server keeps its own pages and enforces every foreign key, so what is left to ask it is whether it
    /// found a page whose checksum failed.
    public func health(quick: Bool) throws -> DatabaseHealth {
        try read { _ in
            let failures =
                try connection.execute(
                    "SELECT coalesce(checksum_failures, 0) FROM pg_stat_database WHERE datname = current_database()"
                ).scalar(Int.self) ?? 0
            let amiss = try DerivedTable.allCases.reduce(0) { total, table in
                total + (try connection.execute(table.countAmiss).scalar(Int.self) ?? 0)
            }
            var counts: [String: Int] = [:]
            for table in JournaledTables.counted {
                counts[table] = try connection.execute("SELECT count(*) FROM \(table)").scalar(Int.self) ?? 0
            }
            return DatabaseHealth(
                engine: "postgresql", schemaVersion: try PostgresSchema.applied(on: connection).sorted().last ?? "none",
                integrity: failures == 0 ? ["ok"] : ["the server found \(failures) pages whose checksum failed"],
                foreignKeyViolations: 0, summaryRowsAmiss: amiss, counts: counts,
                fileBytes: try connection.execute("SELECT pg_database_size(current_database())").scalar(Int.self) ?? 0,
                walBytes: 0, pages: 0, freePages: 0)
        }
    }

    public func rebuildSummaries() throws -> Int {
        try write(summary: { _ in "rebuilt the mission summaries" }) { session in
            var amiss = 0
            for table in DerivedTable.allCases {
                amiss += try session.execute(table.countAmiss).scalar(Int.self) ?? 0
                for statement in table.rebuild { try session.execute(statement) }
            }
            return amiss
        }
    }
}
