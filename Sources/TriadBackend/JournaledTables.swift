/// The tables of user data: the change journal records every row they gain, lose or change, `undo` writes
/// only to them, and `db stats` counts them (with the journal's own two).
public enum JournaledTables {
    public static let all: Set<String> = [
        "party", "councilSeat", "mission", "missionHost", "mandate", "mandatePenholder", "mandateReportDue",
        "contribution", "meeting", "meetingMission", "meetingArea", "attendance", "invitation", "agendaItem",
        "agendaItemArea", "actionItem", "actionItemArea", "actionNote", "parityTarget",
        "missionPhase", "partyPosition", "partyPositionArea",
    ]

    /// The user tables and the journal's.
    public static let counted: [String] = all.union(["journalCommand", "journalChange"]).sorted()
}
