import TriadCore

/// A mission's mandate in force on a day: the question ``SQLiteSession/mandatesInForce(_:)`` answers.
struct MandateQuestion: Hashable {
    var mission: Int64
    var day: Day
}
