/// Where a meeting stands.
public enum MeetingStatus: String, Slug {
    /// Planned, not yet held.
    case scheduled
    /// Took place.
    case held
    /// Called off.
    case cancelled

    public static let vocabularyName = "meeting status"

    /// The status of a newly logged meeting: scheduled when it lies after today or the user says so.
    public static func initial(for day: Day, today: Day, markedScheduled: Bool) -> MeetingStatus {
        markedScheduled || day > today ? .scheduled : .held
    }

    /// Whether a meeting in this status may move to `next`: only a scheduled meeting is held or cancelled.
    public func canBecome(_ next: MeetingStatus) -> Bool {
        self == .scheduled && next != .scheduled
    }
}
