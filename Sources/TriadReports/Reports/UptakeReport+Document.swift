import TriadCore

extension UptakeReport {
    /// The document every format but JSON renders; its CSV table `positions` has one row per position.
    public func document(positions: [Position]) -> ReportDocument {
        let counts = { (counts: UptakeCounts) -> [ReportCell] in
            [
                .count(counts.raised), .count(counts.takenUp), .count(counts.partly), .count(counts.notTakenUp),
                .count(counts.overtaken), .count(counts.pending),
            ]
        }
        let countColumns: [ReportColumn] = [
            "Raised", "Taken up", "Partly", "Not taken up", ReportColumn("Overtaken", optional: true), "Pending",
        ]
        let byID = Dictionary(positions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let shares = Dictionary(parties.map { ($0.party, $0.share) }, uniquingKeysWith: { first, _ in first })
        var document = ReportDocument(
            title: "Uptake of positions: \(mission), resolution \(mandate)",
            subtitle: "Adopted \(adopted); positions raised " + (cycleFrom.map { "from \($0)" } ?? "before it"),
            facts: [
                ReportFact(
                    "Positions",
                    "\(summary.raised) raised: \(summary.takenUp) taken up, \(summary.partly) partly, "
                        + "\(summary.notTakenUp) not taken up, \(summary.overtaken) overtaken, \(summary.pending) pending",
                    alert: summary.pending > 0)
            ],
            sections: [
                ReportSection(
                    "By group",
                    [
                        .table(
                            ReportTable(
                                name: "groups", columns: ["Group"] + countColumns,
                                rows: byGroup.rows.filter { $0.counts.raised > 0 }.map { row in
                                    ReportRow([.text(row.group.rawValue)] + counts(row.counts))
                                }, emptyText: "No positions."))
                    ]),
                ReportSection(
                    "By party",
                    [
                        .table(
                            ReportTable(
                                name: "parties",
                                columns: [
                                    "Party", ReportColumn("Name", optional: true), "Groups", "Share",
                                ] + countColumns,
                                rows: parties.map { row in
                                    ReportRow(
                                        [
                                            .text(row.party), .text(row.name),
                                            .text(row.groups.map(\.rawValue).joined(separator: ", ")),
                                            .share(row.share),
                                        ] + counts(row.uptake), alert: row.uptake.pending > 0)
                                }, emptyText: "No positions."))
                    ]),
                ReportSection(
                    "Positions by party and topic",
                    [
                        .table(
                            PositionTable.make(
                                rows.compactMap { byID[$0.id] }, in: mandate, share: shares,
                                emptyText: "No positions are recorded for the cycle before resolution \(mandate)."))
                    ]),
            ])
        document.marking = marking
        document.withheld = withheld.sentence
        return document
    }
}
