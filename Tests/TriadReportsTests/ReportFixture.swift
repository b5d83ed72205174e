import TriadCore
import TriadReports

/// Small hand-made facts for report tests: every number in them can be checked by hand.
enum ReportFixture {
    static func day(_ text: String) -> Day { try! Day(parsing: text) }
    static let stamp = Timestamp(millisecondsSince1970: 1_759_320_000_000)  // 2025-10-01T12:00:00Z

    static let minusca = try! Mission(
        acronym: "MINUSCA",
        name: "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
        hosts: ["CAF"], established: day("2014-04-10"))

    static func mandate(expires: String? = "2025-11-15", troopCeiling: Int? = 14_400) -> Mandate {
        try! Mandate(
            uuid: "00000000-0000-0000-0000-000000002759", mission: "MINUSCA",
            resolution: ResolutionReference(number: 2759, year: 2024), adopted: day("2024-11-14"),
            expires: expires.map(day), troopCeiling: troopCeiling, policeCeiling: 3_020, penholders: ["FRA"],
            reportsDue: [day("2025-10-15")], supersedes: ResolutionReference(number: 2709, year: 2023), updatedAt: stamp
        )
    }

    static func meeting(
        _ number: Int64, _ kind: MeetingKind, _ date: String, _ status: MeetingStatus = .held,
        title: String = "Meeting", missions: [String] = ["MINUSCA"], a4p: [A4PArea] = [],
        attendees: [(String, [StakeholderGroup])] = [], agenda: [AgendaItem] = []
    ) -> MeetingDetail {
        let meeting = Meeting(
            id: MeetingID(rawValue: number), uuid: "00000000-0000-0000-0000-00000000000\(number)", kind: kind,
            title: title,
            start: MeetingStart(day: day(date)), status: status, missions: missions,
            mandate: try! ResolutionReference(number: 2759, year: 2024), chair: "RUS", location: "New York",
            mode: .inPerson, summary: nil, a4p: a4p, cancelReason: nil, classification: kind.defaultClassification,
            createdAt: stamp, updatedAt: stamp)
        return MeetingDetail(
            meeting: meeting,
            attendees: attendees.map { Attendee(party: $0.0, name: name($0.0), groups: $0.1, representative: nil) },
            invitees: [], agenda: agenda, actions: [])
    }

    static func action(
        _ number: Int64, owner: String, groups: [StakeholderGroup], due: String?, status: ActionStatus = .open,
        asOf: String = "2025-11-01", a4p: [A4PArea] = [], title: String = "Follow up", meeting: Int64? = nil,
        created: Timestamp = stamp
    ) -> ActionItem {
        ActionItem(
            id: ActionID(rawValue: number), uuid: "00000000-0000-0000-0000-0000000000a\(number)", title: title,
            details: nil, owner: owner, ownerName: name(owner), ownerGroups: groups, assignee: nil,
            meeting: meeting.map(MeetingID.init(rawValue:)), mission: "MINUSCA", due: due.map(day), priority: .normal,
            status: status, a4p: a4p, createdAt: created, updatedAt: stamp, closedAt: status.isClosed ? stamp : nil,
            notes: [], classification: RecordClassification(.unclassified, isOwn: false), asOf: day(asOf))
    }

    static func standing(_ party: String, troops: Int, police: Int = 0, total: Int) -> ContributorStanding {
        let personnel = try! Personnel(troops: troops, police: police)
        return ContributorStanding(
            contribution: Contribution(
                uuid: "c-\(party)", mission: "MINUSCA", party: party, name: name(party), asOf: day("2025-09-30"),
                personnel: personnel),
            share: Double(personnel.total) / Double(total))
    }

    static func name(_ code: String) -> String {
        [
            "RWA": "Rwanda", "PAK": "Pakistan", "BGD": "Bangladesh", "EGY": "Egypt", "FRA": "France",
            "DPO": "Department of Peace Operations",
            "CAF": "Central African Republic", "RUS": "Russian Federation", "USA": "United States of America",
        ][code] ?? code
    }

    /// MINUSCA before the 2025 renewal: four contributors (5,000 personnel), a held T/PCC consultation on
    /// 2025-10-30 attended by RWA and PAK, and four actions.
    static func review(asOf: String = "2025-11-01", consultation: MeetingDetail? = nil) -> MandateReviewFacts {
        let total = 5_000
        return MandateReviewFacts(
            mission: minusca, mandate: mandate(),
            meetings: [
                meeting(
                    1, .secretariatBriefing, "2025-10-16", title: "Briefing on the report", a4p: [.protection],
                    attendees: [("DPO", [.secretariat]), ("BGD", [.contributors])],
                    agenda: [
                        AgendaItem(
                            position: 1, title: "Protection", a4p: [.protection, .wps], outcome: "Noted",
                            classification: RecordClassification(.confidential, isOwn: false))
                    ]),
                consultation
                    ?? meeting(
                        2, .tpccConsultation, "2025-10-30", title: "Private meeting with T/PCCs", a4p: [.politics],
                        attendees: [
                            ("FRA", [.council, .contributors]), ("PAK", [.council, .contributors]),
                            ("RWA", [.contributors]),
                            ("DPO", [.secretariat]),
                        ]),
                meeting(3, .informal, "2025-08-01", .cancelled, title: "Cancelled outreach"),
            ],
            contributors: [
                standing("RWA", troops: 2_000, police: 500, total: total), standing("BGD", troops: 1_200, total: total),
                standing("PAK", troops: 1_000, total: total), standing("EGY", troops: 290, total: total),
                standing("FRA", troops: 10, total: total),
            ],
            lastConsulted: [
                "RWA": day("2025-10-30"), "PAK": day("2025-10-30"), "BGD": day("2025-10-16"), "FRA": day("2025-10-30"),
                "EGY": day("2023-06-01"),
            ],
            openActions: [
                action(1, owner: "DPO", groups: [.secretariat], due: "2025-10-24", a4p: [.conduct], meeting: 1),
                action(
                    2, owner: "PAK", groups: [.council, .contributors], due: "2025-10-31", status: .inProgress,
                    meeting: 2),
                action(3, owner: "FRA", groups: [.council, .contributors], due: "2025-11-10", meeting: 2),
                action(4, owner: "CAF", groups: [.partners], due: nil),
            ],
            actionCounts: ActionStatusCounts(open: 3, inProgress: 1, overdue: 2, done: 5, cancelled: 1),
            actionAreas: [.conduct])
    }
}
