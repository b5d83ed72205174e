/// How far a record may travel (ST/SGB/2007/6): the levels in order, lowest first.
public enum Classification: String, Slug, Comparable {
    /// Anyone may see it.
    case unclassified
    /// Those cleared for confidential records; the default of private meetings and what they produce.
    case confidential
    /// Those cleared for strictly confidential records only.
    case strictlyConfidential = "strictly-confidential"

    public static let vocabularyName = "classification"

    /// The level's rank: 0 for unclassified, 2 for strictly confidential.
    public var rank: Int {
        switch self {
        case .unclassified: 0
        case .confidential: 1
        case .strictlyConfidential: 2
        }
    }

    /// The marking a printed page carries at its top and bottom ("STRICTLY CONFIDENTIAL").
    public var marking: String {
        switch self {
        case .unclassified: "UNCLASSIFIED"
        case .confidential: "CONFIDENTIAL"
        case .strictlyConfidential: "STRICTLY CONFIDENTIAL"
        }
    }

    /// The marking of a page holding records of these levels: the highest, or nil when none is classified.
    public static func marking(of levels: some Sequence<Classification>) -> Classification? {
        levels.max().flatMap { $0 > .unclassified ? $0 : nil }
    }

    /// Whether putting `other` in place of a record of this level would lower it, which an import never does:
    /// a record goes down a level only by a command of someone cleared for both.
    public func isLowered(by other: Classification) -> Bool {
        other < self
    }

    public static func < (lhs: Classification, rhs: Classification) -> Bool {
        lhs.rank < rhs.rank
    }
}
