import GRDB
import TriadBackend

/// The one connection of a command to its database. When the command lets go of its last
/// ``SQLiteStore`` value, the connection closes (SQLite then folds its write-ahead log into the
/// file) and the file's state is recorded in the lock file, so that the next opening knows nothing
/// but triad changed the file since it was last checked.
final class DatabaseConnection: Sendable {
    let queue: DatabaseQueue
    /// The file, or nil for an in-memory database.
    let path: String?
    /// The file's state as the lock file recorded it when it was opened, if the file was then in that
    /// state: a command that leaves the file so (one that only read) has nothing to record.
    let recordedState: FileState?
    /// Where the statements run are written when the connection closes, if anywhere.
    let statementLog: StatementLog?

    init(queue: DatabaseQueue, path: String?, recordedState: FileState? = nil, statementLog: StatementLog? = nil) {
        self.queue = queue
        self.path = path
        self.recordedState = recordedState
        self.statementLog = statementLog
    }

    deinit {
        statementLog?.flush()
        guard let path else { return }
        guard (try? queue.close()) != nil, let state = FileState(of: path), state != recordedState else { return }
        try? FileLock.withExclusiveLock(on: path + ".lock") { lock in
            lock.replaceContents(with: state.record)
        }
    }
}
