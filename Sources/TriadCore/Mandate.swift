/// A Security Council resolution that authorizes a mission for a period.
public struct Mandate: Hashable, Sendable {
    /// Stable identity across databases.
    public var uuid: String
    /// The mission's acronym.
    public var mission: String
    /// The resolution.
    public var resolution: ResolutionReference
    /// Day of adoption.
    public var adopted: Day
    /// Day of expiry; nil for an open-ended mandate (UNMIK, UNMOGIP, UNTSO).
    public var expires: Day?
    /// Authorized military personnel, if set.
    public var troopCeiling: Int?
    /// Authorized police personnel, if set.
    public var policeCeiling: Int?
    /// The ceilings the resolution sets by type of personnel.
    public var ceilings: TypeCeilings
    /// Codes of the Council members that hold the pen.
    public var penholders: [String]
    /// Days on which the Secretary-General's reports are due.
    public var reportsDue: [Day]
    /// The resolution in force before this one, if any.
    public var supersedes: ResolutionReference?
    /// When its record last changed.
    public var updatedAt: Timestamp

    /// Creates a mandate, checking that it expires after its adoption and that ceilings are not negative.
    public init(
        uuid: String, mission: String, resolution: ResolutionReference, adopted: Day, expires: Day?,
        troopCeiling: Int? = nil, policeCeiling: Int? = nil, ceilings: TypeCeilings = .none,
        penholders: [String] = [], reportsDue: [Day] = [],
        supersedes: ResolutionReference? = nil, updatedAt: Timestamp = Timestamp(millisecondsSince1970: 0)
    ) throws(DomainError) {
        if let expires, expires <= adopted {
            throw .expiryNotAfterAdoption(resolution: resolution.description, adopted: adopted, expires: expires)
        }
        if let troopCeiling, troopCeiling < 0 { throw .negativeNumber(field: "the troop ceiling", value: troopCeiling) }
        if let policeCeiling, policeCeiling < 0 {
            throw .negativeNumber(field: "the police ceiling", value: policeCeiling)
        }
        self.uuid = uuid
        self.mission = mission
        self.resolution = resolution
        self.adopted = adopted
        self.expires = expires
        self.troopCeiling = troopCeiling
        self.policeCeiling = policeCeiling
        self.ceilings = ceilings
        self.penholders = penholders
        self.reportsDue = reportsDue.sorted()
        self.supersedes = supersedes
        self.updatedAt = updatedAt
    }

    /// Days from `today` to expiry (negative once expired); nil when open-ended.
    public func daysToExpiry(asOf today: Day) -> Int? {
        expires.map { $0.days(since: today) }
    }

    /// The mandate period as of `today`: from adoption to expiry, or to `today` when open-ended.
    public func period(asOf today: Day) -> ClosedRange<Day> {
        let end = expires ?? max(today, adopted)
        return adopted...end
    }
}
