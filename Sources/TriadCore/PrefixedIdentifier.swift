import Foundation

/// A short record number shown with a letter prefix (`M-12`, `A-57`).
public protocol PrefixedIdentifier: Hashable, Comparable, Sendable, CustomStringConvertible, TextCodable {
    /// The letter before the dash.
    static var prefix: String { get }
    /// What the identifier names, for error messages ("meeting").
    static var noun: String { get }
    /// The number.
    var rawValue: Int64 { get }
    /// Wraps a number.
    init(rawValue: Int64)
}

extension PrefixedIdentifier {
    /// Reads `M-12`, `m-12` or `12`.
    public init(parsing input: String) throws(DomainError) {
        var text = Substring(input.trimmingCharacters(in: .whitespaces).uppercased())
        if text.hasPrefix(Self.prefix + "-") { text = text.dropFirst(Self.prefix.count + 1) }
        guard !text.isEmpty, text.count <= 18, text.allSatisfy(\.isASCIIDigit), let number = Int64(text), number > 0
        else {
            throw .invalidReference(input, expected: "a \(Self.noun) such as \(Self.prefix)-12 or 12")
        }
        self.init(rawValue: number)
    }

    public var description: String { "\(Self.prefix)-\(rawValue)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(text: String) throws(DomainError) { try self.init(parsing: text) }

    public var text: String { description }
}
