import TriadCore

/// The table of positions, wherever positions are listed: `position list`, a meeting's minutes, the mandate
/// review and `report uptake`. A page shows what a reader scans (the text wraps); a spreadsheet gets every field.
public enum PositionTable {
    /// The positions, one per row, with their uptake in `mandate` (pending when none is recorded against it), or
    /// their recorded uptake whatever its mandate when `mandate` is nil.
    public static func make(
        _ positions: [Position], in mandate: ResolutionReference? = nil, share: [String: Double] = [:],
        name: String = "positions", emptyText: String = "No positions match."
    ) -> ReportTable {
        ReportTable(
            name: name,
            columns: [
                "Id", ReportColumn("Meeting", optional: true), "Date", "Party",
                ReportColumn("Party name", .spreadsheet), ReportColumn("Groups", optional: true),
                ReportColumn("Share", .spreadsheet), ReportColumn("Kind", optional: true), "Topic",
                ReportColumn("A4P", .spreadsheet),
                ReportColumn("Mandate", .spreadsheet), "Uptake", ReportColumn("Paragraph", optional: true),
                ReportColumn("Uptake note", .spreadsheet),
                ReportColumn("Classification", .spreadsheet), "Text",
            ],
            rows: positions.map { position in
                let uptake = mandate.map { position.uptake(in: $0) } ?? position.uptake
                return ReportRow([
                    .text(position.id.description), .text(position.meeting.description), .day(position.raisedOn),
                    .text(position.party), .text(position.partyName),
                    .text(position.partyGroups.map(\.rawValue).joined(separator: ", ")),
                    share[position.party].map(ReportCell.share) ?? .empty, .text(position.kind.rawValue),
                    .text(position.topic.rawValue), .text(position.a4p.map(\.rawValue).joined(separator: ", ")),
                    .text(uptake?.mandate.description), .text(uptake?.status.rawValue ?? "pending"),
                    .text(uptake?.paragraph), .text(uptake?.note), .text(position.classification.rawValue),
                    .text(position.text),
                ])
            }, emptyText: emptyText)
    }
}
