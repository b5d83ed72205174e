import TriadCore

/// A mission's mandate in force on a day: the latest adopted on or before it (of two adopted the same day,
/// the higher resolution number), the question each backend's `mandatesInForce` answers.
public struct MandateQuestion: Hashable, Sendable {
    public var mission: Int64
    public var day: Day

    public init(mission: Int64, day: Day) {
        self.mission = mission
        self.day = day
    }
}
