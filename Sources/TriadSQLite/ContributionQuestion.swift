import TriadCore

/// A party's figures in a mission as they stand on a day: the question its latest contribution record
/// with `asOf` on or before the day answers.
struct ContributionQuestion: Hashable {
    var party: Int64
    var mission: Int64
    var day: Day
}
