extension Mission {
    /// The mission's phase on `day`, with the day it began; nil before the mission was established.
    ///
    /// The latest phase recorded on or before `day` stands; without one the mission is `active` from its
    /// establishment. After its closing day it is `closed`, unless a phase recorded after that day
    /// (a `liquidation`) says more.
    public func phaseChange(on day: Day) -> MissionPhaseChange? {
        if let established, day < established { return nil }
        var standing = MissionPhaseChange(phase: .active, from: established)
        for change in phases {
            guard let from = change.from, from <= day else { continue }
            if standing.from.map({ $0 <= from }) ?? true { standing = change }
        }
        if let closed, closed < day, standing.from.map({ $0 <= closed }) ?? true {
            standing = MissionPhaseChange(phase: .closed, from: closed.adding(days: 1))
        }
        return standing
    }

    /// The mission's phase on `day`; nil before it was established.
    public func phase(on day: Day) -> MissionPhase? {
        phaseChange(on: day)?.phase
    }
}

extension Mission {
    /// Refuses a phase that would begin before the mission was established.
    public func check(_ change: MissionPhaseChange) throws(DomainError) {
        if let from = change.from, let established, from < established {
            throw .phaseBeforeEstablishment(
                mission: acronym, phase: change.phase, from: from, established: established)
        }
    }
}
