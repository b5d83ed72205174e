import GRDB
import TriadStore

extension StoreError {
    /// The user-facing error for a SQLite failure on the database at `path`.
    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .busy(path: path)
        case .SQLITE_NOTADB:
            self = .notADatabase(path: path)
        case .SQLITE_CONSTRAINT:
            self = .constraintViolated(detail: error.message ?? "a constraint fails")
        case .SQLITE_CORRUPT:
            self = .damaged(path: path, detail: error.message ?? "corrupt")
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_AUTH:
            self = .cannotWrite(path: path, reason: error.message ?? "\(error.resultCode)")
        default:
            self = .damaged(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
