import Foundation

/// Checks on free text that users type: titles, names, notes.
public enum Text {
    /// The text trimmed of surrounding white space, refused when empty or holding a NUL.
    public static func required(_ text: String, field: String) throws(DomainError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .emptyText(field: field) }
        guard !trimmed.unicodeScalars.contains("\0") else { throw .textHoldsNul(field: field) }
        return trimmed
    }

    /// The text trimmed, or nil when absent or blank; refused when it holds a NUL.
    public static func optional(_ text: String?, field: String) throws(DomainError) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try required(text, field: field)
    }
}
