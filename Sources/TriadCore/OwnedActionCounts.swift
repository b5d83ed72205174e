/// How many actions a party owns that are open (or in progress), and how many of those are overdue.
public struct OwnedActionCounts: Hashable, Sendable, Codable {
    public var open: Int
    public var overdue: Int

    /// Creates counts.
    public init(open: Int = 0, overdue: Int = 0) {
        self.open = open
        self.overdue = overdue
    }
}
