import Foundation
import Synchronization

/// A database migrated once per test process, which each PostgreSQL test copies (`CREATE DATABASE … TEMPLATE`):
/// a copy takes a few milliseconds, a migration a few hundred.
public enum PostgresTemplate {
    private static let name = Mutex<String?>(nil)

    /// A new database, migrated (the first time, by `migrate`, given the template's URI) and empty; its URI.
    public static func newDatabase(migrate: (String) throws -> Void) throws -> String {
        let template = try name.withLock { name in
            if let name { return name }
            let uri = try PostgresServer.newDatabase()
            try migrate(uri)
            let created = String(URLComponents(string: uri)?.path.dropFirst() ?? "")
            name = created
            return created
        }
        let copy = "triad_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try PostgresServer.query(PostgresServer.uri, "CREATE DATABASE \(copy) TEMPLATE \(template)")
        return PostgresServer.uri(database: copy)
    }
}
