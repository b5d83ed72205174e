import Foundation

/// A closed vocabulary whose values are written as slugs on the command line and in JSON.
public protocol Slug: RawRepresentable<String>, CaseIterable, Codable, Hashable, Sendable {
    /// What the vocabulary is called in error messages ("meeting kind", "A4P area").
    static var vocabularyName: String { get }
}

extension Slug {
    /// Reads a slug case-insensitively, or explains which slugs exist.
    public init(slug text: String) throws(DomainError) {
        if let value = Self(rawValue: text) {
            self = value
            return
        }
        let normalized = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let value = Self(rawValue: normalized) {
            self = value
            return
        }
        let known = Self.allCases.map(\.rawValue)
        throw .unknownSlug(
            text, vocabulary: Self.vocabularyName,
            suggestion: Suggestions.closest(to: normalized, among: known),
            known: known)
    }
}

extension Slug {
    /// Decodes a slug from its text, saying which slugs exist when it is none of them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(slug: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }
}
