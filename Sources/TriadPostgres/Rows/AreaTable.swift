/// The tables that tag a record with A4P areas, in the order given, and the column naming the record there.
enum AreaTable: String {
    case meeting = "meetingArea"
    case agendaItem = "agendaItemArea"
    case action = "actionItemArea"
    case position = "partyPositionArea"

    /// The column holding the tagged record's id.
    var owner: String {
        switch self {
        case .meeting: "meetingId"
        case .agendaItem: "agendaItemId"
        case .action: "actionItemId"
        case .position: "partyPositionId"
        }
    }
}
