import Foundation
import TriadCore

/// The findings of a mandate review, most urgent first.
enum MandateReviewFindings {
    /// Contributors at or above this share of personnel are named when not consulted.
    static let largeShare = 0.05

    static func findings(for review: MandateReview, assessment: RenewalAssessment?) -> [Finding] {
        var findings: [Finding] = []
        guard let mandate = review.mandate else {
            return [
                Finding(
                    "\(review.mission.acronym) has no mandate adopted on or before \(review.asOf); record one with 'triad mandate add'."
                )
            ]
        }
        if let phase = review.mission.phase, phase != .active {
            let since =
                (review.mission.phaseFrom.map { " since \($0)" } ?? "")
                + (review.mission.phaseSource.map { " (\($0))" } ?? "")
            let consequence =
                phase.expectsRenewal
                ? "its next resolution may reduce it or end it, so the consultation is on the \(phase.rawValue), not a routine renewal."
                : "there is no renewal to consult on."
            findings.append(Finding("\(review.mission.acronym) is in \(phase.rawValue)\(since): \(consequence)"))
        }
        if let assessment, let dueBy = assessment.dueBy, let expires = mandate.expires {
            switch assessment.status {
            case .overdue:
                findings.append(
                    Finding(
                        "No T/PCC consultation is held or scheduled; it was due by \(dueBy), "
                            + "\(days(review.asOf.days(since: dueBy))) ago, and the mandate expires on \(expires).",
                        urgent: true))
            case .held where assessment.isLate:
                if let meeting = assessment.consultation {
                    findings.append(
                        Finding(
                            "The T/PCC consultation \(meeting.id) was held late, on \(meeting.start.day), "
                                + "\(days(meeting.start.day.days(since: dueBy))) after it was due (\(dueBy)).",
                            urgent: true))
                }
            case .scheduled:
                if let meeting = assessment.consultation {
                    let late = assessment.isLate ? ", after it is due (\(dueBy))" : ""
                    findings.append(
                        Finding(
                            "The T/PCC consultation \(meeting.id) is scheduled for \(meeting.start.day)\(late).",
                            urgent: assessment.isLate))
                }
            case .due:
                findings.append(
                    Finding(
                        "No T/PCC consultation is scheduled yet; it is due by \(dueBy), "
                            + (dueBy == review.asOf ? "today." : "in \(days(dueBy.days(since: review.asOf))))."),
                        urgent: dueBy.days(since: review.asOf) <= 14))
            case .held, .upcoming, .notApplicable:
                break
            }
        }
        let shares = Dictionary(uniqueKeysWithValues: review.contributors.rows.map { ($0.party, $0) })
        let large = review.contributors.notConsulted.compactMap { shares[$0] }.filter { $0.share >= largeShare }
        // Until the window opens, nobody is yet expected to have been consulted, nor any area discussed.
        let judging = assessment?.judgesConsultation ?? true
        if judging && !large.isEmpty {
            let names = large.map { "\($0.party) (\(percent($0.share)))" }.joined(separator: ", ")
            let unconsulted = 1 - review.contributors.consultedShare
            findings.append(
                Finding(
                    "Contributors holding \(percent(unconsulted)) of deployed personnel were not consulted in this renewal cycle, "
                        + "among them \(names).",
                    urgent: unconsulted >= 0.25))
        }
        let overdueGroups = StakeholderGroup.allCases.compactMap { group -> String? in
            let count = review.actions.byGroup[group].overdue
            return count == 0
                ? nil : "\(count) owned by \(group.rawValue == "council" ? "the Council" : "the \(group.rawValue)")"
        }
        if review.actions.overdue > 0 {
            // An owner in two groups (a Council member that contributes) counts in each: when the groups' counts
            // add up to more than the actions, the sentence says so, so that a reader's sum is not wrong.
            let counted = StakeholderGroup.allCases.reduce(0) { $0 + review.actions.byGroup[$1].overdue }
            let overlap =
                counted > review.actions.overdue
                ? " (an owner in two groups counts in each, so these add up to \(counted))" : ""
            findings.append(
                Finding(
                    "\(plural(review.actions.overdue, "action is", "actions are")) overdue: "
                        + "\(overdueGroups.joined(separator: ", "))\(overlap).",
                    urgent: true))
        }
        for (category, strength) in review.strength.byType.all where strength.overCeiling {
            guard let deployed = strength.deployed, let ceiling = strength.ceiling else { continue }
            let (subject, limit) =
                switch category {
                case .militaryContingents where mandate.ceilings.observersAndStaff == nil:
                    ("Military strength (\(ReportCell.grouped(deployed))) exceeds", "the troop ceiling")
                case .militaryContingents:
                    ("Military contingents (\(ReportCell.grouped(deployed))) exceed", "the troop ceiling")
                default:
                    (
                        category.label.prefix(1).uppercased() + category.label.dropFirst()
                            + " (\(ReportCell.grouped(deployed))) exceed", "their ceiling"
                    )
                }
            findings.append(Finding("\(subject) \(limit) (\(ReportCell.grouped(ceiling))).", urgent: true))
        }
        if let ceiling = mandate.policeCeiling, review.strength.police > ceiling {
            findings.append(
                Finding(
                    "Police strength (\(ReportCell.grouped(review.strength.police))) exceeds the police ceiling "
                        + "(\(ReportCell.grouped(ceiling))).", urgent: true))
        }
        let year = review.asOf.components.year
        for (category, strength) in review.strength.byType.all where strength.belowTarget {
            guard let share = strength.womenShare, let target = strength.parityTarget else { continue }
            findings.append(
                Finding(
                    // Rounded down, so that a share just below the target never reads as equal to it.
                    "Women are \(percent((share * 1_000).rounded(.down) / 1_000)) of \(category.label) in \(review.mission.acronym), below the \(year) "
                        + "parity target of \(percent(target))."))
        }
        if let finding = unansweredRequests(review, shares: shares) { findings.append(finding) }
        for (framework, areas) in [(A4PFramework.a4p, review.a4p), (.a4pPlus, review.a4pPlus)]
        where judging && !areas.notCovered.isEmpty {
            let count = areas.notCovered.count
            findings.append(
                Finding(
                    "\(count) of the \(framework.areas.count) \(framework.areasName) "
                        + "\(count == 1 ? "was" : "were") not discussed in this renewal cycle: "
                        + areas.notCovered.map(\.title).joined(separator: "; ") + "."))
        }
        return findings.filter(\.isUrgent) + findings.filter { !$0.isUrgent }
    }

