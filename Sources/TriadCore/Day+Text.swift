/// A day prints as `YYYY-MM-DD`, the form every output of triad uses.
extension Day: CustomStringConvertible {
    public var description: String {
        let (year, month, day) = components
        return Day.format(year: year, month: month, day: day)
    }
}

/// A day is encoded as the string `"YYYY-MM-DD"`, as CLI.md asks of JSON.
extension Day: Codable {
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
