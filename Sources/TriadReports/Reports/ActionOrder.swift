import TriadCore

/// The order in which the reports list actions: overdue first, then by due date (undated last) and number.
enum ActionOrder {
    /// Whether `lhs` comes before `rhs`.
    static func precedes(_ lhs: ActionItem, _ rhs: ActionItem) -> Bool {
        if lhs.isOverdue != rhs.isOverdue { return lhs.isOverdue }
        return (lhs.due ?? Day(ordinal: .max), lhs.id) < (rhs.due ?? Day(ordinal: .max), rhs.id)
    }

    /// The actions in that order. The store lists open actions so already; then the list (twenty thousand
    /// actions, in a large follow-up) is neither copied nor moved.
    static func sorted(_ actions: [ActionItem]) -> [ActionItem] {
        let inOrder = !actions.indices.dropFirst().contains { !precedes(actions[$0 - 1], actions[$0]) }
        return inOrder ? actions : actions.sorted(by: precedes)
    }
}