    /// Requests raised by contributors holding a large share of personnel that no mandate has answered yet:
    /// pending in the adoption that ends the cycle (or all, while it is not recorded).
    static func unansweredRequests(_ review: MandateReview, shares: [String: MandateReview.ContributorRow])
        -> Finding?
    {
        let resolution = review.positions.judgedAgainst
        let unanswered = review.positions.items.filter { position in
            position.kind == .request && position.partyGroups.contains(.contributors)
                && resolution.flatMap { position.uptake(in: $0) } == nil
        }
        let parties = Array(Set(unanswered.map(\.party))).compactMap { shares[$0] }.sorted {
            ($0.share, $1.party) > ($1.share, $0.party)
        }
        let large = parties.filter { $0.share >= largeShare }
        guard !large.isEmpty else { return nil }
        let requests = unanswered.filter { position in large.contains { $0.party == position.party } }
        let held = large.reduce(0) { $0 + $1.share }
        return Finding(
            "Contributors holding \(percent(held)) of deployed personnel (\(large.map { "\($0.party) \(percent($0.share))" }.joined(separator: ", "))) "
                + "raised \(plural(requests.count, "request", "requests")) that no mandate has answered yet ("
                + requests.map(\.id.description).joined(separator: ", ") + ")"
                + (resolution.map { "; record their uptake in \($0) with 'triad position uptake'." }
                    ?? "; record their uptake once the Council adopts the next resolution."))
    }

    static func days(_ count: Int) -> String {
        plural(count, "day", "days")
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }
}
