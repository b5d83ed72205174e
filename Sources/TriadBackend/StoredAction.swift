import TriadCore
import TriadStore

/// An action item's row as a backend reads and writes it: the fields the rules of a change act on, so that
/// both backends change an action by the same rules.
public protocol StoredAction {
    var ownerPartyId: Int64 { get set }
    var assignee: String? { get set }
    var dueOn: Day? { get set }
    var priority: ActionPriority { get set }
    var status: ActionStatus { get set }
    var closedAt: Timestamp? { get set }
}

extension StoredAction {
    /// Applies an update's fields (its areas and note aside); `owner` is the new owner's id, looked up by the
    /// backend. A status the action already has is no change; any other goes through the status rules.
    public mutating func apply(_ update: ActionUpdate, owner: Int64?, action: ActionID) throws {
        if let status = update.status, status != self.status {
            self.status = try self.status.transition(to: status, action: action.description)
        }
        if let due = update.due { dueOn = due }
        if let owner { ownerPartyId = owner }
        if let assignee = update.assignee { self.assignee = assignee }
        if let priority = update.priority { self.priority = priority }
    }

    /// Moves the action to `status` by the status rules; closing it stamps `now`, reopening clears that.
    public mutating func change(to status: ActionStatus, at now: Timestamp, action: ActionID) throws {
        self.status = try self.status.transition(to: status, action: action.description)
        closedAt = status.isClosed ? now : nil
    }
}
