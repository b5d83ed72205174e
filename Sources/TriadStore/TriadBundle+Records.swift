extension TriadBundle: BundleSource {
    public func count(of list: List) -> Int {
        switch list {
        case .actions: actions.count
        case .contributions: contributions.count
        case .councilSeats: councilSeats.count
        case .journal: journal.count
        case .mandates: mandates.count
        case .meetings: meetings.count
        case .missions: missions.count
        case .parties: parties.count
        case .positions: positions.count
        }
    }

    public func forEach(_ list: List, _ visit: (BundleRecord) throws -> Void) throws {
        switch list {
        case .actions: for action in actions { try visit(.action(action)) }
        case .contributions: for contribution in contributions { try visit(.contribution(contribution)) }
        case .councilSeats: for seat in councilSeats { try visit(.councilSeat(seat)) }
        case .journal:
            for command in journal {
                var bare = command
                bare.changes = []
                try visit(.command(bare))
                for change in command.changes { try visit(.change(change)) }
            }
        case .mandates: for mandate in mandates { try visit(.mandate(mandate)) }
        case .meetings: for meeting in meetings { try visit(.meeting(meeting)) }
        case .missions: for mission in missions { try visit(.mission(mission)) }
        case .parties: for party in parties { try visit(.party(party)) }
        case .positions: for position in positions { try visit(.position(position)) }
        }
    }

    /// Hands on the bundle's records as a streaming export does: list by list, in the JSON's order.
    public func forEachRecord(_ visit: (BundleRecord) throws -> Void) throws {
        for list in List.allCases { try forEach(list, visit) }
    }

    /// Takes one record handed on by an export (the inverse of ``forEachRecord(_:)``).
    public mutating func append(_ record: BundleRecord) {
        switch record {
        case .action(let action): actions.append(action)
        case .contribution(let contribution): contributions.append(contribution)
        case .councilSeat(let seat): councilSeats.append(seat)
        case .command(let command): journal.append(command)
        case .change(let change): journal[journal.count - 1].changes.append(change)
        case .mandate(let mandate): mandates.append(mandate)
        case .meeting(let meeting): meetings.append(meeting)
        case .mission(let mission): missions.append(mission)
        case .party(let party): parties.append(party)
        case .position(let position): positions.append(position)
        }
    }
}
