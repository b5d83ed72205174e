/// A value written in JSON as the same text a user types and triad prints: `"2025-11-13"`,
/// `"2800 (2025)"`, `"M-12"`.
public protocol TextCodable: Codable {
    /// Reads the text form, explaining what is wrong with a malformed one.
    init(text: String) throws(DomainError)
    /// The text form.
    var text: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
