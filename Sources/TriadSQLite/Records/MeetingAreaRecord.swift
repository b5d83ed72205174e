import GRDB
import TriadCore

/// A row of `meetingArea`: an A4P area of a meeting, at its place in the order given.
struct MeetingAreaRecord: AreaTagRecord, Codable {
    static let databaseTableName = "meetingArea"
    static let owner = Column(CodingKeys.meetingId)
    var meetingId: Int64
    var area: A4PArea
    var position: Int

    init(owner: Int64, area: A4PArea, position: Int) {
        meetingId = owner
        self.area = area
        self.position = position
    }
}
