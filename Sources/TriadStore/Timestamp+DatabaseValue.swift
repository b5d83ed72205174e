import GRDB
import TriadCore

/// Instants are stored as ISO 8601 UTC text with milliseconds, which sorts in time order.
extension Timestamp: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso8601.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Timestamp? {
        String.fromDatabaseValue(dbValue).flatMap { try? Timestamp(iso8601: $0) }
    }
}
