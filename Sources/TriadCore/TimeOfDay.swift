/// A wall-clock time, to the minute.
public struct TimeOfDay: Hashable, Comparable, Sendable {
    /// Minutes since midnight, 0 to 1439.
    public let minutes: Int

    /// Creates a time from hours (0–23) and minutes (0–59), or returns nil if either is out of range.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// The hour, 0 to 23.
    public var hour: Int { minutes / 60 }
    /// The minute within the hour, 0 to 59.
    public var minute: Int { minutes % 60 }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutes < rhs.minutes
    }
}

/// A time prints as `HH:MM`.
extension TimeOfDay: CustomStringConvertible {
    public var description: String {
        "\(Day.pad(hour, 2)):\(Day.pad(minute, 2))"
    }
}
