import GRDB
import TriadCore

/// A row of `actionItemArea`: an A4P area of an action item, at its place in the order given.
struct ActionItemAreaRecord: AreaTagRecord, Codable {
    static let databaseTableName = "actionItemArea"
    static let owner = Column(CodingKeys.actionItemId)
    var actionItemId: Int64
    var area: A4PArea
    var position: Int

    init(owner: Int64, area: A4PArea, position: Int) {
        actionItemId = owner
        self.area = area
        self.position = position
    }
}
