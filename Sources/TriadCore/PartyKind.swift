/// What sort of body a party is; a party's stakeholder groups follow partly from it.
public enum PartyKind: String, Slug {
    /// A UN member or observer state.
    case state
    /// A Secretariat entity (DPO, OMA, DOS, …).
    case secretariat
    /// A regional or international organization (AU, EU, …).
    case organization

    public static let vocabularyName = "party kind"
}
