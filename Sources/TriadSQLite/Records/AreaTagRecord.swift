import GRDB
import TriadCore

/// A row of one of the tables that tag a record with A4P areas, in the order they were given:
/// `meetingArea`, `agendaItemArea` and `actionItemArea`.
protocol AreaTagRecord: PersistableRecord, FetchableRecord {
    /// The column holding the tagged record's id.
    static var owner: Column { get }
    /// A tag of record `owner` with `area` at `position` (from 1).
    init(owner: Int64, area: A4PArea, position: Int)
}

/// The column names the three tables share.
enum AreaTagColumns {
    static let area = Column("area")
    static let position = Column("position")
}
