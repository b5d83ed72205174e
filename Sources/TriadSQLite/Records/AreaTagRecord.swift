import GRDB
import TriadCore

/// A row of one of the tables that tag a record with A4P areas, in the order they were given: `meetingArea`
/// (`AreaTagRecord<MeetingRecord>`), `agendaItemArea`, `actionItemArea` and `partyPositionArea`.
struct AreaTagRecord<Owner: AreaTagOwner>: PersistableRecord {
    static var databaseTableName: String { Owner.areaTable }
    /// The column holding the tagged record's id.
    static var owner: Column { Column(Owner.areaOwnerColumn) }
    static var area: Column { Column("area") }
    static var position: Column { Column("position") }

    var owner: Int64
    var area: A4PArea
    /// The area's place in the order given, from 1.
    var position: Int

    func encode(to container: inout PersistenceContainer) {
        container[Owner.areaOwnerColumn] = owner
        container["area"] = area
        container["position"] = position
    }
}
