import TriadCore
import TriadStore

/// How many actions, and notes on them, a reading listed.
struct ListedActions {
    var actions = 0
    var notes = 0

    /// The actions matching `filter` on `day`, and their notes, counted a page at a time.
    init(_ filter: ActionFilter, asOf day: Day, in reader: any RecordReading) throws {
        var pages = try RecordPages(actions: filter, asOf: day, in: reader)
        try pages.forEach { add($0) }
    }

    /// No actions yet.
    init() {}

    /// Counts a page of actions and their notes.
    mutating func add(_ page: [ActionItem]) {
        actions += page.count
        notes += page.reduce(0) { $0 + $1.notes.count }
    }
}
