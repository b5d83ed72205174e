import TriadCore

/// How many actions, and notes on them, a reading listed.
struct ListedActions {
    var actions = 0
    var notes = 0

    /// Counts a page of actions and their notes.
    mutating func add(_ page: [ActionItem]) {
        actions += page.count
        notes += page.reduce(0) { $0 + $1.notes.count }
    }
}
