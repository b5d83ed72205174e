import GRDB

/// A row of `mandatePenholder`: a Council member holding the pen on a mandate.
struct MandatePenholderRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mandatePenholder"
    var mandateId, partyId: Int64

    enum Columns {
        static let mandateId = Column(CodingKeys.mandateId)
    }
}
