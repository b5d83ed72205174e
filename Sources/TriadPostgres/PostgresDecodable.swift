import TriadCore

/// A value read from the text PostgreSQL writes for a column; NULL is read only into an optional.
protocol PostgresDecodable {
    static func decode(_ text: String?, column: String) throws -> Self
}

/// A value that is never NULL, read from its text.
protocol PostgresTextDecodable: PostgresDecodable {
    init?(postgresText: String)
}

extension PostgresTextDecodable {
    static func decode(_ text: String?, column: String) throws -> Self {
        guard let text else { throw PostgresDecodingError(column: column, text: nil) }
        guard let value = Self(postgresText: text) else { throw PostgresDecodingError(column: column, text: text) }
        return value
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    static func decode(_ text: String?, column: String) throws -> Wrapped? {
        guard let text else { return nil }
        return try Wrapped.decode(text, column: column)
    }
}

extension String: PostgresTextDecodable {
    init?(postgresText: String) { self = postgresText }
}

extension Int: PostgresTextDecodable {
    init?(postgresText: String) { self.init(postgresText) }
}

extension Int64: PostgresTextDecodable {
    init?(postgresText: String) { self.init(postgresText) }
}

extension Bool: PostgresTextDecodable {
    init?(postgresText: String) {
        switch postgresText {
        case "t", "true", "1": self = true
        case "f", "false", "0": self = false
        default: return nil
        }
    }
}

extension Day: PostgresTextDecodable {
    init?(postgresText: String) {
        guard let day = try? Day(parsing: postgresText) else { return nil }
        self = day
    }
}

extension Timestamp: PostgresTextDecodable {
    init?(postgresText: String) {
        guard let instant = try? Timestamp(iso8601: postgresText) else { return nil }
        self = instant
    }
}

/// Slugs are read from their raw text.
extension PostgresTextDecodable where Self: Slug {
    init?(postgresText: String) { self.init(rawValue: postgresText) }
}

extension PartyKind: PostgresTextDecodable {}
extension MeetingKind: PostgresTextDecodable {}
extension MissionType: PostgresTextDecodable {}
extension Classification: PostgresTextDecodable {}
extension MeetingStatus: PostgresTextDecodable {}
extension MeetingMode: PostgresTextDecodable {}
extension A4PArea: PostgresTextDecodable {}
extension ActionStatus: PostgresTextDecodable {}
extension ActionPriority: PostgresTextDecodable {}
extension UptakeStatus: PostgresTextDecodable {}
extension PositionTopic: PostgresTextDecodable {}
extension PositionKind: PostgresTextDecodable {}
