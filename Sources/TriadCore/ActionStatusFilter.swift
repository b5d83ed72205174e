/// Which action items a list asks for: a recorded status, the derived `overdue`, or `all`.
public enum ActionStatusFilter: String, Slug {
    case open
    case inProgress = "in-progress"
    case done
    case cancelled
    case overdue
    case all

    public static let vocabularyName = "action status"
}
