import TriadCore

/// The follow-up's counts, gathered a page of open actions at a time: the summary, the groups, the owners,
/// the highest level listed, and what the table of actions must know of its rows before it writes them.
struct FollowUpTally {
    private let asOf: Day
    private let soonLimit: Day
    private(set) var summary: FollowUpReport.Summary
    private(set) var byGroup = GroupTally([])
    private var owners: [String: FollowUpReport.Owner] = [:]
    /// The highest level of the actions and notes counted.
    private(set) var highestLevel: Classification?
    private(set) var table = ReportTableProfile(columns: ActionTable.columns)
    /// The last action counted, to hold the pages to the report's order.
    private var last: ActionItem?

    /// A tally of no actions yet, as of `asOf`, counting as due soon what falls due within `dueWithin` days.
    init(asOf: Day, dueWithin: Int, doneRecently: Int) {
        self.asOf = asOf
        soonLimit = asOf.adding(days: dueWithin)
        summary = FollowUpReport.Summary(open: 0, inProgress: 0, overdue: 0, dueSoon: 0, doneRecently: doneRecently)
    }

    /// Counts a page of open actions (closed ones are passed over), in the report's order
    /// (``ActionOrder``), which the pages that come after keep.
    mutating func add(_ page: [ActionItem]) {
        let items = page.filter { !$0.status.isClosed }
        if let first = items.first, let last {
            precondition(!ActionOrder.precedes(first, last), "the pages of a follow-up came out of order")
        }
        last = items.last ?? last
        for item in items {
            if item.status == .open { summary.open += 1 }
            if item.status == .inProgress { summary.inProgress += 1 }
            let overdue = item.isOverdue
            if overdue {
                summary.overdue += 1
            } else if let due = item.due, due >= asOf && due <= soonLimit {
                summary.dueSoon += 1
            }
            let age = max(0, asOf.days(since: item.createdAt.utcDay))
            owners[
                item.owner,
                default: FollowUpReport.Owner(
                    party: item.owner, name: item.ownerName, groups: item.ownerGroups, open: 0, overdue: 0,
                    oldestOpenDays: 0)
            ].count(overdue: overdue, age: age)
            highestLevel = max(
                highestLevel ?? .unclassified, item.classification.level,
                item.notes.map(\.classification.level).max() ?? .unclassified)
        }
        byGroup.add(items)
        table.add(ActionTable.rows(items))
    }

    /// The owners, those with most overdue first, then most open, then by code.
    var byOwner: [FollowUpReport.Owner] {
        owners.values.sorted { ($1.overdue, $1.open, $0.party) < ($0.overdue, $0.open, $1.party) }
    }
}
