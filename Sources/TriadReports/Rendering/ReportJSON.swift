import Foundation

/// JSON as triad writes it: pretty, keys sorted (stable), slashes unescaped, ending with a new line.
public enum ReportJSON {
    /// Encodes a value.
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
