import GRDB
import TriadCore

/// A row of `agendaItemArea`: an A4P area of an agenda item, at its place in the order given.
struct AgendaItemAreaRecord: AreaTagRecord, Codable {
    static let databaseTableName = "agendaItemArea"
    static let owner = Column(CodingKeys.agendaItemId)
    var agendaItemId: Int64
    var area: A4PArea
    var position: Int

    init(owner: Int64, area: A4PArea, position: Int) {
        agendaItemId = owner
        self.area = area
        self.position = position
    }
}
