import TriadCore
import TriadSchema
import TriadStore

/// The triad record in a PostgreSQL database shared by a team: one connection per command, the schema
/// migrated on opening under an advisory lock so that two first runs cannot race.
public struct PostgresStore: Sendable {
    let connection: PostgresConnection
    /// Who is writing and when; stamped on every change.
    public private(set) var context: ChangeContext

    /// The database and its server, as messages name them (never with a password).
    public var server: String { "database '\(connection.database)' at \(connection.server)" }

    private init(connection: PostgresConnection, context: ChangeContext) {
        self.connection = connection
        self.context = context
    }

    /// Connects to the database a URI names and, when `migrating`, brings its schema up to date: a new
    /// (empty) database gets every migration. A database of another program, or of a newer triad, is refused
    /// untouched either way.
    public static func open(uri: String, context: ChangeContext, migrating: Bool = true) throws -> PostgresStore {
        let connection = try PostgresConnection(uri: uri)
        try connection.execute("SET application_name = 'triad'")
        let pending = try PostgresSchema.pendingMigrations(on: connection)
        if migrating && !pending.isEmpty {
            try PostgresSchema.migrate(connection)
        }
        return PostgresStore(connection: connection, context: context)
    }

    /// The identifier of the newest migration applied (`p0002_reference_data`).
    public func schemaVersion() throws -> String {
        try PostgresSchema.applied(on: connection).sorted().last ?? "none"
    }
}
