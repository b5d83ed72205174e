import TriadCore

/// A mission's profile laid out for reading: `triad mission show`.
extension MissionProfile {
    /// How many contributors the profile lists, largest first.
    public static let contributorsShown = 10

    /// The document the text format renders.
    public var document: ReportDocument {
        var facts: [ReportFact] = []
        let host = mission.territory ?? mission.hosts.joined(separator: ", ")
        if !host.isEmpty { facts.append(ReportFact("Host", host)) }
        if let established = mission.established { facts.append(ReportFact("Established", established.description)) }
        if let closed = mission.closed { facts.append(ReportFact("Closed", closed.description)) }
        if mission.type != .peacekeeping { facts.append(ReportFact("Type", "special political mission")) }
        if let phase = mission.phaseChange(on: asOf) { facts.append(ReportFact("Phase", phase.sentence)) }
        if let predecessor = mission.predecessor { facts.append(ReportFact("Took over from", predecessor)) }
        if let successor = mission.successor { facts.append(ReportFact("Succeeded by", successor)) }
        if let mandate = mandateInForce {
            let expiry = mandate.expires.map { expires in
                "expires \(expires) (\(mandate.daysToExpiry(asOf: asOf).map { "\($0) days" } ?? ""))"
            }
            facts.append(
                ReportFact(
                    "Mandate", "\(mandate.resolution.symbol), adopted \(mandate.adopted), \(expiry ?? "open-ended")"))
        } else {
            facts.append(ReportFact("Mandate", "none in force"))
        }
        facts.append(
            ReportFact(
                "Strength",
                "\(ReportCell.grouped(strength.total)) (\(ReportCell.grouped(strength.military)) military, "
                    + "\(ReportCell.grouped(strength.allPolice)) police) from \(contributors.count) contributors"))
        var largest = ListTables.contributors(Array(contributors.prefix(MissionProfile.contributorsShown)))
        largest.emptyText = "No contributions are recorded for \(mission.acronym) on \(asOf)."
        var meetings = ListTables.meetings(recentMeetings)
        meetings.emptyText = "No meetings concerning \(mission.acronym) are recorded."
        var mandates = ListTables.mandates(mandates, asOf: asOf)
        mandates.emptyText = "No mandates are recorded for \(mission.acronym)."
        return ReportDocument(
            title: "\(mission.acronym) — \(mission.name)", subtitle: "As of \(asOf)", facts: facts,
            sections: [
                ReportSection("Mandates", [.table(mandates)]),
                ReportSection("Largest contributors", [.table(largest)]),
                ReportSection("Recent meetings", [.table(meetings)]),
                ReportSection("Open actions", [.table(ActionTable.make(openActions))]),
            ])
    }
}
