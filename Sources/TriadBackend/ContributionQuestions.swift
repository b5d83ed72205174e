import TriadCore

/// The questions one asking of a backend's latest contributions puts: a list of them, or every party of a
/// list in every mission of another on one day (a party list asks that of 200 parties and every mission, and
/// is spared a list of twenty thousand).
public enum ContributionQuestions: Sendable {
    case each([ContributionQuestion])
    case everyPair(parties: [Int64], missions: [Int64], day: Day)
}
