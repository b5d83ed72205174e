import Foundation

/// A state, Secretariat entity or organization that takes part in consultations.
public struct Party: Codable, Hashable, Sendable {
    /// The code by which users name it: ISO 3166-1 alpha-3 for states (`RWA`), an acronym otherwise (`DPO`, `AU`).
    public var code: String
    /// The name as the UN writes it.
    public var name: String
    /// What sort of body it is.
    public var kind: PartyKind

    /// Creates a party, normalizing the code to upper case and checking both texts.
    public init(code: String, name: String, kind: PartyKind) throws(DomainError) {
        self.code = try Party.normalizedCode(code)
        self.name = try Text.required(name, field: "party name")
        self.kind = kind
    }

    /// A party code as stored: trimmed, upper case, letters and digits only (2 to 12 of them).
    public static func normalizedCode(_ code: String) throws(DomainError) -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard (2...12).contains(trimmed.count),
            trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isASCIIDigit) })
        else {
            throw .invalidReference(code, expected: "a party code of 2 to 12 letters or digits, such as RWA or DPO")
        }
        return trimmed
    }
}
