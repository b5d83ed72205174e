import GRDB

/// The tables that triggers keep as summaries of others (schema v0006), each with the query that derives it
/// from the records: what `db check` compares and `db check --repair` rebuilds.
enum DerivedTable: String, CaseIterable {
    /// One row per (mission, action) an action concerns: its own mission and its meeting's missions.
    case missionAction
    /// One row per party present at a held meeting concerning a mission.
    case missionAttendance

    /// The rows the table must hold, derived from the records.
    var derivation: String {
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

    /// Rows of the table missing, extra or different from what it derives from.
    func rowsAmiss(in db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT (SELECT count(*) FROM (SELECT * FROM \(rawValue) EXCEPT SELECT * FROM (\(derivation))))
                     + (SELECT count(*) FROM (SELECT * FROM (\(derivation)) EXCEPT SELECT * FROM \(rawValue)))
                """) ?? 0
    }

    /// Replaces the table's rows with what they derive from.
    func rebuild(in db: Database) throws {
        try db.execute(sql: "DELETE FROM \(rawValue)")
        try db.execute(sql: "INSERT INTO \(rawValue) SELECT * FROM (\(derivation))")
    }
}
