import TriadCore

/// The mandate review: is the renewal prepared, was the triangle consulted, what is still open.
/// A pure function of the facts, the as-of day and the consultation schedule (REPORTS.md).
public struct MandateReview: Encodable, Sendable {
    public struct MissionSummary: Encodable, Sendable {
        public var acronym: String
        public var name: String
        public var host: String
        public var hosts: [String]
        public var type: MissionType
        /// The mission's phase on the as-of day, the day it began and the decision it follows.
        @Nullable public var phase: MissionPhase?
        @Nullable public var phaseFrom: Day?
        @Nullable public var phaseSource: String?
    }

    public struct MandateSummary: Encodable, Sendable {
        public var resolution: ResolutionReference
        public var adopted: Day
        @Nullable public var expires: Day?
        @Nullable public var daysToExpiry: Int?
        @Nullable public var supersedes: ResolutionReference?
        @Nullable public var troopCeiling: Int?
        @Nullable public var policeCeiling: Int?
        public var ceilings: TypeCeilings
        public var penholders: [String]
        public var reportsDue: [Day]
    }

    public struct Strength: Encodable, Sendable {
        /// Military personnel (troops, staff officers, experts), counted against the troop ceiling.
        public var troops: Int
        /// Police personnel (individual and formed units), counted against the police ceiling.
        public var police: Int
        public var total: Int
        @Nullable public var troopCeiling: Int?
        @Nullable public var policeCeiling: Int?
        /// The women among all personnel, and their share.
        public var women: Int
        public var womenShare: Double
        /// Each category of personnel against its own ceiling and the year's parity target.
        public var byType: StrengthByType
    }

    public struct Renewal: Encodable, Sendable {
        public var leadDays: Int
        public var windowDays: Int
        /// The first day of the renewal cycle: `windowDays` before the adoption of the mandate in force.
        @Nullable public var cycleStarts: Day?
        /// The first day a T/PCC consultation counts as the one before the next renewal.
        @Nullable public var windowOpens: Day?
        @Nullable public var consultationDueBy: Day?
        public var status: RenewalStatus
        @Nullable public var consultation: MeetingID?
        @Nullable public var heldDaysBeforeExpiry: Int?
    }

    public struct Consultation: Encodable, Sendable {
        public var id: MeetingID
        public var date: Day
        public var kind: MeetingKind
        public var title: String
        public var status: MeetingStatus
        public var classification: Classification
        public var groupsPresent: [StakeholderGroup]
        public var triangular: Bool
        public var attendees: [String]
    }

    public struct ContributorRow: Encodable, Sendable {
        public var party: String
        public var name: String
        public var personnel: Int
        /// The women among its personnel.
        public var women: Int
        public var share: Double
        public var consulted: Bool
        @Nullable public var lastConsulted: Day?
    }

    public struct Contributors: Encodable, Sendable {
        public var total: Int
        public var consulted: Int
        public var personnel: Int
        public var consultedPersonnel: Int
        public var consultedShare: Double
        public var notConsulted: [String]
        public var rows: [ContributorRow]
    }

    public struct Actions: Encodable, Sendable {
        public var open: Int
        public var inProgress: Int
        public var overdue: Int
        public var done: Int
        public var cancelled: Int
        public var byGroup: GroupTally
        public var items: [ActionItem]
    }

    /// One framework's areas, those discussed in the cycle and those not.
    public struct Areas: Encodable, Sendable {
        public var covered: [A4PArea]
        public var notCovered: [A4PArea]

        /// The areas of `framework` among `covered`, and the rest of its areas.
        init(_ framework: A4PFramework, covered: Set<A4PArea>) {
            self.covered = framework.areas.filter(covered.contains)
            notCovered = framework.areas.filter { !covered.contains($0) }
        }

    }

