/// The tables that tag records with A4P areas; names come from here, never from input.
enum AreaTable: String {
    case meeting = "meetingArea"
    case agendaItem = "agendaItemArea"
    case actionItem = "actionItemArea"

    /// The column holding the tagged record's id.
    var ownerColumn: String {
        switch self {
        case .meeting: "meetingId"
        case .agendaItem: "agendaItemId"
        case .actionItem: "actionItemId"
        }
    }
}
