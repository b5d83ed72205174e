/// An item of a bulleted list.
public struct ReportListItem: Sendable, Equatable {
    public var text: String
    /// Whether the item calls for attention.
    public var isAlert: Bool

    /// Creates an item.
    public init(_ text: String, alert: Bool = false) {
        self.text = text
        self.isAlert = alert
    }
}
