import Foundation

/// A document given as a bundle that is not one.
public enum BundleReadingError: Error, Equatable, Sendable {
    /// The document is not JSON, or not a triad bundle; the text says what was found.
    case notABundle(String)
    /// The file cannot be read; the text says why ("no such file").
    case unreadable(String)
    /// A string of the document holds a NUL character (`\u0000`), which no record may hold.
    case holdsNul

    /// What a decoding error says, in a few words: the field at fault and why.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing '\(key.stringValue)'\(place(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong value\(place(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            context.debugDescription
        default:
            "unreadable JSON"
        }
    }

    /// A decoding error inside record `index` of `list` (its JSON `record`), naming the record by what a user
    /// knows it by (its title, acronym or code) and the value at fault (under `within`, a path inside the record
    /// where the error's own path starts): "meeting 3 of the bundle ('Outreach'), kind: no meeting kind 'bogus';
    /// use one of: …".
    static func describe(
        _ error: DecodingError, list: String, index: Int, record: Data, within: String = ""
    ) -> String {
        let context: DecodingError.Context
        switch error {
        case .keyNotFound(_, let found), .typeMismatch(_, let found), .valueNotFound(_, let found),
            .dataCorrupted(let found):
            context = found
        @unknown default:
            return describe(error as any Error)
        }
        guard let noun = recordNouns[list] else { return "its \(describe(error as any Error))" }
        let object = try? JSONSerialization.jsonObject(with: record) as? [String: Any]
        let name = ["title", "acronym", "code", "party", "uuid"].lazy.compactMap { object?[$0] as? String }.first
        let field =
            within + context.codingPath.map { $0.intValue.map { "[\($0 + 1)]" } ?? ".\($0.stringValue)" }.joined()
        let fieldText = field.isEmpty ? "" : " \(field.hasPrefix(".") ? String(field.dropFirst()) : field):"
        let reason: String
        switch error {
        case .dataCorrupted(let context):
            reason = String(context.debugDescription.dropLast(context.debugDescription.hasSuffix(".") ? 1 : 0))
        case .keyNotFound(let key, _): reason = "'\(key.stringValue)' is missing"
        default: reason = "a value of the wrong type"
        }
        return "\(noun) \(index + 1) of the bundle\(name.map { " ('\($0)')" } ?? ""),\(fieldText) \(reason)"
    }

    private static let recordNouns = [
        "parties": "party", "councilSeats": "Council seat", "missions": "mission", "mandates": "mandate",
        "contributions": "contribution", "meetings": "meeting", "actions": "action", "journal": "journal command",
    ]

    private static func place(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "" : " at " + path.map(\.stringValue).joined(separator: ".")
    }
}
