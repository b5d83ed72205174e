/// A timestamp is encoded as its ISO 8601 UTC string.
extension Timestamp: TextCodable {
    public init(text: String) throws(DomainError) { try self.init(iso8601: text) }
    public var text: String { iso8601 }
}
