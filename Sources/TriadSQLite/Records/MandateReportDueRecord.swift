import GRDB
import TriadCore

/// A row of `mandateReportDue`: a day a Secretary-General's report is due under a mandate.
struct MandateReportDueRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mandateReportDue"
    var mandateId: Int64
    var dueOn: Day

    enum Columns {
        static let mandateId = Column(CodingKeys.mandateId)
    }
}
