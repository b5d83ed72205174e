import TriadCore

/// The tables `action list` and `meeting list` write as CSV for a spreadsheet: one row per record, every
/// field in its own column, dates in ISO form so that they sort.
public enum ListTables {
    /// Action items, one per row.
    public static func actions(_ items: [ActionItem]) -> ReportTable {
        ReportTable(
            name: "actions",
            columns: [
                "Id", "Title", "Owner", "Owner name", "Owner groups", "Assignee", "Meeting", "Mission", "Due",
                "Priority", "Status", "Overdue", "Days overdue", "A4P", "Created", "Closed", "Notes", "Details",
            ],
            rows: items.map { item in
                ReportRow([
                    .text(item.id.description), .text(item.title), .text(item.owner), .text(item.ownerName),
                    .text(item.ownerGroups.map(\.rawValue).joined(separator: ", ")), .text(item.assignee),
                    .text(item.meeting?.description), .text(item.mission), .day(item.due),
                    .text(item.priority.rawValue),
                    .text(item.status.rawValue), .flag(item.isOverdue), .count(item.daysOverdue),
                    .text(item.a4p.map(\.rawValue).joined(separator: ", ")), .day(item.createdAt.utcDay),
                    .day(item.closedAt?.utcDay), .count(item.notes.count), .text(item.details),
                ])
            })
    }

    /// Meetings, one per row.
    public static func meetings(_ meetings: [Meeting]) -> ReportTable {
        ReportTable(
            name: "meetings",
            columns: [
                "Id", "Date", "Time", "Kind", "Status", "Missions", "Title", "Chair", "Location", "Mode", "A4P",
                "Mandate",
            ],
            rows: meetings.map { meeting in
                ReportRow([
                    .text(meeting.id.description), .day(meeting.start.day), .text(meeting.start.time?.description),
                    .text(meeting.kind.rawValue), .text(meeting.status.rawValue),
                    .text(meeting.missions.joined(separator: ", ")), .text(meeting.title), .text(meeting.chair),
                    .text(meeting.location), .text(meeting.mode?.rawValue),
                    .text(meeting.a4p.map(\.rawValue).joined(separator: ", ")), .text(meeting.mandate?.description),
                ])
            })
    }
}
