import GRDB
import TriadCore

/// A row of `contribution`.
struct ContributionRecord: Codable, FetchableRecord, MutablePersistableRecord {
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

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var personnel: Personnel {
        get throws {
            try Personnel(
                troops: troops, staffOfficers: staffOfficers, experts: experts, police: police,
                formedPolice: formedPolice)
        }
    }
}
