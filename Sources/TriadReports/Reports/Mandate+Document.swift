import TriadCore

/// One mandate laid out for reading: `triad mandate show`.
extension Mandate {
    /// The document the text format renders, with the days to expiry counted from `day`.
    public func document(asOf day: Day) -> ReportDocument {
        var facts = [ReportFact("Mission", mission), ReportFact("Adopted", adopted.description)]
        facts.append(
            ReportFact(
                "Expires",
                expires.map { "\($0) (\(daysToExpiry(asOf: day).map { "\($0) days" } ?? "") from \(day))" }
                    ?? "open-ended"))
        if let troopCeiling { facts.append(ReportFact("Troop ceiling", ReportCell.grouped(troopCeiling))) }
        if let policeCeiling { facts.append(ReportFact("Police ceiling", ReportCell.grouped(policeCeiling))) }
        for category in ParityCategory.allCases {
            if let ceiling = ceilings[category] {
                facts.append(ReportFact("Ceiling, \(category.label)", ReportCell.grouped(ceiling)))
            }
        }
        if !penholders.isEmpty { facts.append(ReportFact("Penholders", penholders.joined(separator: ", "))) }
        if !reportsDue.isEmpty {
            facts.append(ReportFact("Reports due", reportsDue.map(\.description).joined(separator: ", ")))
        }
        if let supersedes { facts.append(ReportFact("Supersedes", supersedes.description)) }
        return ReportDocument(title: resolution.symbol, subtitle: "Mandate of \(mission)", facts: facts)
    }
}
