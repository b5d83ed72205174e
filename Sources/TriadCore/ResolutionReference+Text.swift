/// A resolution prints in its short form, `2800 (2025)`.
extension ResolutionReference: CustomStringConvertible {
    public var description: String { "\(number) (\(year))" }

    /// The full symbol, `S/RES/2800 (2025)`.
    public var symbol: String { "S/RES/\(description)" }
}

/// A resolution is encoded as its short form, `"2800 (2025)"`.
extension ResolutionReference: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
