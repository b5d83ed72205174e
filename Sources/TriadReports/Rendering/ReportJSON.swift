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
        let text = try encode(envelope)
        // The empty array as the encoder wrote it: `"key" : [` at the start of a line, then `]`.
        func lineStart(_ index: String.Index) -> String.Index {
            text[..<index].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        }
        let starts = text.ranges(of: "\"\(key)\" : [").filter { range in
            text[lineStart(range.lowerBound)..<range.lowerBound].allSatisfy { $0 == " " }
        }
        guard !elements.isEmpty, starts.count == 1, let start = starts.first,
            let close = text[start.upperBound...].firstIndex(of: "]"),
            text[start.upperBound..<close].allSatisfy(\.isWhitespace)
        else {
            try output(elements.isEmpty ? text : try encode(value))
            return
        }
        let indent = String(
            repeating: " ", count: text.distance(from: lineStart(start.lowerBound), to: start.lowerBound))
        try output(String(text[..<start.upperBound]) + "\n")
        let elementEncoder = encoder
        var piece = ""
        for (index, element) in elements.enumerated() {
            let json = String(decoding: try elementEncoder.encode(element), as: UTF8.self)
            for line in json.split(separator: "\n", omittingEmptySubsequences: false) {
                // The encoder leaves the blank line inside an empty array unindented.
                piece += line.isEmpty ? "\n" : indent + "  " + line + "\n"
            }
            if index < elements.count - 1 { piece.insert(",", at: piece.index(before: piece.endIndex)) }
            if piece.utf8.count >= 1 << 16 {
                try output(piece)
                piece = ""
            }
        }
        let rest = text[close...]
        try output(piece + indent + rest)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
