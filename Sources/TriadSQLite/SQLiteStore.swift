import Foundation
import GRDB
import TriadBackend
import TriadCore
import TriadSchema
import TriadStore

/// The triad record in one SQLite file: one value owns the connection, migrates it on opening, and
/// answers the store interface.
///
/// Every method that writes runs in one IMMEDIATE transaction that also records the change in the
/// journal, so a command changes all it says or nothing; every read runs in one read transaction.
public struct SQLiteStore: RecordStore {
    private let connection: DatabaseConnection
    var writer: any DatabaseWriter { connection.queue }
    /// Who is writing and when; stamped on every change.
    public private(set) var context: ChangeContext
    /// The file, or nil for an in-memory database.
    var filePath: String? { connection.path }
    /// The copy taken before upgrading an existing database's schema on this opening, if one was taken.
    public private(set) var upgradeBackup: String?
    /// Whether this opening checked every page of the file, because something other than triad
    /// (or a triad process that did not finish) changed it since triad last used it.
    public private(set) var checkedOnOpening = false

    private init(connection: DatabaseConnection, context: ChangeContext) {
        self.connection = connection
        self.context = context
    }

    /// Opens the database at `path`, creating it (mode 0600, folder 0700, WAL mode) and migrating it to
    /// the current schema under an exclusive lock on `<path>.lock`. Opening a current database writes nothing.
    ///
    /// A file that is not SQLite, a SQLite file of another program, a database from a newer triad, or a
    /// damaged file is refused before anything is written to it. Pages are checked (`PRAGMA quick_check`)
    /// only when the file is not as triad left it, so an unchanged database of any size opens at once.
    ///
    /// With a `statementLog`, the SQL of every statement the command runs is written to its file.
    public static func open(
        path: String, context: ChangeContext, statementLog: StatementLog? = nil
    ) throws -> SQLiteStore {
        try DatabaseFile.prepareFolder(of: path)
        return try FileLock.withExclusiveLock(on: path + ".lock") { lock in
            let isNew = try DatabaseFile.createIfMissing(path)
            if !isNew { try DatabaseFile.checkHeader(path) }
            let recorded = FileState(recorded: lock.contents)
            let needsCheck = !isNew && recorded != FileState(of: path)
            return try mapped(path: path) {
                // One connection: a command is one transaction. GRDB's DatabasePool would also do, but on
                // every opening it creates and drops a table to make the WAL file exist, so even a command
                // that fails, or only reads, would change the file. WAL mode, set once, persists in the file.
                // Opening a connection writes nothing; the file is inspected before anything is written.
                var configuration = Configuration()
                configuration.busyMode = .timeout(10)
                configuration.foreignKeysEnabled = true
                if let statementLog {
                    configuration.prepareDatabase { db in statementLog.attach(to: db) }
                }
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                let isCurrent = isNew ? false : try inspect(queue, path: path, checkingPages: needsCheck)
                var backup: String?
                if !isCurrent {
                    if !isNew, try queue.read({ db in try !migrator.appliedIdentifiers(db).isEmpty }) {
                        backup = try upgradeBackup(of: queue, path: path, context: context)
                    }
                    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
                    try migrator.migrate(queue)
                }
                var database = SQLiteStore(
                    connection: DatabaseConnection(
                        queue: queue, path: path, recordedState: needsCheck || isNew ? nil : recorded,
                        statementLog: statementLog),
                    context: context)
                database.upgradeBackup = backup
                database.checkedOnOpening = needsCheck
                return database
            }
        }
    }

    /// Copies a database about to be upgraded to `<path>.before-<its schema>-<time>.sqlite` (with a
    /// number added when that name is taken).
    private static func upgradeBackup(of queue: DatabaseQueue, path: String, context: ChangeContext) throws -> String {
        let schema = try queue.read { db in try migrator.appliedIdentifiers(db).sorted().last ?? "empty" }
        let stamp = context.now.iso8601.prefix(19).filter { $0.isNumber }
        // An upgrade killed during its backup leaves that copy behind; the next attempt takes a new name.
        for attempt in 1...100 {
            let target = "\(path).before-\(schema)-\(stamp)\(attempt == 1 ? "" : "-\(attempt)").sqlite"
            do {
                try DatabaseFile.backup(queue, to: target)
                return target
            } catch StoreError.backupExists {
                continue
            }
        }
        throw StoreError.cannotWrite(path: path, reason: "a hundred upgrade backups of this second exist beside it")
    }

    /// A fresh, migrated database in memory, for tests.
    public static func inMemory(context: ChangeContext) throws -> SQLiteStore {
        let queue = try DatabaseQueue()
        try migrator.migrate(queue)
        return SQLiteStore(connection: DatabaseConnection(queue: queue, path: nil), context: context)
    }

    /// The identifier of the newest migration applied (`v0003_change_journal`).
    public func schemaVersion() throws -> String {
        try mapped { try writer.read { db in try SQLiteStore.migrator.appliedIdentifiers(db).sorted().last ?? "none" } }
    }

