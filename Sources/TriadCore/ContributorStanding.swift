/// A contributor's place in a mission on a day: its latest figures and its share of the mission's personnel.
public struct ContributorStanding: Hashable, Sendable {
    /// The latest contribution record on or before the day.
    public var contribution: Contribution
    /// Its personnel divided by the mission's total (0 when the mission has none).
    public var share: Double

    /// Creates a standing.
    public init(contribution: Contribution, share: Double) {
        self.contribution = contribution
        self.share = share
    }

    /// Ranks the latest records of a mission's contributors: those with personnel, largest first
    /// (ties by code), each with its share of the total.
    public static func ranking(_ latest: [Contribution]) -> [ContributorStanding] {
        let deployed = latest.filter(\.isDeployed)
        let total = deployed.reduce(0) { $0 + $1.personnel.total }
        return
            deployed
            .sorted { ($1.personnel.total, $0.party) < ($0.personnel.total, $1.party) }
            .map {
                ContributorStanding(
                    contribution: $0, share: total == 0 ? 0 : Double($0.personnel.total) / Double(total))
            }
    }
}
