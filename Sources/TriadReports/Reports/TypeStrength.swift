import TriadCore

/// One category of uniformed personnel in a mission on a day: how many are deployed, how many of them are
/// women, against the mandate's ceiling for the category and the year's parity target.
public struct TypeStrength: Encodable, Sendable {
    /// Deployed personnel counted against the category's ceiling; nil for corrections, which contributions
    /// do not count.
    @Nullable public var deployed: Int?
    /// The women among the personnel of the category.
    @Nullable public var women: Int?
    /// Their share of the category's personnel.
    @Nullable public var womenShare: Double?
    /// The ceiling the mandate sets for the category, if any.
    @Nullable public var ceiling: Int?
    /// The year's parity target for the category, as a share, if one is recorded.
    @Nullable public var parityTarget: Double?
    /// Whether the deployed personnel exceed the ceiling.
    public var overCeiling: Bool
    /// Whether the share of women falls short of the year's target.
    public var belowTarget: Bool

    /// The category's strength in `deployed`, with women, against the mandate's ceiling and the target.
    init(
        _ category: ParityCategory, deployed: Personnel, women: Personnel, mandate: Mandate?, target: ParityTarget?
    ) {
        let personnel = category.personnelTypes.isEmpty ? nil : deployed.count(in: category)
        let womenCount = category.personnelTypes.isEmpty ? nil : women.count(in: category)
        let counted = mandate?.deployed(against: category, of: deployed) ?? personnel
        let ceiling = mandate?.ceiling(of: category)
        self.deployed = counted
        self.women = womenCount
        womenShare = personnel.map { Share.of(womenCount ?? 0, in: $0) }
        self.ceiling = ceiling
        parityTarget = target.map { Double($0.perMille) / 1_000 }
        if let counted, let ceiling { overCeiling = counted > ceiling } else { overCeiling = false }
        if let womenCount, let personnel, let target {
            belowTarget = target.isMissed(women: womenCount, of: personnel)
        } else {
            belowTarget = false
        }
    }
}
