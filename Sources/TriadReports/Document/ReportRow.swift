/// A row of a report table.
public struct ReportRow: Sendable {
    public var cells: [ReportCell]
    /// Whether the row calls for attention (an overdue action).
    public var isAlert: Bool

    /// Creates a row.
    public init(_ cells: [ReportCell], alert: Bool = false) {
        self.cells = cells
        self.isAlert = alert
    }
}
