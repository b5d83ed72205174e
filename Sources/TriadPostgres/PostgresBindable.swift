import TriadCore

/// A value bound to a statement's parameter (`$1`), as the text PostgreSQL reads; the column's type reads it.
protocol PostgresBindable {
    var postgresText: String { get }
}

extension String: PostgresBindable {
    var postgresText: String { self }
}

extension Int: PostgresBindable {
    var postgresText: String { String(self) }
}

extension Int64: PostgresBindable {
    var postgresText: String { String(self) }
}

extension Bool: PostgresBindable {
    var postgresText: String { self ? "true" : "false" }
}

extension Day: PostgresBindable {
    var postgresText: String { description }
}

extension Timestamp: PostgresBindable {
    var postgresText: String { iso8601 }
}

/// Slugs are stored as their raw text; the schema's CHECK constraints hold the same vocabularies.
extension PostgresBindable where Self: Slug {
    var postgresText: String { rawValue }
}

extension PartyKind: PostgresBindable {}
extension MeetingKind: PostgresBindable {}
extension MissionType: PostgresBindable {}
extension Classification: PostgresBindable {}
extension MeetingStatus: PostgresBindable {}
extension MeetingMode: PostgresBindable {}
extension A4PArea: PostgresBindable {}
extension ActionStatus: PostgresBindable {}
extension ActionPriority: PostgresBindable {}
extension UptakeStatus: PostgresBindable {}
extension PositionTopic: PostgresBindable {}
extension PositionKind: PostgresBindable {}
