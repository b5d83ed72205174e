import Foundation
import TriadCore
import TriadReports

/// How an action item reads on the terminal.
enum ActionText {
    static func detail(_ item: ActionItem) -> String {
        var block = KeyValueBlock()
        block.add("Action", "\(item.id) — \(item.title)")
        block.add(
            "Owner", "\(item.owner) (\(item.ownerName)); \(item.ownerGroups.map(\.rawValue).joined(separator: ", "))")
        block.add("Assignee", item.assignee)
        block.add("Status", item.status.rawValue + (item.daysOverdue.map { ", overdue by \($0) days" } ?? ""))
        block.add("Due", item.due?.description)
        block.add("Priority", item.priority.rawValue)
        block.add("Meeting", item.meeting?.description)
        block.add("Mission", item.mission)
        block.add("A4P", item.a4p.map(\.rawValue).joined(separator: ", "))
        block.add("Details", item.details)
        block.add("Created", item.createdAt.iso8601)
        block.add("Closed", item.closedAt?.iso8601)
        var text = block.rendered()
        if !item.notes.isEmpty {
            text += "\nNotes\n"
            for note in item.notes {
                text +=
                    "\(note.at.iso8601.prefix(16).replacingOccurrences(of: "T", with: " ")) \(note.actor): \(note.text)\n"
            }
        }
        return text
    }
}
