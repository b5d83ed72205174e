import TriadCore

/// A party's profile laid out for reading: `triad party show`.
extension PartyProfile {
    /// The document the text format renders.
    public var document: ReportDocument {
        var seats = ListTables.councilSeats(councilSeats)
        seats.emptyText = "No Council seats are recorded for \(party.code)."
        var records = ListTables.contributions(contributions)
        records.emptyText = "No contributions are recorded for \(party.code)."
        var attended = ListTables.meetings(meetings)
        attended.emptyText = "No meetings are recorded with \(party.code)."
        return ReportDocument(
            title: "\(party.code) — \(party.name)", subtitle: "As of \(asOf)",
            facts: [
                ReportFact("Kind", party.kind.rawValue),
                ReportFact("Groups", groups.map(\.rawValue).joined(separator: ", ")),
            ],
            sections: [
                ReportSection("Council seats", [.table(seats)]),
                ReportSection("Contributions", [.table(records)]),
                ReportSection("Meetings attended or invited to", [.table(attended)]),
                ReportSection(
                    "Actions owned",
                    [.table(ActionTable.make(actions, emptyText: "No actions are owned by \(party.code)."))]),
            ])
    }
}
