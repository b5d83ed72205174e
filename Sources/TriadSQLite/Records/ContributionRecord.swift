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

    /// Sets the figures.
    mutating func set(_ personnel: Personnel) {
        troops = personnel.troops
        staffOfficers = personnel.staffOfficers
        experts = personnel.experts
        police = personnel.police
        formedPolice = personnel.formedPolice
    }
}
