import TriadCore

/// A party's figures in a mission as they stand on a day: the question its latest contribution record
/// with `asOf` on or before the day answers.
public struct ContributionQuestion: Hashable, Sendable {
    public var party: Int64
    public var mission: Int64
    public var day: Day

    public init(party: Int64, mission: Int64, day: Day) {
        self.party = party
        self.mission = mission
        self.day = day
    }
}
