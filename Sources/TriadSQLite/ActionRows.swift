import TriadCore

/// The tables whose rows stand for actions with a status and a due date: the actions themselves, and a
/// mission's action links (schema v0006), which copy both. Their aliases in the store's SQL come from here.
enum ActionRows: String {
    /// `actionItem`.
    case actions = "actionItem"
    /// `missionAction link`.
    case missionLinks = "link"

    /// The condition that a row stands in `status` on the day bound to `:day`; nil is the open ones (open or
    /// in progress). The one spelling in SQL of what open and overdue mean
    /// (``ActionItem/daysOverdue(due:status:asOf:)`` says the same for one action), for lists, counts by status
    /// and counts by owner.
    func condition(_ status: ActionStatusFilter?) -> String {
        let alias = rawValue
        let open = "\(alias).status IN ('open', 'in-progress')"
        return switch status {
        case nil: open
        case .open?: "\(alias).status = 'open'"
        case .inProgress?: "\(alias).status = 'in-progress'"
        case .done?: "\(alias).status = 'done'"
        case .cancelled?: "\(alias).status = 'cancelled'"
        case .overdue?: "\(open) AND \(alias).dueOn < :day"
        case .all?: "1"
        }
    }
}
