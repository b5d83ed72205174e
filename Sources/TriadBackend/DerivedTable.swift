/// The tables that triggers keep as summaries of others (SQLite's v0006, PostgreSQL's p0004), each with the
/// query that derives it from the records: what `db check` compares and `db check --repair` rebuilds, in SQL
/// both backends run as written.
public enum DerivedTable: String, CaseIterable, Sendable {
    /// One row per (mission, action) an action concerns: its own mission and its meeting's missions.
    case missionAction
    /// One row per party present at a held meeting concerning a mission.
    case missionAttendance

    /// The rows the table must hold, derived from the records.
    public var derivation: String {
        switch self {
        case .missionAction:
            """
            SELECT meetingMission.missionId, actionItem.id, actionItem.status, actionItem.ownerPartyId, actionItem.dueOn
            FROM actionItem JOIN meetingMission ON meetingMission.meetingId = actionItem.meetingId
            UNION
            SELECT actionItem.missionId, actionItem.id, actionItem.status, actionItem.ownerPartyId, actionItem.dueOn
            FROM actionItem WHERE actionItem.missionId IS NOT NULL
            """
        case .missionAttendance:
            """
            SELECT meetingMission.missionId, attendance.partyId, meeting.meetingDay, meeting.id
            FROM meeting JOIN meetingMission ON meetingMission.meetingId = meeting.id
            JOIN attendance ON attendance.meetingId = meeting.id
            WHERE meeting.status = 'held'
            """
        }
    }

    /// The count of the table's rows missing, extra or different from what it derives from.
    public var countAmiss: String {
        """
        SELECT (SELECT count(*) FROM (SELECT * FROM \(rawValue) EXCEPT SELECT * FROM (\(derivation)) AS derived) AS extra)
             + (SELECT count(*) FROM (SELECT * FROM (\(derivation)) AS derived EXCEPT SELECT * FROM \(rawValue)) AS missing)
        """
    }

    /// The statements that replace the table's rows with what they derive from.
    public var rebuild: [String] {
        ["DELETE FROM \(rawValue)", "INSERT INTO \(rawValue) SELECT * FROM (\(derivation)) AS derived"]
    }
}
