/// Whether the mandate that followed a position took it up (DOMAIN.md, "Positions and their uptake").
public enum UptakeStatus: String, Slug {
    case takenUp = "taken-up"
    case partly
    case notTakenUp = "not-taken-up"
    /// No longer relevant by the time of the adoption.
    case overtaken

    public static let vocabularyName = "uptake"
}
