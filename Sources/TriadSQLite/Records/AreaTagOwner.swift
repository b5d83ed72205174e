/// A record that A4P areas tag, with the table of its tags and the column naming it there.
protocol AreaTagOwner {
    static var areaTable: String { get }
    static var areaOwnerColumn: String { get }
}

extension MeetingRecord: AreaTagOwner {
    static let areaTable = "meetingArea"
    static let areaOwnerColumn = "meetingId"
}

extension AgendaItemRecord: AreaTagOwner {
    static let areaTable = "agendaItemArea"
    static let areaOwnerColumn = "agendaItemId"
}

extension ActionItemRecord: AreaTagOwner {
    static let areaTable = "actionItemArea"
    static let areaOwnerColumn = "actionItemId"
}

extension PartyPositionRecord: AreaTagOwner {
    static let areaTable = "partyPositionArea"
    static let areaOwnerColumn = "partyPositionId"
}
