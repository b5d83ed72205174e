/// Where a mission stands in its life (DOMAIN.md, "The mission catalogue").
public enum MissionPhase: String, Slug {
    /// Deployed and renewed as usual.
    case active
    /// The Council decided a reduction or a final extension (UNIFIL from res. 2790 (2025)).
    case drawdown
    /// The mandate has ended or is ending; the mission is leaving.
    case withdrawal
    /// The mission has left; its assets and accounts are being wound up.
    case liquidation
    /// The mission is over.
    case closed

    public static let vocabularyName = "mission phase"

    /// Whether the mission's mandate is still prepared by a renewal: an active mission's is, and so is one in
    /// drawdown (whose next resolution may extend it, reduced or for the last time); a mission withdrawing,
    /// in liquidation or closed has no renewal to consult on.
    public var expectsRenewal: Bool {
        self == .active || self == .drawdown
    }
}
