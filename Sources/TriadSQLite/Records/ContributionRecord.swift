import GRDB
import TriadCore

/// A row of `contribution`.
struct ContributionRecord: StoredRecord {
    static let databaseTableName = "contribution"
    var id: Int64?
    var uuid: String
    var missionId, partyId: Int64
    var asOf: Day
    var troops, staffOfficers, experts, police, formedPolice: Int
    var womenTroops, womenStaffOfficers, womenExperts, womenPolice, womenFormedPolice: Int
    var createdAt, updatedAt: Timestamp

    enum Columns {
        static let missionId = Column(CodingKeys.missionId)
        static let partyId = Column(CodingKeys.partyId)
        static let asOf = Column(CodingKeys.asOf)
    }

    /// The figures, checked as the domain checks them.
    var personnel: Personnel {
        get throws {
            try Personnel(
                troops: troops, staffOfficers: staffOfficers, experts: experts, police: police,
                formedPolice: formedPolice)
        }
    }

    /// The women among them.
    var women: Personnel {
        get throws {
            try Personnel(
                troops: womenTroops, staffOfficers: womenStaffOfficers, experts: womenExperts, police: womenPolice,
                formedPolice: womenFormedPolice)
        }
    }

    /// Sets the figures and the women among them.
    mutating func set(_ personnel: Personnel, women: Personnel) {
        troops = personnel.troops
        staffOfficers = personnel.staffOfficers
        experts = personnel.experts
        police = personnel.police
        formedPolice = personnel.formedPolice
        womenTroops = women.troops
        womenStaffOfficers = women.staffOfficers
        womenExperts = women.experts
        womenPolice = women.police
        womenFormedPolice = women.formedPolice
    }
}
