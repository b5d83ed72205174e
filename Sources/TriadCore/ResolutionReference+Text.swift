/// A resolution prints in its short form, `2800 (2025)`.
extension ResolutionReference: CustomStringConvertible {
    public var description: String { "\(number) (\(year))" }

    /// The full symbol, `S/RES/2800 (2025)`.
    public var symbol: String { "S/RES/\(description)" }
}

/// A resolution is encoded as its short form, `"2800 (2025)"`.
extension ResolutionReference: TextCodable {
    public init(text: String) throws(DomainError) { try self.init(parsing: text) }
    public var text: String { description }
}