    /// The positions raised in the cycle the mandate in force opened, and their uptake in the mandate adopted at
    /// its end (all pending until it is recorded).
    public struct Positions: Encodable, Sendable {
        public var raised: Int
        /// The adoption that ends the cycle, once recorded.
        @Nullable public var judgedAgainst: ResolutionReference?
        public var byGroup: GroupUptake
        public var uptake: UptakeCounts
        public var items: [Position]
    }

    public var report = "mandate-review"
    public var asOf: Day
    public var mission: MissionSummary
    @Nullable public var mandate: MandateSummary?
    public var strength: Strength
    public var renewal: Renewal
    public var consultations: [Consultation]
    public var contributors: Contributors
    public var actions: Actions
    /// The 8 areas of A4P.
    public var a4p: Areas
    /// The 7 priorities and 2 cross-cutting themes of A4P+.
    public var a4pPlus: Areas
    public var positions: Positions
    public var findings: [Finding]
    /// What a reading up to a level left out of the review.
    public var withheld = Withheld.none

    /// The review of `visible`, counting what it lacks of `full` (the same facts read at every level) when
    /// it was read up to `level`.
    public init(
        facts visible: MandateReviewFacts, full: MandateReviewFacts?, upTo level: Classification?, asOf: Day,
        schedule: ConsultationSchedule = .standard
    ) {
        self.init(facts: visible, asOf: asOf, schedule: schedule)
        guard let full else { return }
        let notes = { (facts: MandateReviewFacts) in Set(facts.openActions.flatMap { $0.notes.map(\.uuid) }) }
        withheld = Withheld(
            upTo: level,
            meetings: Set(full.meetings.map(\.meeting.id)).subtracting(visible.meetings.map(\.meeting.id)).count,
            actions: full.actionCounts.total - visible.actionCounts.total,
            notes: notes(full).subtracting(notes(visible)).count)
        withheld.positions = Set(full.positions.map(\.id)).subtracting(visible.positions.map(\.id)).count
        // What the review says of consultations and of who was heard rests on the meetings it sees: a reader
        // who cannot see them all is told so first, without being told what they are.
        if withheld.meetings > 0, let level {
            findings.insert(
                Finding(
                    "This review is read up to \(level.rawValue), and \(withheld.meetings == 1 ? "a meeting" : "\(withheld.meetings) meetings") "
                        + "above that level \(withheld.meetings == 1 ? "is" : "are") withheld: what it says of the "
                        + "consultation and of the contributors heard may not be the whole record."), at: 0)
        }
    }

    /// The highest level of what the review shows: its meetings, actions and their notes.
    public var marking: Classification? {
        Classification.marking(
            of: consultations.map(\.classification) + actions.items.map(\.classification.level)
                + actions.items.flatMap { $0.notes.map(\.classification.level) } + positions.items.map(\.classification)
        )
    }

