import TriadCore

/// The mandate review laid out for reading.
extension MandateReview {
    /// The document every format but JSON renders.
    public var document: ReportDocument {
        var facts = [ReportFact("Mission", "\(mission.acronym) — \(mission.name)")]
        if !mission.host.isEmpty { facts.append(ReportFact("Host", mission.host)) }
        if let phase = mission.phase, phase != .active {
            let change = MissionPhaseChange(phase: phase, from: mission.phaseFrom, source: mission.phaseSource)
            facts.append(ReportFact("Phase", change.sentence))
        }
        if let mandate {
            let supersedes = mandate.supersedes.map { ", superseding \($0)" } ?? ""
            facts.append(ReportFact("Mandate", "S/RES/\(mandate.resolution), adopted \(mandate.adopted)\(supersedes)"))
            let expiry = mandate.expires.map { expires in
                "\(expires) (\(mandate.daysToExpiry.map { $0 >= 0 ? "in \($0) days" : "\(-$0) days ago" } ?? ""))"
            }
            facts.append(ReportFact("Expires", expiry ?? "open-ended"))
            if !mandate.penholders.isEmpty {
                facts.append(ReportFact("Penholder", mandate.penholders.joined(separator: ", ")))
            }
            if !mandate.reportsDue.isEmpty {
                facts.append(ReportFact("Reports due", mandate.reportsDue.map(\.description).joined(separator: ", ")))
            }
        } else {
            facts.append(ReportFact("Mandate", "none in force", alert: true))
        }
        facts.append(ReportFact("Strength", strengthText))
        facts.append(ReportFact("T/PCC consultation", renewalText, alert: renewal.status == .overdue))

        var sections: [ReportSection] = []
        sections.append(
            ReportSection(
                "Findings",
                [
                    findings.isEmpty
                        ? .paragraph("Nothing calls for attention.")
                        : .list(findings.map { ReportListItem($0.text, alert: $0.isUrgent) })
                ]))
        sections.append(
            ReportSection(
                "Strength by type",
                [
                    .table(
                        ReportTable(
                            name: "strength",
                            columns: ["Personnel", "Deployed", "Ceiling", "Women", "Women %", "Target"],
                            // Corrections officers are not counted in contributions: their row shows a ceiling.
                            rows: strength.byType.all.filter { category, type in
                                !category.personnelTypes.isEmpty || type.ceiling != nil || type.parityTarget != nil
                            }.map { category, type in
                                ReportRow(
                                    [
                                        .text(category.label), .count(type.deployed), .count(type.ceiling),
                                        .count(type.women), type.womenShare.map(ReportCell.share) ?? .empty,
                                        type.parityTarget.map(ReportCell.share) ?? .empty,
                                    ], alert: type.overCeiling || type.belowTarget)
                            }, emptyText: ""))
                ]))
        sections.append(
            ReportSection(
                "Meetings in this renewal cycle" + (renewal.cycleStarts.map { " (since \($0))" } ?? ""),
                [
                    .table(
                        ReportTable(
                            name: "consultations",
                            columns: [
                                "Id", "Date", "Kind", "Status", ReportColumn("Groups present", optional: true),
                                "Triangular", ReportColumn("Attendees", optional: true), "Title",
                            ],
                            rows: consultations.map { meeting in
                                ReportRow([
                                    .text(meeting.id.description), .day(meeting.date), .text(meeting.kind.rawValue),
                                    .text(meeting.status.rawValue),
                                    .text(meeting.groupsPresent.map(\.rawValue).joined(separator: ", ")),
                                    .flag(meeting.triangular), .count(meeting.attendees.count), .text(meeting.title),
                                ])
                            },
                            emptyText: "No meetings concerning \(mission.acronym) are recorded in this renewal cycle.")
                    )
                ]))
        sections.append(
            ReportSection(
                "Contributors consulted",
                [
                    .paragraph(
                        "\(contributors.consulted) of \(contributors.total) contributors, holding "
                            + "\(ReportCell.share(contributors.consultedShare).displayText) of "
                            + "\(ReportCell.grouped(contributors.personnel)) deployed personnel, attended a meeting on "
                            + "\(mission.acronym) in this renewal cycle."),
                    .table(
                        ReportTable(
                            name: "contributors",
                            columns: ["Party", "Name", "Personnel", "Share", "Consulted", "Last consulted"],
                            rows: contributors.rows.map { row in
                                ReportRow(
                                    [
                                        .text(row.party), .text(row.name), .count(row.personnel), .share(row.share),
                                        .flag(row.consulted), .day(row.lastConsulted),
                                    ], alert: !row.consulted && row.share >= MandateReviewFindings.largeShare)
                            }, emptyText: "No contributions are recorded for \(mission.acronym) on \(asOf).")),
                ]))
        sections.append(
            ReportSection(
                "Action items still open",
                [
                    .paragraph(
                        "\(actions.open) open, \(actions.inProgress) in progress, \(actions.overdue) overdue; "
                            + "\(actions.done) done and \(actions.cancelled) cancelled so far. Open by owner group: "
                            + StakeholderGroup.allCases.map { group in
                                "\(group.rawValue) \(actions.byGroup[group].open) (\(actions.byGroup[group].overdue) overdue)"
                            }.joined(separator: ", ") + "."),
                    .table(ActionTable.make(actions.items)),
                ]))
        let judged = positions.judgedAgainst.map { "in \($0)" } ?? "pending the next resolution"
        sections.append(
            ReportSection(
                "Positions raised",
                [
                    .paragraph(
                        "\(MandateReviewFindings.plural(positions.raised, "position", "positions")) raised in this cycle; "
                            + "uptake \(judged): \(positions.uptake.takenUp) taken up, \(positions.uptake.partly) partly, "
                            + "\(positions.uptake.notTakenUp) not taken up, \(positions.uptake.overtaken) overtaken, "
                            + "\(positions.uptake.pending) pending."),
                    .table(
                        PositionTable.make(
                            positions.items, in: positions.judgedAgainst,
                            emptyText: "No positions are recorded for this cycle ('triad position add').")),
                ]))
        sections.append(
            ReportSection(
                "A4P areas",
                [
                    .facts(
                        [(A4PFramework.a4p, a4p), (.a4pPlus, a4pPlus)].flatMap { framework, areas in
                            [
                                ReportFact("\(framework.title) discussed", MandateReview.titles(areas.covered)),
                                ReportFact("\(framework.title) not discussed", MandateReview.titles(areas.notCovered)),
                            ]
                        })
                ]))
        var document = ReportDocument(
            title: "Mandate review: \(mission.acronym)", subtitle: "As of \(asOf)", facts: facts, sections: sections)
        document.marking = marking
        document.withheld = withheld.sentence
        return document
    }

