import GRDB
import TriadCore

/// The queries that feed the reports, each bounded by a mission, a period or a status.
extension TriadDatabase {
    /// One mission.
    public func mission(_ acronym: String) throws -> Mission {
        try read { db in
            let record = try TriadDatabase.mission(acronym, in: db)
            return try TriadDatabase.missions(in: db, where: "m.id = :id", arguments: ["id": record.id])[0]
        }
    }

    /// A mission's mandate in force on `day`, or nil when none was adopted by then.
    public func mandate(mission acronym: String, on day: Day) throws -> Mandate? {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let all = try TriadDatabase.mandates(where: "d.missionId = :id", arguments: ["id": mission.id], in: db)
            return Mandate.inForce(on: day, among: all)
        }
    }

    /// Meetings concerning a mission between two days (inclusive), with attendance and agenda, by date.
    public func meetingDetails(mission acronym: String, from: Day, to: Day) throws -> [MeetingDetail] {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT g.id FROM meetingMission mm JOIN meeting g ON g.id = mm.meetingId
                    WHERE mm.missionId = ? AND g.meetingDay BETWEEN ? AND ?
                    ORDER BY g.meetingDay, g.startsAt, g.id
                    """, arguments: [mission.id, from, to])
            return try ids.map { try TriadDatabase.meetingDetail(MeetingID(rawValue: $0), in: db) }
        }
    }

    /// For each party, the day of the last held meeting concerning the mission that it attended, up to `day`.
    public func lastAttendance(mission acronym: String, upTo day: Day) throws -> [String: Day] {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let rows = try db.cachedRows(
                sql: """
                    SELECT p.code, last.lastDay
                    FROM (SELECT a.partyId, max(g.meetingDay) AS lastDay
                          FROM meetingMission mm CROSS JOIN meeting g CROSS JOIN attendance a
                          WHERE mm.missionId = :mission AND g.id = mm.meetingId AND g.status = 'held'
                            AND g.meetingDay <= :day AND a.meetingId = g.id
                          GROUP BY a.partyId) AS last
                    JOIN party p ON p.id = last.partyId
                    """, arguments: ["mission": mission.id, "day": day])
            var result: [String: Day] = [:]
            for row in rows {
                result[try row.decode(forColumn: "code")] = try row.decode(forColumn: "lastDay")
            }
            return result
        }
    }

    /// How many actions linked to a mission (directly or through their meeting) stand in each status,
    /// and how many are overdue on `day`.
    public func actionStatusCounts(mission acronym: String, asOf day: Day) throws -> ActionStatusCounts {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*) FILTER (WHERE status = 'open') AS open,
                           count(*) FILTER (WHERE status = 'in-progress') AS inProgress,
                           count(*) FILTER (WHERE status IN ('open', 'in-progress') AND dueOn < :day) AS overdue,
                           count(*) FILTER (WHERE status = 'done') AS done,
                           count(*) FILTER (WHERE status = 'cancelled') AS cancelled
                    FROM actionItem a
                    WHERE \(TriadDatabase.linkedToMission)
                    """, arguments: ["day": day, "mission": mission.id])
            return ActionStatusCounts(
                open: try row?.decode(forColumn: "open") ?? 0,
                inProgress: try row?.decode(forColumn: "inProgress") ?? 0,
                overdue: try row?.decode(forColumn: "overdue") ?? 0, done: try row?.decode(forColumn: "done") ?? 0,
                cancelled: try row?.decode(forColumn: "cancelled") ?? 0)
        }
    }

    /// A4P areas tagged on actions linked to a mission that arose from a meeting between two days, or,
    /// without a meeting, fall due between them.
    public func actionAreas(mission acronym: String, from: Day, to: Day) throws -> Set<A4PArea> {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let areas = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT x.area FROM actionItemArea x JOIN actionItem a ON a.id = x.actionItemId
                    LEFT JOIN meeting g ON g.id = a.meetingId
                    WHERE \(TriadDatabase.linkedToMission)
                      AND coalesce(g.meetingDay, a.dueOn) BETWEEN :from AND :to
                    """, arguments: ["mission": mission.id, "from": from, "to": to])
            return Set(try areas.map { try A4PArea(slug: $0) })
        }
    }

    /// For each party, how many held meetings concerning a mission between two days it attended.
    public func attendanceCounts(mission acronym: String, from: Day, to: Day) throws -> [String: Int] {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let rows = try db.cachedRows(
                sql: """
                    SELECT p.code, attended.meetings
                    FROM (SELECT a.partyId, count(*) AS meetings
                          FROM meetingMission mm CROSS JOIN meeting g CROSS JOIN attendance a
                          WHERE mm.missionId = :mission AND g.id = mm.meetingId AND g.status = 'held'
                            AND g.meetingDay BETWEEN :from AND :to AND a.meetingId = g.id
                          GROUP BY a.partyId) AS attended
                    JOIN party p ON p.id = attended.partyId
                    """, arguments: ["mission": mission.id, "from": from, "to": to])
            var result: [String: Int] = [:]
            for row in rows {
                result[try row.decode(forColumn: "code")] = try row.decode(forColumn: "meetings")
            }
            return result
        }
    }

    /// For each owner, how many actions linked to a mission are open (or in progress) and overdue on `day`.
    public func actionCountsByOwner(mission acronym: String, asOf day: Day) throws -> [String: (
        open: Int, overdue: Int
    )] {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            let rows = try db.cachedRows(
                sql: """
                    SELECT p.code, count(*) AS open, count(*) FILTER (WHERE a.dueOn < :day) AS overdue
                    FROM actionItem a JOIN party p ON p.id = a.ownerPartyId
                    WHERE a.status IN ('open', 'in-progress') AND \(TriadDatabase.linkedToMission)
                    GROUP BY p.code
                    """, arguments: ["day": day, "mission": mission.id])
            var result: [String: (open: Int, overdue: Int)] = [:]
            for row in rows {
                result[try row.decode(forColumn: "code")] = (
                    try row.decode(forColumn: "open"), try row.decode(forColumn: "overdue")
                )
            }
            return result
        }
    }
}
