extension Mandate {
    /// The ceiling a category of personnel is held to: the troop ceiling for military contingents, the
    /// resolution's own ceiling for the others; nil where it sets none.
    public func ceiling(of category: ParityCategory) -> Int? {
        category == .militaryContingents ? troopCeiling : ceilings[category]
    }

    /// The deployed personnel counted against a category's ceiling. A resolution that sets military observers
    /// and staff officers apart (MONUSCO's 2808 (2025)) holds the contingents alone to the troop ceiling;
    /// one that does not, all military personnel. Nil for corrections, which contributions do not count.
    public func deployed(against category: ParityCategory, of deployed: Personnel) -> Int? {
        switch category {
        case .militaryContingents: ceilings.observersAndStaff == nil ? deployed.military : deployed.troops
        case .justiceAndCorrections: nil
        default: deployed.count(in: category)
        }
    }
}
