import Testing
import TriadCore
import TriadReports

@Suite("Follow-up, renewals, contributors and minutes")
struct OtherReportTests {
    let day = ReportFixture.day

    @Test("follow-up: summary, groups, owners sorted by overdue, oldest open")
    func followUp() {
        let created = Timestamp(millisecondsSince1970: Int64(day("2025-09-01").ordinal) * 86_400_000 + 3_600_000)
        let actions =
            ReportFixture.review().openActions + [
                ReportFixture.action(5, owner: "DPO", groups: [.secretariat], due: "2025-11-20", created: created)
            ]
        let report = FollowUpReport(
            openActions: actions, doneRecently: 3,
            filters: .init(owner: nil, group: nil, mission: nil, dueWithin: 14), asOf: day("2025-11-01"))
        #expect((report.summary.open, report.summary.inProgress, report.summary.overdue) == (4, 1, 2))
        // Due soon: A-3 (2025-11-10) is within 14 days; A-5 (2025-11-20) is not.
        #expect(report.summary.dueSoon == 1 && report.summary.doneRecently == 3)
        #expect(report.byOwner.map(\.party) == ["DPO", "PAK", "CAF", "FRA"])
        #expect(report.byOwner[0].open == 2 && report.byOwner[0].overdue == 1 && report.byOwner[0].oldestOpenDays == 61)
        #expect(report.byGroup.secretariat.open == 2)
        #expect(report.items.first?.id.rawValue == 1)
    }

    @Test("renewals: only mandates expiring within the horizon, soonest first, with their consultation")
    func renewals() throws {
        let minusca = ReportFixture.mandate()
        let monusco = try Mandate(
            uuid: "m", mission: "MONUSCO", resolution: ResolutionReference(number: 2808, year: 2025),
            adopted: day("2025-12-19"),
            expires: day("2026-12-20"))
        let facts = [
            RenewalsReport.Facts(
                mandate: monusco, consultations: [], lastConsultation: nil, actionCounts: ActionStatusCounts()),
            RenewalsReport.Facts(
                mandate: minusca, consultations: [ReportFixture.meeting(2, .tpccConsultation, "2025-10-30").meeting],
                lastConsultation: day("2025-10-30"),
                actionCounts: ActionStatusCounts(open: 3, inProgress: 1, overdue: 2)),
        ]
        let soon = RenewalsReport(facts: facts, within: 120, asOf: day("2025-11-01"))
        #expect(soon.rows.map(\.mission) == ["MINUSCA"])
        #expect(
            soon.rows[0].consultationStatus == .held && soon.rows[0].openActions == 4
                && soon.rows[0].overdueActions == 2)
        let later = RenewalsReport(facts: facts, within: 420, asOf: day("2025-11-01"))
        #expect(later.rows.map(\.mission) == ["MINUSCA", "MONUSCO"])
        // 414 days ahead, the window (90 days before expiry) has not opened: nothing is due yet.
        #expect(later.rows[1].consultationStatus == .upcoming && later.rows[1].daysToExpiry == 414)
        #expect(later.rows[1].consultationDueBy == day("2026-12-06"))
    }

    @Test("contributors: personnel by type, meetings attended, actions owned")
    func contributors() {
        let facts = ContributorsReport.Facts(
            mission: ReportFixture.minusca, mandate: ReportFixture.mandate(),
            contributors: ReportFixture.review().contributors, meetingsAttended: ["RWA": 3, "PAK": 1],
            lastConsulted: ["RWA": day("2025-10-30")], actionsOwned: ["PAK": OwnedActionCounts(open: 2, overdue: 1)])
        let report = ContributorsReport(facts: facts, asOf: day("2025-11-01"))
        #expect(report.personnel == 5_000)
        #expect(report.rows.map(\.party) == ["RWA", "BGD", "PAK", "EGY", "FRA"])
        #expect(report.rows[0].troops == 2_000 && report.rows[0].police == 500 && report.rows[0].share == 0.5)
        #expect(report.rows[0].meetingsAttended == 3 && report.rows[1].meetingsAttended == 0)
        #expect(report.rows[2].openActions == 2 && report.rows[2].overdueActions == 1)
    }

    @Test("minutes: attendees grouped by group, a party in two groups listed in both, absent invitees")
    func minutes() {
        var detail = ReportFixture.meeting(
            2, .tpccConsultation, "2025-10-30",
            attendees: [("PAK", [.council, .contributors]), ("DPO", [.secretariat]), ("CAF", [.partners])])
        detail.invitees = [PartyReference(party: "PAK", name: "Pakistan"), PartyReference(party: "EGY", name: "Egypt")]
        let minutes = MinutesReport(meeting: detail, actions: [])
        #expect(minutes.attendeesByGroup.map(\.group) == [.council, .contributors, .secretariat, .partners])
        #expect(minutes.attendeesByGroup[1].attendees.map(\.party) == ["PAK"])
        #expect(minutes.absentInvitees.map(\.party) == ["EGY"])
    }
}
