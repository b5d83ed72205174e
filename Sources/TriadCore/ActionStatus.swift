/// The recorded status of an action item. "Overdue" is not a status: it is derived
/// from the due date and the as-of day.
public enum ActionStatus: String, Slug {
    case open
    case inProgress = "in-progress"
    case done
    case cancelled

    public static let vocabularyName = "action status"

    /// Whether the action is finished, one way or the other.
    public var isClosed: Bool { self == .done || self == .cancelled }

    /// Whether an action in this status may move to `next`.
    ///
    /// Open and in-progress actions move freely between each other and may be done
    /// or cancelled; a closed action can only be reopened.
    public func canBecome(_ next: ActionStatus) -> Bool {
        switch (self, next) {
        case (.open, .inProgress), (.inProgress, .open): true
        case (.open, .done), (.open, .cancelled), (.inProgress, .done), (.inProgress, .cancelled): true
        case (.done, .open), (.cancelled, .open): true
        default: false
        }
    }

    /// Checks a status change, throwing the error that explains a refused one.
    public func transition(to next: ActionStatus, action: String) throws(DomainError) -> ActionStatus {
        guard canBecome(next) else {
            throw .illegalActionTransition(action: action, from: self, to: next)
        }
        return next
    }

    static func explanation(action: String, from: ActionStatus, to: ActionStatus) -> String {
        switch (from, to) {
        case (.done, .done): "action \(action) is already done."
        case (.cancelled, .cancelled): "action \(action) is already cancelled."
        case (.cancelled, _): "action \(action) was cancelled; reopen it first with 'triad action reopen \(action)'."
        case (.done, _): "action \(action) is done; reopen it first with 'triad action reopen \(action)'."
        case (_, .open) where from == .open: "action \(action) is already open."
        default: "action \(action) is \(from.rawValue) and cannot become \(to.rawValue)."
        }
    }
}