    /// Whether the file holds nothing but reference data.
    public func holdsNoUserRecords() throws -> Bool {
        try mapped { try writer.read { db in try SQLiteSession(db, caching: false).holdsNoUserRecords() } }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in SchemaMigration.all {
            let sql = step.sql
            migrator.registerMigration(step.identifier) { db in
                try db.execute(sql: sql)
                if sql.contains("PRAGMA writable_schema = ON") {
                    // A migration that edits a table's definition in place (SQLite's "ALTER TABLE", section 7)
                    // must bump the schema version itself, or connections keep the old definition.
                    let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
                    try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
                }
            }
        }
        return migrator
    }

    /// Checks an existing file, reading only: it must be a triad database this version understands and,
    /// when `checkingPages`, pass `PRAGMA quick_check`.
    /// - Returns: whether it already has every migration, so that opening it writes nothing.
    private static func inspect(_ queue: DatabaseQueue, path: String, checkingPages: Bool) throws -> Bool {
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            guard !tables.isEmpty else { return false }
            guard tables.contains("grdb_migrations") else { throw StoreError.foreignDatabase(path: path) }
            let known = Set(SchemaMigration.all.map(\.identifier))
            let applied = try migrator.appliedIdentifiers(db)
            let unknown = applied.subtracting(known)
            if !unknown.isEmpty {
                throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted())
            }
            if checkingPages, let report = try String.fetchOne(db, sql: "PRAGMA quick_check(1)"), report != "ok" {
                // SQLite's report may start with a "*** in database main ***" line.
                let problem = report.split(separator: "\n").last { !$0.hasPrefix("***") } ?? "corrupt"
                let page = problem.hasPrefix("Page ") ? problem.dropFirst(5).prefix { $0.isNumber } : ""
                throw StoreError.damaged(
                    path: path,
                    detail: page.isEmpty ? "SQLite's check reports: \(problem)" : "page \(page) fails SQLite's check")
            }
            return applied == known
        }
    }

    /// Runs `body`, turning SQLite's errors into ``StoreError``s that say what to do.
    static func mapped<T>(path: String?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error, path: path ?? ":memory:")
        }
    }

    /// Runs `body` on SQLite's errors turned into ``StoreError``s that say what to do.
    func mapped<T>(_ body: () throws -> T) throws -> T {
        try SQLiteStore.mapped(path: filePath, body)
    }

    /// Reads in one consistent snapshot: a read transaction around everything `body` asks.
    public func read<T>(upTo level: Classification, _ body: (any StoreReader) throws -> T) throws -> T {
        let hiding = ClassifiedViews.create(upTo: level, schema: "main") { column, field in
            "json_extract(\(column), '$.\(field)')"
        }
        guard !hiding.isEmpty else {
            return try mapped { try writer.read { db in try body(SQLiteSession(db, caching: true)) } }
        }
        // The views go on the one connection outside the read, whose transaction may not write even to the
        // temporary schema, and come off again whatever happens.
        return try mapped {
            try writer.writeWithoutTransaction { db in
                for statement in hiding { try db.execute(sql: statement) }
            }
            defer {
                try? writer.writeWithoutTransaction { db in
                    for statement in ClassifiedViews.drop(upTo: level, temporarySchema: "temp") {
                        try db.execute(sql: statement)
                    }
                }
            }
            return try writer.read { db in try body(SQLiteSession(db, caching: false)) }
        }
    }

    /// Writes in one IMMEDIATE transaction, journaled under this command; `summary` says in a few
    /// words what the command did, for `triad history`. A command that changed no row leaves no journal entry.
    ///
    /// Inside ``asOneCommand(summary:_:)`` the write joins that command's transaction and journal entry.
    func write<T>(summary: (T) -> String, _ body: (SQLiteSession) throws -> T) throws -> T {
        try mapped {
            try writer.unsafeReentrantWrite { db in
                let session = SQLiteSession(db, caching: false)
                if db.isInsideTransaction { return try body(session) }
                try db.beginTransaction(.immediate)
                do {
                    let command = try session.beginCommand(context)
                    let value = try body(session)
                    try session.endCommand(command, summary: summary(value))
                    try db.commit()
                    return value
                } catch {
                    try? db.rollback()
                    throw error
                }
            }
        }
    }

    /// Runs many writes as one command: one transaction and one entry of the history (undone at once),
    /// so that recording a thousand records costs one commit, not a thousand. Nothing is written if
    /// `body` throws. The imports, which manage their own transaction, cannot run inside.
    public func asOneCommand<T>(summary: String, _ body: () throws -> T) throws -> T {
        try write(summary: { _ in summary }) { _ in try body() }
    }

    /// The same database, recording its changes as made at `time`.
    public func recording(at time: Timestamp) -> SQLiteStore {
        var copy = self
        copy.context.now = time
        return copy
    }

    /// A new random identity for a record, lower-case.
    static func newUUID() -> String {
        UUID().uuidString.lowercased()
    }
}
