import TriadCore

/// What is owed, by whom: open and in-progress actions with their owners and groups (REPORTS.md).
public struct FollowUpReport: Encodable, Sendable {
    public struct Filters: Encodable, Sendable {
        @Nullable public var owner: String?
        @Nullable public var group: StakeholderGroup?
        @Nullable public var mission: String?
        public var dueWithin: Int

        /// Creates the filters the report was asked with.
        public init(owner: String?, group: StakeholderGroup?, mission: String?, dueWithin: Int) {
            self.owner = owner
            self.group = group
            self.mission = mission
            self.dueWithin = dueWithin
        }
    }

    public struct Summary: Encodable, Sendable {
        public var open: Int
        public var inProgress: Int
        public var overdue: Int
        public var dueSoon: Int
        public var doneRecently: Int
    }

    public struct Owner: Encodable, Sendable {
        public var party: String
        public var name: String
        public var groups: [StakeholderGroup]
        public var open: Int
        public var overdue: Int
        public var oldestOpenDays: Int

        /// Counts one more open action of the owner, `age` days old.
        mutating func count(overdue: Bool, age: Int) {
            open += 1
            if overdue { self.overdue += 1 }
            oldestOpenDays = max(oldestOpenDays, age)
        }
    }

    /// Days back that count as "done recently".
    public static let recentDays = 30

    public var report = "follow-up"
    public var asOf: Day
    public var filters: Filters
    public var summary: Summary
    public var byGroup: GroupTally
    public var byOwner: [Owner]
    public var items: [ActionItem]
    /// What a reading up to a level left out of the report.
    public var withheld = Withheld.none

    /// The highest level of the actions and notes the report lists.
    public private(set) var marking: Classification?
    /// Set when ``items`` is left empty and the actions are written as they are read (a second reading in the
    /// same order): what the table of actions must know of them beforehand.
    public private(set) var streamedItems: ReportTableProfile?

    private enum CodingKeys: String, CodingKey {
        case report, asOf, filters, summary, byGroup, byOwner, items, withheld
    }

    /// Builds the report from the open and in-progress actions matching the filters and the number
    /// of those done in the last ``recentDays`` days.
    public init(openActions: [ActionItem], doneRecently: Int, filters: Filters, asOf: Day) {
        let items = ActionOrder.sorted(openActions.filter { !$0.status.isClosed })
        var tally = FollowUpTally(asOf: asOf, dueWithin: filters.dueWithin, doneRecently: doneRecently)
        tally.add(items)
        self.init(tally, filters: filters, asOf: asOf)
        self.items = items
    }

    /// Builds the report from the open and in-progress actions matching the filters, read a page at a time
    /// in the report's order (``ActionOrder``, as the store lists them), leaving ``items`` empty: they are
    /// to be read again, in the same order, as the report is written (``streamedItems``).
    public init(
        doneRecently: Int, filters: Filters, asOf: Day,
        pages: (_ body: ([ActionItem]) throws -> Void) throws -> Void
    ) rethrows {
        var tally = FollowUpTally(asOf: asOf, dueWithin: filters.dueWithin, doneRecently: doneRecently)
        try pages { page in tally.add(page) }
        self.init(tally, filters: filters, asOf: asOf)
        streamedItems = tally.table
    }

    private init(_ tally: FollowUpTally, filters: Filters, asOf: Day) {
        self.asOf = asOf
        self.filters = filters
        summary = tally.summary
        byGroup = tally.byGroup
        byOwner = tally.byOwner
        items = []
        marking = Classification.marking(of: tally.highestLevel.map { [$0] } ?? [])
    }
}

extension FollowUpReport: ListingReport {
    public static var listing: WritableKeyPath<FollowUpReport, [ActionItem]> { \.items }
    public static var listingKey: String { "items" }
}
