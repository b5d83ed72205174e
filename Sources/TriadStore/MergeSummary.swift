/// What importing a bundle did: records added, records taken from the bundle because they were edited
/// there more recently, records kept because ours were newer, and each record that differed in a sentence.
public struct MergeSummary: Codable, Equatable, Sendable {
    /// Whether the bundle went into an empty database, journal and all.
    public var restored = false
    public var added = 0
    public var updated = 0
    public var kept = 0
    public var unchanged = 0
    public var journalCommands = 0
    /// One sentence per record that differs between the two databases: which version won, and the edit times.
    public var conflicts: [String] = []

    /// An empty summary.
    public init() {}
}
