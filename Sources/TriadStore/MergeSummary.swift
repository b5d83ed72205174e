import TriadCore

/// What importing a bundle did (or, in a dry run, would do): records added, records taken from the bundle
/// because they were edited there more recently, records kept because ours were newer, records refused because
/// the bundle's version would lower their classification, each of those in a sentence, and what arrives at
/// which level.
public struct MergeSummary: Codable, Equatable, Sendable {
    /// Whether nothing was written: what the import would do.
    public var dryRun = false
    /// Whether the bundle went into an empty database, journal and all.
    public var restored = false
    public var added = 0
    public var updated = 0
    public var kept = 0
    public var unchanged = 0
    public var journalCommands = 0
    /// One sentence per record that differs between the two databases: which version won, and the edit times.
    public var conflicts: [String] = []
    /// One sentence per record the bundle holds at a lower level than ours: refused, ours kept, and not
    /// counted among the conflicts.
    public var refused: [String] = []
    /// The meetings, agenda items, actions and notes added or taken from the bundle, by level, lowest first.
    public var arriving: [ArrivingRecords] = Classification.allCases.map { ArrivingRecords(classification: $0) }

    /// An empty summary.
    public init() {}
}
