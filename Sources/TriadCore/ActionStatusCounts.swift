/// How many actions stand in each recorded status, and how many of them are overdue.
public struct ActionStatusCounts: Hashable, Sendable, Codable {
    public var open: Int
    public var inProgress: Int
    public var overdue: Int
    public var done: Int
    public var cancelled: Int

    /// Creates counts.
    public init(open: Int = 0, inProgress: Int = 0, overdue: Int = 0, done: Int = 0, cancelled: Int = 0) {
        self.open = open
        self.inProgress = inProgress
        self.overdue = overdue
        self.done = done
        self.cancelled = cancelled
    }

    /// Every action counted, whatever its status (overdue ones are among the open and in progress).
    public var total: Int { open + inProgress + done + cancelled }
}
