/// What a party did in raising a position at a consultation (DOMAIN.md, "Positions and their uptake").
public enum PositionKind: String, Slug {
    /// It asked for something: a ceiling, enablers, a change of tasks.
    case request
    /// It warned of something.
    case concern
    /// It said what it will do.
    case commitment
    /// It said what it will not or cannot do.
    case caveat

    public static let vocabularyName = "position kind"
}
