import TriadCore

/// A mandate to record, as the user described it; the store checks it against the domain's rules
/// (``Mandate``) once the mission and penholders are known.
public struct MandateDraft: Sendable {
    public var mission: String
    public var resolution: ResolutionReference
    public var adopted: Day
    public var expires: Day?
    public var troopCeiling: Int?
    public var policeCeiling: Int?
    /// The ceilings set by type of personnel.
    public var ceilings: TypeCeilings
    /// Codes of the Council members that hold the pen.
    public var penholders: [String]
    /// Days on which the Secretary-General's reports are due.
    public var reportsDue: [Day]

    /// Creates a draft.
    public init(
        mission: String, resolution: ResolutionReference, adopted: Day, expires: Day?, troopCeiling: Int? = nil,
        policeCeiling: Int? = nil, ceilings: TypeCeilings = .none, penholders: [String] = [], reportsDue: [Day] = []
    ) {
        self.mission = mission
        self.resolution = resolution
        self.adopted = adopted
        self.expires = expires
        self.troopCeiling = troopCeiling
        self.policeCeiling = policeCeiling
        self.ceilings = ceilings
        self.penholders = penholders
        self.reportsDue = reportsDue
    }
}
