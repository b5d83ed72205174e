import GRDB

/// The one connection of a command to its database. When the command lets go of its last
/// ``TriadDatabase`` value, the connection closes (SQLite then folds its write-ahead log into the
/// file) and the file's state is recorded in the lock file, so that the next opening knows nothing
/// but triad changed the file since it was last checked.
final class DatabaseConnection: Sendable {
    let queue: DatabaseQueue
    /// The file, or nil for an in-memory database.
    let path: String?
    /// Where the statements run are written when the connection closes, if anywhere.
    let statementLog: StatementLog?

    init(queue: DatabaseQueue, path: String?, statementLog: StatementLog? = nil) {
        self.queue = queue
        self.path = path
        self.statementLog = statementLog
    }

    deinit {
        statementLog?.flush()
        guard let path else { return }
        guard (try? queue.close()) != nil, let state = FileState(of: path) else { return }
        try? FileLock.withExclusiveLock(on: path + ".lock") { lock in
            lock.replaceContents(with: state.record)
        }
    }
}
