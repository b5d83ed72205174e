import TriadCore
import TriadReports

/// Each report of the fixtures, with the tables CSV writes by default, in every format.
enum RenderedReports {
    struct Report {
        let name: String
        let model: any Encodable & Sendable
        let document: ReportDocument
        let defaultTable: String
    }

    static let hostileTitle = "<script>alert(\"x\")</script> & 'quotes' | *bold* =SUM(A1)"

    static var all: [Report] {
        let day = ReportFixture.day
        let review = MandateReview(facts: ReportFixture.review(), asOf: day("2025-11-01"))
        let followUp = FollowUpReport(
            openActions: ReportFixture.review().openActions, doneRecently: 2,
            filters: .init(owner: nil, group: nil, mission: "MINUSCA", dueWithin: 14), asOf: day("2025-11-01"))
        let renewals = RenewalsReport(
            facts: [
                RenewalsReport.Facts(
                    mandate: ReportFixture.mandate(), consultations: [], lastConsultation: day("2024-11-05"),
                    actionCounts: ActionStatusCounts(open: 3, inProgress: 1, overdue: 2))
            ], within: 120, asOf: day("2025-11-03"))
        let contributors = ContributorsReport(
            facts: .init(
                mission: ReportFixture.minusca, mandate: ReportFixture.mandate(),
                contributors: ReportFixture.review().contributors,
                meetingsAttended: ["RWA": 2, "PAK": 1, "BGD": 1], lastConsulted: ["RWA": day("2025-10-30")],
                actionsOwned: ["PAK": OwnedActionCounts(open: 1, overdue: 1)]), asOf: day("2025-11-01"))
        let inherited = RecordClassification(.confidential, isOwn: false)
        var meeting = ReportFixture.meeting(
            2, .tpccConsultation, "2025-10-30", title: hostileTitle, a4p: [.politics, .wps],
            attendees: [("PAK", [.council, .contributors]), ("RWA", [.contributors]), ("DPO", [.secretariat])],
            agenda: [
                AgendaItem(
                    position: 1, title: "Force generation, \"ceilings\" and caveats", a4p: [.capabilitiesMindsets],
                    outcome: "Côte d'Ivoire\nand Türkiye to follow up", classification: inherited),
                AgendaItem(
                    position: 2, title: "Women in units", a4p: [.wps], outcome: nil, classification: inherited),
            ])
        meeting.attendees[0].representative = "Amb. Munir, \"Chargé\""
        meeting.invitees = [PartyReference(party: "EGY", name: "Egypt")]
        let minutes = MinutesReport(
            meeting: meeting,
            actions: [
                ReportFixture.action(
                    3, owner: "PAK", groups: [.council, .contributors], due: "2025-10-31", title: "=HYPERLINK(\"x\")",
                    meeting: 2)
            ])
        return [
            Report(name: "mandate-review", model: review, document: review.document, defaultTable: "contributors"),
            Report(name: "follow-up", model: followUp, document: followUp.document, defaultTable: "actions"),
            Report(name: "renewals", model: renewals, document: renewals.document, defaultTable: "renewals"),
            Report(
                name: "contributors", model: contributors, document: contributors.document, defaultTable: "contributors"
            ),
            Report(name: "minutes", model: minutes, document: minutes.document, defaultTable: "attendees"),
        ]
    }

    static func render(_ report: Report, _ format: ReportFormat) throws -> String {
        switch format {
        case .text: TextRenderer(width: 80).render(report.document)
        case .markdown: MarkdownRenderer.render(report.document)
        case .json: try ReportJSON.encode(report.model)
        case .csv: CSVRenderer.render(report.document.tables.first { $0.name == report.defaultTable }!)
        case .html: HTMLRenderer.render(report.document)
        }
    }

    static func fileExtension(_ format: ReportFormat) -> String {
        switch format {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        case .csv: "csv"
        case .html: "html"
        }
    }
}