    /// Builds the review of `facts` as of `asOf`.
    public init(facts: MandateReviewFacts, asOf: Day, schedule: ConsultationSchedule = .standard) {
        self.asOf = asOf
        let mission = facts.mission
        let phase = mission.phaseChange(on: asOf)
        self.mission = MissionSummary(
            acronym: mission.acronym, name: mission.name,
            host: mission.territory ?? mission.hosts.joined(separator: ", "), hosts: mission.hosts, type: mission.type,
            phase: phase?.phase, phaseFrom: phase?.from, phaseSource: phase?.source)
        let mandate = facts.mandate
        self.mandate = mandate.map { mandate in
            MandateSummary(
                resolution: mandate.resolution, adopted: mandate.adopted, expires: mandate.expires,
                daysToExpiry: mandate.daysToExpiry(asOf: asOf), supersedes: mandate.supersedes,
                troopCeiling: mandate.troopCeiling, policeCeiling: mandate.policeCeiling, ceilings: mandate.ceilings,
                penholders: mandate.penholders, reportsDue: mandate.reportsDue)
        }

        let deployed = facts.contributors.reduce(Personnel.none) { $0 + $1.contribution.personnel }
        let women = facts.contributors.reduce(Personnel.none) { $0 + $1.contribution.women }
        strength = Strength(
            troops: deployed.military, police: deployed.allPolice, total: deployed.total,
            troopCeiling: mandate?.troopCeiling, policeCeiling: mandate?.policeCeiling, women: women.total,
            womenShare: Share.of(women.total, in: deployed.total),
            byType: StrengthByType(deployed: deployed, women: women, mandate: mandate, targets: facts.parityTargets))

        let assessment = mandate.map {
            schedule.assess($0, meetings: facts.meetings.map(\.meeting), asOf: asOf, phase: phase?.phase)
        }
        let cycle = mandate.map { schedule.cycle(of: $0, asOf: asOf) }
        renewal = Renewal(
            leadDays: schedule.leadDays, windowDays: schedule.windowDays, cycleStarts: cycle?.lowerBound,
            windowOpens: assessment?.windowOpens, consultationDueBy: assessment?.dueBy,
            status: assessment?.status ?? .notApplicable, consultation: assessment?.consultation?.id,
            heldDaysBeforeExpiry: assessment?.heldDaysBeforeExpiry)

        let inCycle = facts.meetings.filter { detail in
            cycle.map { $0.contains(detail.meeting.start.day) } ?? false
        }
        consultations = inCycle.filter { $0.meeting.status != .cancelled }.map { detail in
            Consultation(
                id: detail.meeting.id, date: detail.meeting.start.day, kind: detail.meeting.kind,
                title: detail.meeting.title, status: detail.meeting.status,
                classification: detail.meeting.classification, groupsPresent: detail.groupsPresent,
                triangular: detail.isTriangular, attendees: detail.attendees.map(\.party))
        }
        let heldSoFar = inCycle.filter { $0.meeting.status == .held && $0.meeting.start.day <= asOf }
        let consultedParties = Set(heldSoFar.flatMap { $0.attendees.map(\.party) })

        let rows = facts.contributors.map { standing in
            ContributorRow(
                party: standing.contribution.party, name: standing.contribution.name,
                personnel: standing.contribution.personnel.total, women: standing.contribution.women.total,
                share: Share.rounded(standing.share),
                consulted: consultedParties.contains(standing.contribution.party),
                lastConsulted: facts.lastConsulted[standing.contribution.party])
        }
        let consultedPersonnel = rows.filter(\.consulted).reduce(0) { $0 + $1.personnel }
        contributors = Contributors(
            total: rows.count, consulted: rows.filter(\.consulted).count, personnel: deployed.total,
            consultedPersonnel: consultedPersonnel, consultedShare: Share.of(consultedPersonnel, in: deployed.total),
            notConsulted: rows.filter { !$0.consulted }.map(\.party), rows: rows)

        let items = ActionOrder.sorted(facts.openActions)
        actions = Actions(
            open: facts.actionCounts.open, inProgress: facts.actionCounts.inProgress,
            overdue: items.count(where: \.isOverdue), done: facts.actionCounts.done,
            cancelled: facts.actionCounts.cancelled, byGroup: GroupTally(items), items: items)

        var covered = facts.actionAreas
        for detail in heldSoFar {
            covered.formUnion(detail.meeting.a4p)
            covered.formUnion(detail.agenda.flatMap(\.a4p))
        }
        a4p = Areas(.a4p, covered: covered)
        a4pPlus = Areas(.a4pPlus, covered: covered)

        let judgedAgainst = facts.positionsCycle?.mandate?.resolution
        positions = Positions(
            raised: facts.positions.count, judgedAgainst: judgedAgainst,
            byGroup: GroupUptake(facts.positions, in: judgedAgainst),
            uptake: UptakeCounts(facts.positions, in: judgedAgainst), items: facts.positions)

        findings = []
        findings = MandateReviewFindings.findings(for: self, assessment: assessment)
    }
}

extension MandateReview: ListingReport {
    public static var listing: WritableKeyPath<MandateReview, [ActionItem]> { \.actions.items }
    /// The actions' items, apart from the positions' items.
    public static var listingKey: String { "actions.items" }
}
