/// The five types of uniformed personnel the UN counts a contribution by.
public enum PersonnelType: String, CaseIterable, Codable, Sendable {
    case troops, staffOfficers, experts, police, formedPolice

    /// How a sentence names the type ("staff officers").
    public var label: String {
        switch self {
        case .troops: "troops"
        case .staffOfficers: "staff officers"
        case .experts: "experts on mission"
        case .police: "individual police"
        case .formedPolice: "formed police"
        }
    }

    /// The flag suffix that names the type on the command line (`--women-staff-officers`).
    public var flagName: String {
        switch self {
        case .troops: "troops"
        case .staffOfficers: "staff-officers"
        case .experts: "experts"
        case .police: "police"
        case .formedPolice: "formed-police"
        }
    }

    /// The parity category of the Uniformed Gender Parity Strategy the type counts in.
    public var parityCategory: ParityCategory {
        switch self {
        case .troops: .militaryContingents
        case .staffOfficers, .experts: .observersAndStaff
        case .police: .individualPolice
        case .formedPolice: .formedPolice
        }
    }
}
