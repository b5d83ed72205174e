/// A category of uniformed personnel for which the Uniformed Gender Parity Strategy 2018-2028 sets a yearly
/// target share of women (DOMAIN.md).
public enum ParityCategory: String, Slug {
    public static let vocabularyName = "parity category"

    case militaryContingents = "military-contingents"
    case observersAndStaff = "observers-and-staff"
    case individualPolice = "individual-police"
    case formedPolice = "formed-police"
    case justiceAndCorrections = "justice-and-corrections"

    /// How a sentence names the category.
    public var label: String {
        switch self {
        case .militaryContingents: "military contingents"
        case .observersAndStaff: "military observers and staff officers"
        case .individualPolice: "individual police"
        case .formedPolice: "formed police units"
        case .justiceAndCorrections: "justice and corrections"
        }
    }

    /// The personnel types counted in the category; none for justice and corrections, which contributions
    /// do not count.
    public var personnelTypes: [PersonnelType] {
        PersonnelType.allCases.filter { $0.parityCategory == self }
    }
}
