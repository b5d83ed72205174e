import TriadCore

/// A mission's contributors on a day: personnel by type and share, how often each was heard during the
/// mandate, and what each owes (REPORTS.md).
public struct ContributorsReport: Encodable, Sendable {
    /// What the store gathers.
    public struct Facts: Sendable {
        public var mission: Mission
        public var mandate: Mandate?
        public var contributors: [ContributorStanding]
        /// Held meetings concerning the mission in the mandate period, up to the as-of day, attended, by party.
        public var meetingsAttended: [String: Int]
        public var lastConsulted: [String: Day]
        /// Open (open or in progress) and overdue actions linked to the mission, by owner.
        public var actionsOwned: [String: OwnedActionCounts]

        /// Creates the facts.
        public init(
            mission: Mission, mandate: Mandate?, contributors: [ContributorStanding], meetingsAttended: [String: Int],
            lastConsulted: [String: Day], actionsOwned: [String: OwnedActionCounts]
        ) {
            self.mission = mission
            self.mandate = mandate
            self.contributors = contributors
            self.meetingsAttended = meetingsAttended
            self.lastConsulted = lastConsulted
            self.actionsOwned = actionsOwned
        }
    }

    public struct Row: Encodable, Sendable {
        public var party: String
        public var name: String
        public var asOf: Day
        public var troops: Int
        public var staffOfficers: Int
        public var experts: Int
        public var police: Int
        public var formedPolice: Int
        public var personnel: Int
        public var share: Double
        /// The women among the personnel, and of each type.
        public var women: Int
        public var womenShare: Double
        public var womenByType: Personnel
        public var meetingsAttended: Int
        @Nullable public var lastConsulted: Day?
        public var openActions: Int
        public var overdueActions: Int
    }

    public var report = "contributors"
    public var asOf: Day
    public var mission: String
    @Nullable public var mandate: ResolutionReference?
    @Nullable public var periodStart: Day?
    public var personnel: Int
    public var women: Int
    public var womenShare: Double
    public var rows: [Row]
    /// What a reading up to a level left out of the counts of meetings and actions.
    public var withheld = Withheld.none

    /// Builds the report.
    public init(facts: Facts, asOf: Day) {
        self.asOf = asOf
        mission = facts.mission.acronym
        mandate = facts.mandate?.resolution
        periodStart = facts.mandate?.adopted
        personnel = facts.contributors.reduce(0) { $0 + $1.contribution.personnel.total }
        women = facts.contributors.reduce(0) { $0 + $1.contribution.women.total }
        womenShare = Share.of(women, in: personnel)
        rows = facts.contributors.map { standing in
            let record = standing.contribution
            let owned = facts.actionsOwned[record.party]
            return Row(
                party: record.party, name: record.name, asOf: record.asOf, troops: record.personnel.troops,
                staffOfficers: record.personnel.staffOfficers, experts: record.personnel.experts,
                police: record.personnel.police, formedPolice: record.personnel.formedPolice,
                personnel: record.personnel.total, share: Share.rounded(standing.share),
                women: record.women.total, womenShare: Share.of(record.women.total, in: record.personnel.total),
                womenByType: record.women, meetingsAttended: facts.meetingsAttended[record.party] ?? 0,
                lastConsulted: facts.lastConsulted[record.party], openActions: owned?.open ?? 0,
                overdueActions: owned?.overdue ?? 0)
        }
    }

    /// The document every format but JSON renders.
    public var document: ReportDocument {
        var facts = [
            ReportFact(
                "Personnel",
                "\(ReportCell.grouped(personnel)) from \(rows.count) contributors, "
                    + "\(ReportCell.grouped(women)) women (\(ReportCell.share(womenShare).displayText))")
        ]
        facts.append(
            ReportFact(
                "Mandate period",
                mandate.map { "\($0), from \(periodStart.map(\.description) ?? "")" } ?? "no mandate in force"))
        var document = ReportDocument(
            title: "Contributors: \(mission)", subtitle: "As of \(asOf)", facts: facts,
            sections: [
                ReportSection(
                    "Contributors by personnel",
                    [
                        .table(
                            ReportTable(
                                name: "contributors",
                                columns: [
                                    "Party", "Name", "Troops", ReportColumn("Staff", optional: true),
                                    ReportColumn("Experts", optional: true), ReportColumn("Police", optional: true),
                                    ReportColumn("FPU", optional: true), "Total", "Share",
                                    ReportColumn("Women", optional: true), "Women %", "Meetings", "Last met", "Open",
                                    "Overdue",
                                ],
                                rows: rows.map { row in
                                    ReportRow(
                                        [
                                            .text(row.party), .text(row.name), .count(row.troops),
                                            .count(row.staffOfficers),
                                            .count(row.experts), .count(row.police), .count(row.formedPolice),
                                            .count(row.personnel), .share(row.share), .count(row.women),
                                            .share(row.womenShare), .count(row.meetingsAttended),
                                            .day(row.lastConsulted), .count(row.openActions),
                                            .count(row.overdueActions),
                                        ], alert: row.overdueActions > 0)
                                }, emptyText: "No contributions are recorded for \(mission) on \(asOf)."))
                    ])
            ])
        document.withheld = withheld.sentence
        return document
    }
}
