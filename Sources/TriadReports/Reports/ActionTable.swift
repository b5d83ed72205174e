import TriadCore

/// The table of action items that several reports print.
enum ActionTable {
    static func make(_ items: [ActionItem], emptyText: String = "No open action items.") -> ReportTable {
        ReportTable(
            name: "actions",
            columns: ["Id", "Owner", "Groups", "Due", "Status", "Priority", "Title"],
            rows: items.map { item in
                ReportRow(
                    [
                        .text(item.id.description), .text(item.owner),
                        .text(item.ownerGroups.map(\.rawValue).joined(separator: ", ")), .day(item.due),
                        .text(item.daysOverdue.map { "overdue \($0)d" } ?? item.status.rawValue),
                        .text(item.priority.rawValue), .text(item.title),
                    ], alert: item.isOverdue)
            }, emptyText: emptyText)
    }
}
