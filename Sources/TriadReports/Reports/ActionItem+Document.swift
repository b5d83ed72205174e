import TriadCore

/// One action item laid out for reading: `triad action show`.
extension ActionItem {
    /// The document the text format renders, as of the day the action was read on.
    public func document(asOf day: Day) -> ReportDocument {
        var facts = [
            ReportFact(
                "Owner", "\(owner) (\(ownerName)); \(ownerGroups.map(\.rawValue).joined(separator: ", "))"),
            ReportFact(
                "Status", status.rawValue + (daysOverdue.map { ", overdue by \($0) days" } ?? ""), alert: isOverdue),
        ]
        if let assignee { facts.append(ReportFact("Assignee", assignee)) }
        if let due { facts.append(ReportFact("Due", due.description)) }
        facts.append(ReportFact("Priority", priority.rawValue))
        facts.append(
            ReportFact(
                "Classification",
                classification.level.rawValue + (classification.isOwn ? "" : meeting == nil ? "" : " (its meeting's)")))
        if let meeting { facts.append(ReportFact("Meeting", meeting.description)) }
        // The missions it concerns, directly or through its meeting: those the reports count it for.
        if !missions.isEmpty {
            facts.append(ReportFact(missions.count == 1 ? "Mission" : "Missions", missions.joined(separator: ", ")))
        }
        if !a4p.isEmpty { facts.append(ReportFact("A4P", a4p.map(\.rawValue).joined(separator: ", "))) }
        if let details { facts.append(ReportFact("Details", details)) }
        facts.append(ReportFact("Created", createdAt.iso8601))
        if let closedAt { facts.append(ReportFact("Closed", closedAt.iso8601)) }
        let notes: ReportBlock =
            self.notes.isEmpty
            ? .paragraph("No notes.")
            : .list(
                self.notes.map { note in
                    ReportListItem(
                        "\(note.at.iso8601.prefix(16).replacingOccurrences(of: "T", with: " ")) UTC, "
                            + "\(note.actor): \(note.text)")
                })
        return ReportDocument(
            title: "\(id) — \(title)", subtitle: "As of \(day)", facts: facts,
            sections: [ReportSection("Notes", [notes])])
    }
}
