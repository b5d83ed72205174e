import Foundation

/// JSON as triad writes it: pretty, keys sorted (stable), slashes unescaped, ending with a new line.
public enum ReportJSON {
    /// Encodes a value.
    public static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Writes what ``encode(_:)`` returns, in pieces, encoding the long array at `list` (named `key` in
    /// the JSON) one element at a time: Foundation's encoder holds a tree of the whole value, several
    /// times the size of its text, so a report listing twenty thousand actions would otherwise hold all
    /// of them at once.
    public static func write<Value: Encodable, Element: Encodable>(
        _ value: Value, streaming list: WritableKeyPath<Value, [Element]>, key: String,
        to output: (String) throws -> Void
    ) throws {
        var envelope = value
        let elements = envelope[keyPath: list]
        envelope[keyPath: list] = []
        try write(envelope, streaming: list, key: key, pages: { body in try body(elements) }, to: output)
    }

    /// Writes `value` with its long array at `list` (empty in `value`) filled from `pages`, read a page at a
    /// time: the text ``encode(_:)`` returns for the value holding every element, in pieces.
    public static func write<Value: Encodable, Element: Encodable>(
        _ value: Value, streaming list: WritableKeyPath<Value, [Element]>, key: String,
        pages: (_ body: ([Element]) throws -> Void) throws -> Void, to output: (String) throws -> Void
    ) throws {
        try withoutActuallyEscaping(output) { output in
            var writer = try JSONStreamWriter(document: value, output: output)
            do {
                try writer.open(key)
            } catch is JSONStreamWriter.MissingArray {
                // Not where it can be told apart (nothing is written yet): the whole value at once.
                var whole = value
                try pages { page in whole[keyPath: list] += page }
                return try output(try encode(whole))
            }
            try pages { page in
                for element in page { try writer.append(element) }
            }
            try writer.finish()
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
