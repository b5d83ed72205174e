import Foundation
import TriadBackend
import TriadCore
import TriadSchema
import TriadStore

/// The triad record in a PostgreSQL database shared by a team: one connection per command, the schema
/// migrated on opening under an advisory lock so that two first runs cannot race.
///
/// A read runs in one REPEATABLE READ transaction (one snapshot, whatever others commit meanwhile). A write
/// runs in one transaction that names its journal command in `triad.command`, so the journal triggers record
/// each row under the command that changed it however many people write at once; writers take turns on an
/// advisory lock, as SQLite's writers do on the file, so that what a command reads before it writes (the
/// next agenda position, an action's status) is still true when it commits. A transaction the server gives up
/// (serialization failure, deadlock) is run again, unseen.
public struct PostgresStore: RecordStore {
    let connection: PostgresConnection
    /// Who is writing and when; stamped on every change. The actor is the role the server knows.
    public private(set) var context: ChangeContext

    /// The database and its server, as messages name them (never with a password).
    public var server: String { PostgresStore.describe(connection) }

    /// A connection's database and server, as messages name them.
    static func describe(_ connection: PostgresConnection) -> String {
        "database '\(connection.database)' at \(connection.server)"
    }

    /// The key of the advisory lock writers take in turn ("triad-w").
    static let writerLockKey = "499883116919"
    /// How many times a transaction the server gave up is run again before the command says the database
    /// is busy.
    static let attempts = 8

    private init(connection: PostgresConnection, context: ChangeContext) {
        self.connection = connection
        self.context = context
    }

    /// Connects to the database a URI names and, when `migrating`, brings its schema up to date: a new
    /// (empty) database gets every migration. A database of another program, or of a newer triad, is refused
    /// untouched either way. With a `statementLog`, the SQL of every statement is written to its file.
    public static func open(
        uri: String, context: ChangeContext, migrating: Bool = true, statementLog: StatementLog? = nil
    ) throws -> PostgresStore {
        let connection = try PostgresConnection(uri: uri, statementLog: statementLog)
        let pending: [PostgresMigration]
        do {
            pending = try PostgresSchema.pendingMigrations(on: connection)
        } catch StoreError.accessDenied {
            // A role that may not even read which migrations were applied was granted nothing.
            throw StoreError.noClearance(
                role: connection.role, database: PostgresStore.describe(connection))
        }
        if migrating && !pending.isEmpty {
            try PostgresSchema.migrate(connection)
        }
        var stamped = context
        stamped.actor = connection.role
        if migrating || pending.isEmpty {
            try requireClearance(on: connection)
        }
        return PostgresStore(connection: connection, context: stamped)
    }

    /// Refuses a role that may read nothing: neither the owner of the tables nor cleared by a grant (77). The
    /// server would show it no record anyway; this says why, and whom to ask.
    private static func requireClearance(on connection: PostgresConnection) throws {
        let level = try connection.execute("SELECT triad_reader_level()").scalar(String.self)
        guard level != nil else {
            throw StoreError.noClearance(
                role: connection.role, database: PostgresStore.describe(connection))
        }
    }

    /// The identifier of the newest migration applied (`p0012_positions`).
    public func schemaVersion() throws -> String {
        try mapped { try PostgresSchema.applied(on: connection).sorted().last ?? "none" }
    }

    /// Whether the database holds nothing but reference data.
    public func holdsNoUserRecords() throws -> Bool {
        try read { _ in try PostgresSession(connection, caching: false).holdsNoUserRecords() }
    }

    /// A server keeps no file of triad's: backups are the server's own (`pg_dump`).
    public var fileMaintenance: (any FileMaintenance)? { nil }

    /// Reads in one snapshot: a REPEATABLE READ, READ ONLY transaction around everything `body` asks.
    public func read<T>(upTo level: Classification, _ body: (any StoreReader) throws -> T) throws -> T {
        try mapped {
            if connection.inTransaction { return try body(PostgresSession(connection, caching: false)) }
            // A read-only transaction may not create even temporary views: they are made before it, on this
            // connection alone, and dropped after it whatever happens.
            // The whole record needs no views, nor a look at the schema they would read.
            let schema =
                level < .strictlyConfidential
                ? try connection.execute("SELECT current_schema()").scalar(String.self) ?? "public" : "public"
            let hiding = ClassifiedViews.create(upTo: level, schema: schema) { column, field in
                "(\(column)::json ->> '\(field)')::bigint"
            }
            for statement in hiding { try connection.execute(statement) }
            defer {
                for statement in ClassifiedViews.drop(upTo: level, temporarySchema: "pg_temp") {
                    _ = try? connection.execute(statement)
                }
            }
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            connection.inTransaction = true
            defer { connection.inTransaction = false }
            do {
                let value = try body(PostgresSession(connection, caching: true))
                try connection.execute("COMMIT")
                return value
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Writes in one transaction, journaled under this command; `summary` says in a few words what the
    /// command did, for `triad history`. A command that changed no row leaves no journal entry. Inside
    /// ``asOneCommand(summary:_:)`` the write joins that command's transaction and journal entry.
    func write<T>(summary: (T) -> String, _ body: (PostgresSession) throws -> T) throws -> T {
        try mapped {
            let session = PostgresSession(connection, caching: false)
            if connection.inTransaction { return try body(session) }
            return try retrying {
                try transaction { session in
                    let command = try session.beginCommand(context)
                    let value = try body(session)
                    try session.endCommand(command, summary: summary(value))
                    return value
                }
            }
        }
    }

    /// Runs `body` in a write transaction holding the writers' turn; nothing is kept if it throws, or unless
    /// `keeping` (a dry run rolls back). A session `rememberingIDs` must remove no party or mission.
    func transaction<T>(
        rememberingIDs: Bool = false, keeping: Bool = true, _ body: (PostgresSession) throws -> T
    ) throws -> T {
        try connection.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        connection.inTransaction = true
        defer { connection.inTransaction = false }
        do {
            try connection.execute("SELECT pg_advisory_xact_lock($1::bigint)", [PostgresStore.writerLockKey])
            let value = try body(PostgresSession(connection, caching: false, rememberingIDs: rememberingIDs))
            try connection.execute(keeping ? "COMMIT" : "ROLLBACK")
            return value
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` again when the server gave its transaction up, after a short wait that grows.
    private func retrying<T>(_ body: () throws -> T) throws -> T {
        for attempt in 1... {
            do {
                return try body()
            } catch is PostgresConflict where attempt < PostgresStore.attempts {
                usleep(UInt32(1_000 * attempt * attempt + Int.random(in: 0..<1_000)))
            }
        }
        preconditionFailure("unreachable")
    }

    /// Runs many writes as one command: one transaction and one entry of the history (undone at once).
    public func asOneCommand<T>(summary: String, _ body: () throws -> T) throws -> T {
        try write(summary: { _ in summary }) { _ in try body() }
    }

    /// The same database, recording its changes as made at `time`.
    public func recording(at time: Timestamp) -> PostgresStore {
        var copy = self
        copy.context.now = time
        return copy
    }

    /// Runs `body`, turning what the server and the rows say into ``StoreError``s that say what to do.
    func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch is PostgresConflict {
            throw StoreError.busy(path: server)
        } catch let error as PostgresDecodingError {
            throw StoreError.damaged(path: server, detail: error.description)
        }
    }

    /// A new random identity for a record, lower-case.
    static func newUUID() -> String {
        UUID().uuidString.lowercased()
    }
}
