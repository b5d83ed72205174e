import TriadCore

/// A party's figures in a mission as they stand on a day: the question its latest contribution record
/// with `asOf` on or before the day answers.
struct ContributionQuestion: Hashable {
    var party: Int64
    var mission: Int64
    var day: Day
}

/// The questions one asking of ``SQLiteSession/latestContributions(_:)`` puts: a list of them, or every
/// party of a list in every mission of another on one day (a party list asks that of 200 parties and
/// every mission, and is spared a list of twenty thousand).
enum ContributionQuestions {
    case each([ContributionQuestion])
    case everyPair(parties: [Int64], missions: [Int64], day: Day)
}
