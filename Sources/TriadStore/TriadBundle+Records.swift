extension TriadBundle {
    /// Hands on the bundle's records as a streaming export does: list by list, in the JSON's order, each
    /// command followed by its changes.
    public func forEachRecord(_ visit: (BundleRecord) throws -> Void) throws {
        for action in actions { try visit(.action(action)) }
        for contribution in contributions { try visit(.contribution(contribution)) }
        for seat in councilSeats { try visit(.councilSeat(seat)) }
        for command in journal {
            var bare = command
            bare.changes = []
            try visit(.command(bare))
            for change in command.changes { try visit(.change(change)) }
        }
        for mandate in mandates { try visit(.mandate(mandate)) }
        for meeting in meetings { try visit(.meeting(meeting)) }
        for mission in missions { try visit(.mission(mission)) }
        for party in parties { try visit(.party(party)) }
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
        }
    }
}
