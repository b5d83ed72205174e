/// What a mission is: a peacekeeping operation, or a special political mission (DOMAIN.md, "The mission
/// catalogue").
public enum MissionType: String, Slug {
    /// A United Nations peacekeeping operation.
    case peacekeeping
    /// A special political mission that appears in the UN's personnel statistics (UNAMA, UNAMI).
    case political

    public static let vocabularyName = "mission type"
}
