import TriadCore

/// A mission's strength in each category of uniformed personnel, keyed as a mandate's `ceilings` are.
public struct StrengthByType: Encodable, Sendable {
    public var militaryContingents: TypeStrength
    public var observersAndStaff: TypeStrength
    public var individualPolice: TypeStrength
    public var formedPolice: TypeStrength
    public var corrections: TypeStrength

    /// The strength of every category. Records that count no women at all (files and entries made before
    /// triad kept women) are not judged against the parity targets: an unrecorded figure is not a zero.
    init(deployed: Personnel, women: Personnel, mandate: Mandate?, targets: [ParityTarget]) {
        let judged = women.total > 0 ? targets : []
        func strength(_ category: ParityCategory) -> TypeStrength {
            TypeStrength(
                category, deployed: deployed, women: women, mandate: mandate,
                target: judged.first { $0.category == category })
        }
        militaryContingents = strength(.militaryContingents)
        observersAndStaff = strength(.observersAndStaff)
        individualPolice = strength(.individualPolice)
        formedPolice = strength(.formedPolice)
        corrections = strength(.justiceAndCorrections)
    }

    /// Each category with its strength, in the order of ``ParityCategory/allCases``.
    public var all: [(category: ParityCategory, strength: TypeStrength)] {
        [
            (.militaryContingents, militaryContingents), (.observersAndStaff, observersAndStaff),
            (.individualPolice, individualPolice), (.formedPolice, formedPolice), (.justiceAndCorrections, corrections),
        ]
    }
}
