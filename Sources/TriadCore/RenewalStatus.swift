/// Where the pre-renewal T/PCC consultation of a mandate stands.
public enum RenewalStatus: String, Slug {
    /// A consultation in the window has been held.
    case held
    /// One is scheduled, none held yet.
    case scheduled
    /// None held or scheduled, and the due-by day has passed.
    case overdue
    /// None yet, the window is open, not late.
    case due
    /// None yet, and the window has not opened: nothing is due yet (a mandate just renewed).
    case upcoming
    /// The mandate is open-ended: there is no renewal to prepare.
    case notApplicable = "not-applicable"

    public static let vocabularyName = "renewal status"
}
