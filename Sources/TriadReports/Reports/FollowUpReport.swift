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
    public var marking: Classification? {
        Classification.marking(
            of: items.map(\.classification.level) + items.flatMap { $0.notes.map(\.classification.level) })
    }

    /// Builds the report from the open and in-progress actions matching the filters and the number
    /// of those done in the last ``recentDays`` days.
    public init(openActions: [ActionItem], doneRecently: Int, filters: Filters, asOf: Day) {
        self.asOf = asOf
        self.filters = filters
        var items = openActions
        if items.contains(where: \.status.isClosed) { items.removeAll(where: \.status.isClosed) }
        items = ActionOrder.sorted(items)
        self.items = items
        let soonLimit = asOf.adding(days: filters.dueWithin)
        summary = Summary(
            open: items.count(where: { $0.status == .open }),
            inProgress: items.count(where: { $0.status == .inProgress }),
            overdue: items.count(where: \.isOverdue),
            dueSoon: items.count(where: { item in
                guard let due = item.due, !item.isOverdue else { return false }
                return due >= asOf && due <= soonLimit
            }),
            doneRecently: doneRecently)
        byGroup = GroupTally(items)
        // One pass, one entry per owner.
        var owners: [String: Owner] = [:]
        for item in items {
            let age = max(0, asOf.days(since: item.createdAt.utcDay))
            let overdue = item.isOverdue
            func count(_ owner: inout Owner) {
                owner.open += 1
                if overdue { owner.overdue += 1 }
                owner.oldestOpenDays = max(owner.oldestOpenDays, age)
            }
            count(
                &owners[
                    item.owner,
                    default: Owner(
                        party: item.owner, name: item.ownerName, groups: item.ownerGroups, open: 0, overdue: 0,
                        oldestOpenDays: 0)])
        }
        byOwner = owners.values.sorted { ($1.overdue, $1.open, $0.party) < ($0.overdue, $0.open, $1.party) }
    }
}

extension FollowUpReport: ListingReport {
    public static var listing: WritableKeyPath<FollowUpReport, [ActionItem]> { \.items }
    public static var listingKey: String { "items" }
}
