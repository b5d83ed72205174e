/// The short number of a meeting, shown as `M-12`.
public struct MeetingID: PrefixedIdentifier {
    public static let prefix = "M"
    public static let noun = "meeting"
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
}
