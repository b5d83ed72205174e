import Foundation

/// A Security Council resolution by number and year: `2800 (2025)`.
public struct ResolutionReference: Hashable, Comparable, Sendable {
    /// The resolution number.
    public let number: Int
    /// The year of adoption.
    public let year: Int

    /// Creates a reference, refusing numbers and years that cannot be a resolution's.
    public init(number: Int, year: Int) throws(DomainError) {
        guard number > 0, (1946...9999).contains(year) else {
            throw .invalidReference("\(number) (\(year))", expected: "a resolution such as 2800 (2025)")
        }
        self.number = number
        self.year = year
    }

    /// Reads `2800 (2025)`, `2800(2025)`, `S/RES/2800 (2025)` or `S/RES/2800(2025)`.
    public init(parsing input: String) throws(DomainError) {
        let invalid = DomainError.invalidReference(
            input, expected: "a resolution such as 2800 (2025) or S/RES/2800 (2025)")
        var text = Substring(input.trimmingCharacters(in: .whitespaces).uppercased())
        if text.hasPrefix("S/RES/") { text = text.dropFirst(6) }
        guard let open = text.firstIndex(of: "("), text.last == ")" else { throw invalid }
        let numberText = text[..<open].trimmingCharacters(in: .whitespaces)
        let yearText = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard numberText.allSatisfy(\.isASCIIDigit), yearText.allSatisfy(\.isASCIIDigit),
            let number = Int(numberText), let year = Int(yearText)
        else { throw invalid }
        try self.init(number: number, year: year)
    }

    /// Whether `text` looks like a resolution rather than a mission acronym.
    public static func looksLikeResolution(_ text: String) -> Bool {
        text.contains("(") || text.uppercased().hasPrefix("S/RES/")
    }

    public static func < (lhs: ResolutionReference, rhs: ResolutionReference) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}
