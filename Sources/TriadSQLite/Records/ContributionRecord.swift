import GRDB
import TriadCore

/// A row of `contribution`.
struct ContributionRecord: Codable, FetchableRecord, MutablePersistableRecord, StoredRecord {
    static let databaseTableName = "contribution"
    var id: Int64?
    var uuid: String
    var missionId: Int64
    var partyId: Int64
    var asOf: Day
    var troops: Int
    var staffOfficers: Int
    var experts: Int
    var police: Int
    var formedPolice: Int
    var createdAt: Timestamp
    var updatedAt: Timestamp

    enum Columns {
        static let missionId = Column(CodingKeys.missionId)
        static let partyId = Column(CodingKeys.partyId)
        static let asOf = Column(CodingKeys.asOf)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
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
