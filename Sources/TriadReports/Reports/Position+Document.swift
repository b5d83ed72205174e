import TriadCore

/// One position laid out for reading: `triad position show`.
extension Position {
    /// The document the text format renders.
    public var document: ReportDocument {
        var facts = [
            ReportFact("Raised by", "\(party) (\(partyName)); \(partyGroups.map(\.rawValue).joined(separator: ", "))"),
            ReportFact(
                "At", "\(meeting), \(raisedOn)" + (missions.isEmpty ? "" : " (\(missions.joined(separator: ", ")))")),
            ReportFact("Kind", kind.rawValue),
            ReportFact("Topic", topic.title),
        ]
        if !a4p.isEmpty { facts.append(ReportFact("A4P", a4p.map(\.rawValue).joined(separator: ", "))) }
        facts.append(ReportFact("Classification", classification.rawValue + " (its meeting's)"))
        if let uptake {
            facts.append(
                ReportFact(
                    "Uptake",
                    "\(uptake.status.rawValue) in \(uptake.mandate)" + (uptake.paragraph.map { ", \($0)" } ?? "")))
            if let note = uptake.note { facts.append(ReportFact("Uptake note", note)) }
        } else {
            facts.append(ReportFact("Uptake", "pending"))
        }
        var document = ReportDocument(
            title: "\(id) — \(kind.rawValue) by \(party) on \(topic.title.lowercased())",
            subtitle: "Raised \(raisedOn)",
            facts: facts, sections: [ReportSection("Text", [.paragraph(text)])])
        document.marking = Classification.marking(of: [classification])
        return document
    }
}
