import TriadCore

/// The uptake of the positions each group raised; a party in two groups (a Council member that contributes)
/// counts in both.
public struct GroupUptake: Encodable, Hashable, Sendable {
    public var council = UptakeCounts()
    public var contributors = UptakeCounts()
    public var secretariat = UptakeCounts()
    public var partners = UptakeCounts()

    /// Tallies the positions' uptake in `mandate` (all pending when nil) by the groups of the party that raised
    /// each, on the day it was raised.
    public init(_ positions: [Position], in mandate: ResolutionReference?) {
        for position in positions {
            let status = mandate.flatMap { position.uptake(in: $0) }?.status
            for group in position.partyGroups {
                switch group {
                case .council: council.add(status)
                case .contributors: contributors.add(status)
                case .secretariat: secretariat.add(status)
                case .partners: partners.add(status)
                }
            }
        }
    }

    /// The groups in triangle order with their counts, for a table.
    var rows: [(group: StakeholderGroup, counts: UptakeCounts)] {
        [(.council, council), (.contributors, contributors), (.secretariat, secretariat), (.partners, partners)]
    }
}
