import GRDB
import TriadCore

/// Days are stored as `YYYY-MM-DD` text, which sorts in time order.
extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { try? Day(parsing: $0) }
    }
}
