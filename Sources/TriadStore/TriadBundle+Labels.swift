/// How each record of a bundle is named in what an import says about it.
extension TriadBundle.Party {
    /// "party XKX".
    public var label: String { "party \(code)" }
}

extension TriadBundle.Seat {
    /// "Council seat of IND from 2028-01-01".
    public var label: String { "Council seat of \(party) from \(from)" }
}

extension TriadBundle.Mission {
    /// "mission MINUSCA".
    public var label: String { "mission \(acronym)" }
}

extension TriadBundle.Mandate {
    /// "mandate 2800 (2025)".
    public var label: String { "mandate \(resolutionNumber) (\(resolutionYear))" }
}

extension TriadBundle.Contribution {
    /// "contribution of RWA to MINUSCA on 2025-09-30".
    public var label: String { "contribution of \(party) to \(mission) on \(asOf)" }
}

extension TriadBundle.Meeting {
    /// "meeting 'Private meeting with the T/PCCs' (2025-10-30)".
    public var label: String { "meeting '\(title)' (\(startsAt.day))" }
}

extension TriadBundle.Action {
    /// "action 'Circulate elements'".
    public var label: String { "action '\(title)'" }
}
