import GRDB
import TriadCore

/// A row of `mandate`.
struct MandateRecord: StoredRecord {
    static let databaseTableName = "mandate"
    var id: Int64?
    var uuid: String
    var missionId: Int64
    var resolutionNumber, resolutionYear: Int
    var adoptedOn: Day
    var expiresOn: Day?
    var troopCeiling, policeCeiling: Int?
    var observersCeiling, individualPoliceCeiling, formedPoliceCeiling, correctionsCeiling: Int?
    var createdAt, updatedAt: Timestamp

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let uuid = Column(CodingKeys.uuid)
        static let missionId = Column(CodingKeys.missionId)
        static let resolutionNumber = Column(CodingKeys.resolutionNumber)
        static let resolutionYear = Column(CodingKeys.resolutionYear)
    }

    /// The ceilings by type, as the domain holds them.
    var ceilings: TypeCeilings {
        get throws {
            try TypeCeilings(
                observersAndStaff: observersCeiling, individualPolice: individualPoliceCeiling,
                formedPolice: formedPoliceCeiling, corrections: correctionsCeiling)
        }
    }

    /// Sets the ceilings by type.
    mutating func set(_ ceilings: TypeCeilings) {
        observersCeiling = ceilings.observersAndStaff
        individualPoliceCeiling = ceilings.individualPolice
        formedPoliceCeiling = ceilings.formedPolice
        correctionsCeiling = ceilings.corrections
    }
}
