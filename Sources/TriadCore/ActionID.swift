/// The short number of an action item, shown as `A-57`.
public struct ActionID: PrefixedIdentifier {
    public static let prefix = "A"
    public static let noun = "action"
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
}
