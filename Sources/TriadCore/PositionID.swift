/// The short number of a position raised at a meeting, shown as `P-12`.
public struct PositionID: PrefixedIdentifier {
    public static let prefix = "P"
    public static let noun = "position"
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
}
