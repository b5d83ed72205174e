import TriadCore

/// The table of action items, wherever actions are listed: reports, `action list`, the shows. A page shows
/// the columns a reader scans (the status says how late); a spreadsheet gets every field, the recorded
/// status and how late apart, dates in ISO form so that they sort.
public enum ActionTable {
    /// The actions, one per row; overdue rows call for attention.
    public static func make(_ items: [ActionItem], emptyText: String = "No open action items.") -> ReportTable {
        ReportTable(name: "actions", columns: columns, rows: rows(items), emptyText: emptyText)
    }

    /// The table's columns.
    static let columns: [ReportColumn] = [
        "Id", "Owner", ReportColumn("Owner name", .spreadsheet), "Groups", ReportColumn("Assignee", .spreadsheet),
        ReportColumn("Meeting", .spreadsheet), ReportColumn("Mission", .spreadsheet), "Due",
        ReportColumn("Status", .page), ReportColumn("Status", .spreadsheet), ReportColumn("Overdue", .spreadsheet),
        ReportColumn("Days overdue", .spreadsheet), "Priority", ReportColumn("A4P", .spreadsheet),
        ReportColumn("Created", .spreadsheet), ReportColumn("Closed", .spreadsheet),
        ReportColumn("Notes", .spreadsheet), ReportColumn("Details", .spreadsheet), "Title",
    ]

    /// The actions' rows, one per action; overdue rows call for attention.
    public static func rows(_ items: [ActionItem]) -> [ReportRow] {
        items.map { item in
            ReportRow(
                [
                    .text(item.id.description), .text(item.owner), .text(item.ownerName),
                    .text(item.ownerGroups.map(\.rawValue).joined(separator: ", ")), .text(item.assignee),
                    .text(item.meeting?.description), .text(item.mission), .day(item.due),
                    .text(item.daysOverdue.map { "overdue \($0)d" } ?? item.status.rawValue),
                    .text(item.status.rawValue), .flag(item.isOverdue), .count(item.daysOverdue),
                    .text(item.priority.rawValue), .text(item.a4p.map(\.rawValue).joined(separator: ", ")),
                    .day(item.createdAt.utcDay), .day(item.closedAt?.utcDay), .count(item.notes.count),
                    .text(item.details), .text(item.title),
                ], alert: item.isOverdue)
        }
    }
}
