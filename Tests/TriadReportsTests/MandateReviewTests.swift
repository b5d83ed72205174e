import Testing
import TriadCore
import TriadReports

@Suite("Mandate review numbers")
struct MandateReviewTests {
    let day = ReportFixture.day

    @Test("a consultation held in good time, contributors heard, actions owed")
    func inGoodTime() throws {
        let review = MandateReview(facts: ReportFixture.review(), asOf: day("2025-11-01"))
        #expect(review.mandate?.daysToExpiry == 14)
        #expect(review.renewal.status == .held)
        #expect(review.renewal.consultation?.description == "M-2")
        #expect(review.renewal.consultationDueBy == day("2025-11-01"))
        #expect(review.renewal.heldDaysBeforeExpiry == 16)
        #expect(review.consultations.map(\.id.description) == ["M-1", "M-2"])
        #expect(review.consultations[1].triangular && !review.consultations[0].triangular)
        // 5,000 personnel: RWA 2,500, BGD 1,200, PAK 1,000 and FRA 10 were heard; EGY's 290 were not.
        #expect(review.contributors.total == 5 && review.contributors.consulted == 4)
        #expect(review.contributors.personnel == 5_000 && review.contributors.consultedPersonnel == 4_710)
        #expect(review.contributors.consultedShare == 0.942)
        #expect(review.contributors.notConsulted == ["EGY"])
        #expect(review.contributors.rows.first { $0.party == "EGY" }?.lastConsulted == day("2023-06-01"))
        #expect(review.strength.troops == 4_500 && review.strength.police == 500 && review.strength.total == 5_000)
        // Overdue: A-1 (DPO, due 24 Oct) and A-2 (PAK, council and contributors, due 31 Oct).
        #expect(review.actions.overdue == 2)
        #expect(review.actions.items.map(\.id.description) == ["A-1", "A-2", "A-3", "A-4"])
        #expect(review.actions.byGroup.council.open == 2 && review.actions.byGroup.council.overdue == 1)
        #expect(review.actions.byGroup.contributors.open == 2 && review.actions.byGroup.contributors.overdue == 1)
        #expect(review.actions.byGroup.secretariat.open == 1 && review.actions.byGroup.secretariat.overdue == 1)
        #expect(review.actions.byGroup.partners.open == 1 && review.actions.byGroup.partners.overdue == 0)
        #expect(
            (review.actions.open, review.actions.inProgress, review.actions.done, review.actions.cancelled) == (
                3, 1, 5, 1
            ))
        #expect(review.a4p.covered == [.politics, .wps, .protection, .conduct])
        #expect(
            review.a4p.notCovered == [.safetySecurity, .performanceAccountability, .peacebuilding, .partnerships])
        // Women, peace and security is in both frameworks; the A4P+ priorities were never tagged.
        #expect(review.a4pPlus.covered == [.wps])
        #expect(review.a4pPlus.notCovered.count == 8 && !review.a4pPlus.notCovered.contains(.politics))
        #expect(
            review.findings.map(\.text) == [
                "2 actions are overdue: 1 owned by the Council, 1 owned by the contributors, 1 owned by the secretariat "
                    + "(an owner in two groups counts in each, so these add up to 3).",
                "Contributors holding 5.8% of deployed personnel were not consulted in this renewal cycle, among them EGY (5.8%).",
                "4 of the 8 A4P areas were not discussed in this renewal cycle: Safety and security; "
                    + "Performance and accountability; Peacebuilding and sustaining peace; Partnerships.",
                "8 of the 9 A4P+ priorities and themes were not discussed in this renewal cycle: "
                    + "Collective coherence behind a political strategy; Strategic and operational integration; "
                    + "Capabilities and mindsets; Accountability to peacekeepers; Accountability of peacekeepers; "
                    + "Strategic communications; Cooperation with host countries; "
                    + "Innovative, data-driven and technology-enabled peacekeeping.",
            ])
    }

    @Test("a consultation held after its due-by day is late, and a large contributor not heard is named")
    func heldLate() {
        let late = ReportFixture.meeting(
            2, .tpccConsultation, "2025-11-05",
            attendees: [("FRA", [.council, .contributors]), ("DPO", [.secretariat])])
        let review = MandateReview(
            facts: ReportFixture.review(asOf: "2025-11-06", consultation: late), asOf: day("2025-11-06"))
        #expect(review.renewal.status == .held && review.renewal.heldDaysBeforeExpiry == 10)
        #expect(
            review.findings[0].text
                == "The T/PCC consultation M-2 was held late, on 2025-11-05, 4 days after it was due (2025-11-01).")
        #expect(review.findings[0].isUrgent)
        // Only BGD (at the briefing) and FRA were heard: RWA, PAK and EGY, 3,790 of 5,000, were not.
        #expect(review.contributors.notConsulted == ["RWA", "PAK", "EGY"])
        #expect(
            review.findings.contains {
                $0.text == "Contributors holding 75.8% of deployed personnel were not consulted in this renewal cycle, "
                    + "among them RWA (50.0%), PAK (20.0%), EGY (5.8%)." && $0.isUrgent
            })
    }

    @Test("no consultation: due before the due-by day, overdue after it, scheduled when one is planned")
    func renewalStatus() {
        let none = ReportFixture.meeting(2, .informal, "2025-10-30")
        #expect(
            MandateReview(facts: ReportFixture.review(asOf: "2025-10-20", consultation: none), asOf: day("2025-10-20"))
                .renewal.status == .due)
        let overdue = MandateReview(
            facts: ReportFixture.review(asOf: "2025-11-03", consultation: none), asOf: day("2025-11-03"))
        #expect(overdue.renewal.status == .overdue)
        #expect(
            overdue.findings[0].text
                == "No T/PCC consultation is held or scheduled; it was due by 2025-11-01, 2 days ago, and the mandate expires on 2025-11-15."
        )
        let planned = ReportFixture.meeting(2, .tpccConsultation, "2025-11-04", .scheduled)
        let scheduled = MandateReview(
            facts: ReportFixture.review(asOf: "2025-10-20", consultation: planned), asOf: day("2025-10-20"))
        #expect(scheduled.renewal.status == .scheduled && scheduled.renewal.consultation?.rawValue == 2)
        #expect(
            scheduled.findings[0].text
                == "The T/PCC consultation M-2 is scheduled for 2025-11-04, after it is due (2025-11-01).")
        let outside = ReportFixture.meeting(2, .tpccConsultation, "2025-06-01")
        #expect(
            MandateReview(
                facts: ReportFixture.review(asOf: "2025-11-03", consultation: outside), asOf: day("2025-11-03")
            ).renewal.status == .overdue)
    }

    @Test("a mission in drawdown is told so first; one withdrawing has no renewal to consult on")
    func phases() {
        let none = ReportFixture.meeting(2, .informal, "2025-10-30")
        func review(_ phase: MissionPhase) -> MandateReview {
            var facts = ReportFixture.review(asOf: "2025-11-03", consultation: none)
            facts.mission.phases = [MissionPhaseChange(phase: phase, from: day("2025-08-28"), source: "S/RES/1 (2025)")]
            return MandateReview(facts: facts, asOf: day("2025-11-03"))
        }
        let drawdown = review(.drawdown)
        #expect(drawdown.mission.phase == .drawdown && drawdown.renewal.status == .overdue)
        // Urgent findings come first; the phase is said among the others, and the renewal is still judged.
        #expect(
            drawdown.findings.map(\.text).contains(
                "MINUSCA is in drawdown since 2025-08-28 (S/RES/1 (2025)): its next resolution may reduce it or end it, so the consultation is on the drawdown, not a routine renewal."
            ))
        #expect(drawdown.findings.contains { $0.text.hasPrefix("No T/PCC consultation is held or scheduled") })
        let withdrawal = review(.withdrawal)
        #expect(withdrawal.renewal.status == .notApplicable)
        #expect(
            withdrawal.findings.map(\.text).contains(
                "MINUSCA is in withdrawal since 2025-08-28 (S/RES/1 (2025)): there is no renewal to consult on."))
        #expect(!withdrawal.findings.contains { $0.text.hasPrefix("No T/PCC consultation") })
        #expect(
            MandateReview(facts: ReportFixture.review(), asOf: day("2025-11-01")).findings.allSatisfy {
                !$0.text.contains("is in ")
            })
    }

    @Test("consulted: present at a meeting of the renewal cycle that was held by the as-of day")
    func consultedInThePeriod() {
        func consulted(_ meeting: MeetingDetail, asOf: String = "2025-11-01") -> [String] {
            var facts = ReportFixture.review(asOf: asOf)
            facts.meetings = [meeting]
            return MandateReview(facts: facts, asOf: ReportFixture.day(asOf)).contributors.rows.filter(\.consulted)
                .map(\.party)
        }
        let present: [(String, [StakeholderGroup])] = [("EGY", [.contributors])]
        #expect(consulted(ReportFixture.meeting(9, .informal, "2025-11-01", attendees: present)) == ["EGY"])
        #expect(consulted(ReportFixture.meeting(9, .informal, "2025-11-02", attendees: present)) == [], "after the day")
        #expect(
            consulted(ReportFixture.meeting(9, .informal, "2025-10-20", .scheduled, attendees: present)) == [],
            "scheduled, not held")
        // The renewal cycle of 2759 (2024), adopted 2024-11-14, starts 90 days before: the consultations
        // that prepared it are its own.
        #expect(
            consulted(ReportFixture.meeting(9, .informal, "2024-08-15", attendees: present)) == [],
            "before the renewal cycle")
        #expect(consulted(ReportFixture.meeting(9, .informal, "2024-08-16", attendees: present)) == ["EGY"])
        #expect(
            consulted(ReportFixture.meeting(9, .informal, "2024-11-13", attendees: present)) == ["EGY"],
            "before the adoption, in the cycle")
    }

    @Test("right after a renewal the next consultation is upcoming: no finding on consultation, contributors or areas")
    func upcomingAfterARenewal() {
        // A week after 2759 (2024) was adopted (2024-11-14), nobody consulted, no area discussed.
        var facts = ReportFixture.review(asOf: "2024-11-21")
        facts.meetings = []
        facts.actionAreas = []
        let review = MandateReview(facts: facts, asOf: day("2024-11-21"))
        #expect(review.renewal.status == .upcoming)
        #expect(review.renewal.windowOpens == day("2025-08-17") && review.renewal.cycleStarts == day("2024-08-16"))
        #expect(review.contributors.consulted == 0 && !review.a4p.notCovered.isEmpty)
        #expect(
            review.findings.allSatisfy { !$0.text.contains("consult") && !$0.text.contains("discussed") },
            "\(review.findings.map(\.text))")
        // The day the window opens, the same record is judged.
        let opened = MandateReview(facts: facts, asOf: day("2025-08-17"))
        #expect(opened.renewal.status == .due)
        #expect(opened.findings.contains { $0.text.hasPrefix("No T/PCC consultation is scheduled yet") })
        #expect(opened.findings.contains { $0.text.contains("were not consulted in this renewal cycle") })
        #expect(opened.findings.contains { $0.text.contains("A4P areas were not discussed") })
        // A consultation already scheduled inside the window is shown as such, even before the window opens.
        facts.meetings = [ReportFixture.meeting(2, .tpccConsultation, "2025-10-30", .scheduled)]
        #expect(MandateReview(facts: facts, asOf: day("2024-11-21")).renewal.status == .scheduled)
    }

    @Test("the lead and window days are settings")
    func settings() {
        let schedule = ConsultationSchedule(leadDays: 30, windowDays: 10)
        let review = MandateReview(facts: ReportFixture.review(), asOf: day("2025-11-01"), schedule: schedule)
        #expect(review.renewal.consultationDueBy == day("2025-10-16"))
        #expect(review.renewal.status == .overdue)
    }

    @Test("an open-ended mandate has no renewal; its period runs to the as-of day")
    func openEnded() {
        var facts = ReportFixture.review()
        facts.mandate = ReportFixture.mandate(expires: nil)
        let review = MandateReview(facts: facts, asOf: day("2025-11-01"))
        #expect(review.renewal.status == .notApplicable)
        #expect(
            review.renewal.consultationDueBy == nil && review.mandate?.expires == nil
                && review.mandate?.daysToExpiry == nil)
        #expect(review.consultations.count == 2)
        #expect(!review.findings.contains { $0.text.contains("T/PCC consultation") })
    }

    @Test("a mission with no contributions: no shares, no division by zero")
    func noContributors() {
        var facts = ReportFixture.review()
        facts.contributors = []
        let review = MandateReview(facts: facts, asOf: day("2025-11-01"))
        #expect(
            review.contributors.total == 0 && review.contributors.personnel == 0
                && review.contributors.consultedShare == 0)
        #expect(review.strength.total == 0)
    }

    @Test("an as-of day before any data: no mandate, nothing in force")
    func beforeAnyData() {
        var facts = ReportFixture.review()
        facts.mandate = nil
        facts.meetings = []
        facts.contributors = []
        facts.openActions = []
        facts.actionCounts = ActionStatusCounts()
        facts.actionAreas = []
        let review = MandateReview(facts: facts, asOf: day("2010-01-01"))
        #expect(review.mandate == nil && review.renewal.status == .notApplicable && review.consultations.isEmpty)
        #expect(review.a4p.covered.isEmpty && review.a4p.notCovered.count == 8)
        #expect(review.a4pPlus.covered.isEmpty && review.a4pPlus.notCovered.count == 9)
        #expect(
            review.findings.map(\.text) == [
                "MINUSCA has no mandate adopted on or before 2010-01-01; record one with 'triad mandate add'."
            ])
    }

    @Test("strength above a ceiling is a finding")
    func ceiling() {
        var facts = ReportFixture.review()
        facts.mandate = ReportFixture.mandate(troopCeiling: 4_000)
        let review = MandateReview(facts: facts, asOf: day("2025-11-01"))
        #expect(
            review.findings.contains {
                $0.text == "Military strength (4,500) exceeds the troop ceiling (4,000)." && $0.isUrgent
            })
    }

    @Test("each type against its own ceiling: observers apart hold contingents alone to the troop ceiling")
    func ceilingsByType() throws {
        var facts = ReportFixture.review()
        var mandate = ReportFixture.mandate(troopCeiling: 4_480)
        mandate.ceilings = try TypeCeilings(observersAndStaff: 20, individualPolice: 400)
        facts.mandate = mandate
        facts.contributors[0].contribution.personnel.staffOfficers = 30
        let review = MandateReview(facts: facts, asOf: day("2025-11-01"))
        let texts = review.findings.map(\.text)
        #expect(texts.contains("Military observers and staff officers (30) exceed their ceiling (20)."))
        #expect(texts.contains("Individual police (500) exceed their ceiling (400)."))
        // 4,500 contingents against 4,480: over; the 30 staff officers count against their own ceiling only.
        #expect(texts.contains("Military contingents (4,500) exceed the troop ceiling (4,480)."))
        #expect(review.strength.byType.militaryContingents.deployed == 4_500)
        #expect(!texts.contains { $0.hasPrefix("Military strength") })
    }

    @Test("a type whose share of women is below the year's target is a finding; unrecorded women are not judged")
    func parity() throws {
        var facts = ReportFixture.review()
        facts.parityTargets = [
            try ParityTarget(year: 2025, category: .militaryContingents, perMille: 120, source: "SIPRI"),
            try ParityTarget(year: 2025, category: .individualPolice, perMille: 300, source: "UGPS"),
        ]
        let unrecorded = MandateReview(facts: facts, asOf: day("2025-11-01"))
        #expect(!unrecorded.findings.contains { $0.text.hasPrefix("Women are") })
        facts.contributors[0].contribution.women = try Personnel(troops: 240, police: 150)
        facts.contributors[1].contribution.women = try Personnel(troops: 300)
        let review = MandateReview(facts: facts, asOf: day("2025-11-01"))
        // 540 women among 4,500 contingents is 12.0%: at the target. 150 of 500 police is 30%: at it too.
        #expect(!review.findings.contains { $0.text.hasPrefix("Women are") })
        #expect(review.strength.women == 690 && review.strength.byType.militaryContingents.women == 540)
        facts.contributors[1].contribution.women = try Personnel(troops: 299)
        let short = MandateReview(facts: facts, asOf: day("2025-11-01"))
        #expect(
            short.findings.map(\.text).contains(
                "Women are 11.9% of military contingents in MINUSCA, below the 2025 parity target of 12.0%."))
        #expect(short.strength.byType.militaryContingents.belowTarget)
        #expect(!short.strength.byType.individualPolice.belowTarget)
    }
}
