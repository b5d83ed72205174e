import Foundation
import Synchronization

/// The SQL statements a command ran, in order, written to a file when the command lets go of its
/// database (`TRIAD_SQL_LOG`). The benchmark counts them (a report's count must not grow with the
/// database, and is the same on both backends) and a test asks SQLite for each one's query plan (none may
/// scan a large table). Statements run by triggers are left out. Parameters are written expanded, so the
/// log can be replayed by `sqlite3` or `psql` for the benchmark's baseline; it holds the data the
/// statements name.
public final class StatementLog: Sendable {
    /// The file the statements are appended to, one a line.
    public let path: String
    private let statements = Mutex<[String]>([])

    public init(path: String) {
        self.path = path
    }

    /// Records one statement, its parameters already written into it.
    public func record(_ sql: String) {
        guard !sql.hasPrefix("--") else { return }
        let line = sql.replacingOccurrences(of: "\n", with: " ")
        statements.withLock { $0.append(line.hasSuffix(";") ? line : line + ";") }
    }

    /// Appends the statements recorded so far to the file, and forgets them.
    public func flush() {
        let lines = statements.withLock { lines in
            defer { lines.removeAll() }
            return lines
        }
        guard !lines.isEmpty else { return }
        let text = lines.map { $0 + "\n" }.joined()
        if let handle = FileHandle(forWritingAtPath: path)
            ?? {
                FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
                    ? FileHandle(forWritingAtPath: path) : nil
            }()
        {
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            try? handle.close()
        }
    }
}
