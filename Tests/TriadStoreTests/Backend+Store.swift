import TriadCore
import TriadPostgres
import TriadSQLite
import TriadStore
import TriadTestSupport

extension Backend {
    /// A fresh, migrated, empty record journaling as `context`: in memory for SQLite, a new database copied
    /// from a migrated template on the tests' server for PostgreSQL.
    func makeStore(context: ChangeContext) throws -> any RecordStore {
        switch self {
        case .sqlite: try SQLiteStore.inMemory(context: context)
        case .postgresql:
            try PostgresStore.open(
                uri: try PostgresTemplate.newDatabase { uri in
                    _ = try PostgresStore.open(uri: uri, context: context)
                }, context: context)
        }
    }
}
