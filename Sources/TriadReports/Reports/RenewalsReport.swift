import TriadCore

/// The renewal calendar: every mandate in force expiring soon, with its consultation and open actions.
public struct RenewalsReport: Encodable, Sendable {
    /// What the store gathers for one mandate.
    public struct Facts: Sendable {
        public var mandate: Mandate
        /// T/PCC consultations concerning the mission in the mandate's consultation window.
        public var consultations: [Meeting]
        /// The last held T/PCC consultation concerning the mission, up to the as-of day.
        public var lastConsultation: Day?
        public var actionCounts: ActionStatusCounts
        /// The mission's phase on the as-of day.
        public var phase: MissionPhase?

        /// Creates the facts of one mandate.
        public init(
            mandate: Mandate, consultations: [Meeting], lastConsultation: Day?, actionCounts: ActionStatusCounts,
            phase: MissionPhase? = nil
        ) {
            self.phase = phase
            self.mandate = mandate
            self.consultations = consultations
            self.lastConsultation = lastConsultation
            self.actionCounts = actionCounts
        }
    }

    public struct Row: Encodable, Sendable {
        public var mission: String
        /// The mission's phase on the as-of day: a mission in drawdown is not renewed like any other.
        @Nullable public var phase: MissionPhase?
        public var resolution: ResolutionReference
        public var expires: Day
        public var daysToExpiry: Int
        @Nullable public var consultationDueBy: Day?
        public var consultationStatus: RenewalStatus
        @Nullable public var consultation: MeetingID?
        @Nullable public var lastConsultation: Day?
        public var openActions: Int
        public var overdueActions: Int
    }

    public var report = "renewals"
    public var asOf: Day
    public var within: Int
    public var rows: [Row]
    /// What a reading up to a level left out of the consultations and action counts.
    public var withheld = Withheld.none

    /// Builds the calendar from the mandates in force that expire within `within` days of `asOf`.
    public init(facts: [Facts], within: Int, asOf: Day, schedule: ConsultationSchedule = .standard) {
        self.asOf = asOf
        self.within = within
        rows = facts.compactMap { fact in
            guard let expires = fact.mandate.expires, let days = fact.mandate.daysToExpiry(asOf: asOf),
                (0...within).contains(days)
            else { return nil }
            let assessment = schedule.assess(
                fact.mandate, meetings: fact.consultations, asOf: asOf, phase: fact.phase)
            return Row(
                mission: fact.mandate.mission, phase: fact.phase, resolution: fact.mandate.resolution, expires: expires,
                daysToExpiry: days, consultationDueBy: assessment.dueBy, consultationStatus: assessment.status,
                consultation: assessment.consultation?.id, lastConsultation: fact.lastConsultation,
                openActions: fact.actionCounts.open + fact.actionCounts.inProgress,
                overdueActions: fact.actionCounts.overdue)
        }.sorted { ($0.expires, $0.mission) < ($1.expires, $1.mission) }
    }

    /// The document every format but JSON renders.
    public var document: ReportDocument {
        var document = ReportDocument(
            title: "Renewal calendar", subtitle: "As of \(asOf): mandates expiring within \(within) days",
            sections: [
                ReportSection(
                    "Mandates",
                    [
                        .table(
                            ReportTable(
                                name: "renewals",
                                columns: [
                                    "Mission", "Phase", ReportColumn("Resolution", optional: true), "Expires",
                                    "Days left", "Consult by", "Consultation", "Last consulted",
                                    ReportColumn("Open actions", optional: true), "Overdue",
                                ],
                                rows: rows.map { row in
                                    ReportRow(
                                        [
                                            .text(row.mission), .text(row.phase?.rawValue ?? ""),
                                            .text(row.resolution.description), .day(row.expires),
                                            .count(row.daysToExpiry), .day(row.consultationDueBy),
                                            .text(
                                                row.consultationStatus.rawValue
                                                    + (row.consultation.map { " (\($0))" } ?? "")),
                                            .day(row.lastConsultation), .count(row.openActions),
                                            .count(row.overdueActions),
                                        ], alert: row.consultationStatus == .overdue)
                                }, emptyText: "No mandate in force expires within \(within) days."))
                    ])
            ])
        document.withheld = withheld.sentence
        return document
    }
}
