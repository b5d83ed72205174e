import TriadCore

/// The tables whose rows stand for actions with a status and a due date: the actions themselves, and a
/// mission's action links (`missionAction`), which copy both. Their aliases in the backends' SQL come from
/// here.
public enum ActionRows: String, Sendable {
    /// `actionItem`.
    case actions = "actionItem"
    /// `missionAction link`.
    case missionLinks = "link"

    /// The condition that a row stands in `status` on the day bound to the parameter `day` (`:day` in
    /// SQLite, `$2` in PostgreSQL); nil is the open ones (open or in progress). The one spelling in SQL, for
    /// both backends, of what open and overdue mean (``ActionItem/daysOverdue(due:status:asOf:)`` says the
    /// same for one action), for lists, counts by status and counts by owner.
    public func condition(_ status: ActionStatusFilter?, day: String = ":day") -> String {
        let alias = rawValue
        let open = "\(alias).status IN ('open', 'in-progress')"
        return switch status {
        case nil: open
        case .open?: "\(alias).status = 'open'"
        case .inProgress?: "\(alias).status = 'in-progress'"
        case .done?: "\(alias).status = 'done'"
        case .cancelled?: "\(alias).status = 'cancelled'"
        case .overdue?: "\(open) AND \(alias).dueOn < \(day)"
        case .all?: "true"
        }
    }
}
