import GRDB
import GRDBSQLite
import TriadCore

/// Instants are stored as ISO 8601 UTC text with milliseconds, which sorts in time order.
extension Timestamp: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso8601.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Timestamp? {
        String.fromDatabaseValue(dbValue).flatMap { try? Timestamp(iso8601: $0) }
    }
}

/// Read straight from the statement's column bytes: a long report decodes tens of thousands.
extension Timestamp: StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(sqliteStatement, index))
        self.init(iso8601UTF8: UnsafeBufferPointer(start: text, count: count))
    }
}
