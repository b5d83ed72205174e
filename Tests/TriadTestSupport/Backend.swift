import Testing

/// The databases the store's contract and the end-to-end suite run against: every behaviour is a test on
/// each, so that a team on PostgreSQL sees what one officer sees in a SQLite file.
public enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgresql

    public var testDescription: String { rawValue }
}