    /// Areas by their titles, or "none".
    private static func titles(_ areas: [A4PArea]) -> String {
        areas.isEmpty ? "none" : areas.map(\.title).joined(separator: "; ")
    }

    private var strengthText: String {
        func against(_ value: Int, _ ceiling: Int?) -> String {
            ReportCell.grouped(value) + (ceiling.map { " of \(ReportCell.grouped($0)) authorized" } ?? "")
        }
        return
            "\(ReportCell.grouped(strength.total)) deployed: "
            + "\(against(strength.byType.militaryContingents.deployed ?? strength.troops, strength.troopCeiling)) "
            + "\(mandate?.ceilings.observersAndStaff == nil ? "military" : "in military contingents"), "
            + "\(against(strength.police, strength.policeCeiling)) police"
            // Records that count no women say nothing of them: an unrecorded figure is not a zero.
            + (strength.women == 0
                ? ""
                : "; \(ReportCell.grouped(strength.women)) women (\(ReportCell.share(strength.womenShare).displayText))")
    }

    private var renewalText: String {
        let due = renewal.consultationDueBy.map { "due by \($0)" } ?? ""
        switch renewal.status {
        case .held:
            let held = consultations.first { $0.id == renewal.consultation }
            return "held, \(renewal.consultation?.description ?? "") on \(held?.date.description ?? "")"
                + (renewal.heldDaysBeforeExpiry.map { ", \($0) days before expiry" } ?? "") + " (\(due))"
        case .scheduled:
            let scheduled = consultations.first { $0.id == renewal.consultation }
            return
                "scheduled, \(renewal.consultation?.description ?? "") on \(scheduled?.date.description ?? "") (\(due))"
        case .overdue: return "overdue: none held or scheduled, \(due)"
        case .due: return "not yet held, \(due)"
        case .upcoming:
            return "upcoming: the window opens on \(renewal.windowOpens?.description ?? "")"
                + (due.isEmpty ? "" : ", \(due)")
        case .notApplicable: return "not applicable (no renewal date)"
        }
    }
}
