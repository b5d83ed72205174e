import Foundation

/// The share of women the Uniformed Gender Parity Strategy asks of one category of uniformed personnel in
/// one year, with where the figure comes from. Reference data that users can correct or extend.
public struct ParityTarget: Codable, Hashable, Sendable {
    /// The calendar year the target is set for.
    public var year: Int
    /// The category of personnel.
    public var category: ParityCategory
    /// The target share of women in thousandths (150 is 15%, 65 is 6.5%): the strategy's figures have at most
    /// one decimal place.
    public var perMille: Int
    /// The document the figure is taken from.
    public var source: String

    /// Creates a target, refusing a share outside 0-100% and a year the strategy cannot concern.
    public init(year: Int, category: ParityCategory, perMille: Int, source: String) throws(DomainError) {
        guard (1_948...9_999).contains(year) else { throw .invalidNumber(String(year), field: "year") }
        guard (0...1_000).contains(perMille) else {
            throw .percentOutOfRange(field: "the target share", value: Double(perMille) / 10)
        }
        self.year = year
        self.category = category
        self.perMille = perMille
        self.source = try Text.required(source, field: "source of the target")
    }

    /// The target share of women in per cent.
    public var percent: Double { Double(perMille) / 10 }

    /// Whether `women` among `personnel` falls short of the target; no personnel never falls short.
    public func isMissed(women: Int, of personnel: Int) -> Bool {
        personnel > 0 && women * 1_000 < perMille * personnel
    }

    /// A share written as a percentage with at most one decimal ("15", "6.5", "22%") in thousandths.
    public static func perMille(parsing text: String) throws(DomainError) -> Int {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") { trimmed.removeLast() }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0,
            parts.count == 1 || (parts[1].count == 1 && parts[1].allSatisfy(\.isASCIIDigit))
        else { throw .invalidNumber(text, field: "target share (a percentage such as 15 or 6.5)") }
        let perMille = whole * 10 + (parts.count == 2 ? Int(parts[1])! : 0)
        guard perMille <= 1_000 else {
            throw .percentOutOfRange(field: "the target share", value: Double(perMille) / 10)
        }
        return perMille
    }
}
