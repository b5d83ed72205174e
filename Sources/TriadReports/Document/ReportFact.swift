/// A labelled value in a report's header ("Expires: 2025-11-15 (14 days)").
public struct ReportFact: Sendable, Equatable {
    public var label: String
    public var value: String
    /// Whether the value calls for attention (an overdue consultation).
    public var isAlert: Bool

    /// Creates a fact.
    public init(_ label: String, _ value: String, alert: Bool = false) {
        self.label = label
        self.value = value
        self.isAlert = alert
    }
}
