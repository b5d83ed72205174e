/// A meeting's start is encoded as its ISO 8601 text: `2025-11-06` or `2025-11-06T10:00:00-05:00`.
extension MeetingStart: TextCodable {
    public init(text: String) throws(DomainError) { try self.init(iso8601: text) }
    public var text: String { iso8601 }
}
