import GRDB
import GRDBSQLite
import TriadCore

/// Days are stored as `YYYY-MM-DD` text, which sorts in time order.
extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { try? Day(parsing: $0) }
    }
}

/// Read straight from the statement's column bytes: a long report decodes tens of thousands.
extension Day: StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(sqliteStatement, index))
        self.init(utf8: UnsafeBufferPointer(start: text, count: count))
    }
}
