/// How urgent an action item is.
public enum ActionPriority: String, Slug, Comparable {
    case low
    case normal
    case high
    case urgent

    public static let vocabularyName = "priority"

    public static func < (lhs: ActionPriority, rhs: ActionPriority) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
