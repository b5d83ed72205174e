import TriadCore

/// The follow-up report laid out for reading.
extension FollowUpReport {
    /// The document every format but JSON renders.
    public var document: ReportDocument {
        var scope: [String] = []
        if let owner = filters.owner { scope.append("owner \(owner)") }
        if let group = filters.group { scope.append("group \(group.rawValue)") }
        if let mission = filters.mission { scope.append("mission \(mission)") }
        let facts = [
            ReportFact("Scope", scope.isEmpty ? "all action items" : scope.joined(separator: ", ")),
            ReportFact("Open", "\(summary.open) open, \(summary.inProgress) in progress"),
            ReportFact("Overdue", "\(summary.overdue)", alert: summary.overdue > 0),
            ReportFact("Due soon", "\(summary.dueSoon) within \(filters.dueWithin) days"),
            ReportFact("Done recently", "\(summary.doneRecently) in the last \(FollowUpReport.recentDays) days"),
        ]
        let groups = ReportTable(
            name: "groups", columns: ["Group", "Open", "Overdue"],
            rows: StakeholderGroup.allCases.map { group in
                ReportRow(
                    [.text(group.rawValue), .count(byGroup[group].open), .count(byGroup[group].overdue)],
                    alert: byGroup[group].overdue > 0)
            })
        let owners = ReportTable(
            name: "owners", columns: ["Party", "Name", "Groups", "Open", "Overdue", "Oldest open (days)"],
            rows: byOwner.map { owner in
                ReportRow(
                    [
                        .text(owner.party), .text(owner.name),
                        .text(owner.groups.map(\.rawValue).joined(separator: ", ")),
                        .count(owner.open), .count(owner.overdue), .count(owner.oldestOpenDays),
                    ], alert: owner.overdue > 0)
            }, emptyText: "Nobody owes anything.")
        var document = ReportDocument(
            title: "Follow-up of action items", subtitle: "As of \(asOf)", facts: facts,
            sections: [
                ReportSection("By stakeholder group", [.table(groups)]),
                ReportSection("By owner", [.table(owners)]),
                ReportSection("Open action items, overdue first", [.table(actionTable)]),
            ])
        document.marking = marking
        document.withheld = withheld.sentence
        return document
    }

    /// The table of open actions: its rows, or, when they are written as they are read, what is known of them.
    private var actionTable: ReportTable {
        var table = ActionTable.make(items)
        table.streamed = streamedItems
        return table
    }
}
