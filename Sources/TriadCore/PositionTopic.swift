/// What a position is about (DOMAIN.md, "Positions and their uptake").
public enum PositionTopic: String, Slug {
    case ceilings
    /// Tasks and priorities.
    case tasks
    case forceProtection = "force-protection"
    case rulesOfEngagement = "rules-of-engagement"
    /// Capabilities and enablers.
    case capabilities
    case hostConsent = "host-consent"
    case reporting
    case timelines
    case other

    public static let vocabularyName = "position topic"

    /// How a reader names it: "Capabilities and enablers".
    public var title: String {
        switch self {
        case .ceilings: "Ceilings"
        case .tasks: "Tasks and priorities"
        case .forceProtection: "Force protection"
        case .rulesOfEngagement: "Rules of engagement"
        case .capabilities: "Capabilities and enablers"
        case .hostConsent: "Host consent"
        case .reporting: "Reporting"
        case .timelines: "Timelines"
        case .other: "Other"
        }
    }
}
