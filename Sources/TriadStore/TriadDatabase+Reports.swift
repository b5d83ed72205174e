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
            // Driven by the dates (an index range), not by every meeting the mission ever had.
            return try TriadDatabase.meetingDetails(
                where: """
                    g.meetingDay BETWEEN :from AND :to
                      AND EXISTS (SELECT 1 FROM meetingMission mm WHERE mm.meetingId = g.id AND mm.missionId = :mission)
                    """, arguments: ["mission": mission.id, "from": from, "to": to], in: db)
        }
    }

    /// For each party, the day of the last held meeting concerning the mission that it attended, up to `day`.
    public func lastAttendance(mission acronym: String, upTo day: Day) throws -> [String: Day] {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            // One seek per party in the mission's attendance, kept ordered by party and day.
            let rows = try db.cachedRows(
                sql: """
                    SELECT code, lastDay
                    FROM (SELECT p.code, (SELECT max(x.meetingDay) FROM missionAttendance x
                                          WHERE x.missionId = :mission AND x.partyId = p.id
                                            AND x.meetingDay <= :day) AS lastDay
                          FROM party p)
                    WHERE lastDay IS NOT NULL
                    """, arguments: ["mission": mission.id, "day": day])
            var result: [String: Day] = [:]
            for row in rows {
                result[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
            }
            return result
        }
    }

    /// How many actions linked to a mission (directly or through their meeting) stand in each status,
    /// and how many are overdue on `day`.
    public func actionStatusCounts(mission acronym: String, asOf day: Day) throws -> ActionStatusCounts {
        try actionStatusCounts(missions: [acronym], asOf: day).values.first ?? ActionStatusCounts()
    }

    /// ``actionStatusCounts(mission:asOf:)`` for several missions in one statement, by acronym. With
    /// `openOnly`, closed actions are neither read nor counted (done and cancelled stay zero): the cost
    /// then follows the open actions, not the mission's whole history.
    public func actionStatusCounts(
        missions acronyms: [String], asOf day: Day, openOnly: Bool = false
    ) throws -> [String: ActionStatusCounts] {
        try read { db in
            // One count per index range of the mission's action links (mission, status): SQLite steps
            // through a range without reading its rows, where filtering every link of a long-lived mission
            // (MINURSO has 276,621) costs four times as much. With `openOnly`, closed ranges are not read.
            func count(_ statuses: String, _ condition: String = "") -> String {
                "(SELECT count(*) FROM missionAction l WHERE l.missionId = m.id AND l.status \(statuses)\(condition))"
            }
            let rows = try db.cachedRows(
                sql: """
                    SELECT m.acronym,
                           \(count("= 'open'")) AS open,
                           \(count("= 'in-progress'")) AS inProgress,
                           \(count("IN ('open', 'in-progress')", " AND l.dueOn < :day")) AS overdue,
                           \(openOnly ? "0" : count("= 'done'")) AS done,
                           \(openOnly ? "0" : count("= 'cancelled'")) AS cancelled
                    FROM mission m
                    WHERE m.id IN (SELECT value FROM json_each(:missions))
                    """, arguments: ["day": day, "missions": try TriadDatabase.missionIDs(acronyms, in: db)])
            var result: [String: ActionStatusCounts] = [:]
            for row in rows {
                result[try row.decode(forColumn: "acronym")] = ActionStatusCounts(
                    open: try row.decode(forColumn: "open"), inProgress: try row.decode(forColumn: "inProgress"),
                    overdue: try row.decode(forColumn: "overdue"), done: try row.decode(forColumn: "done"),
                    cancelled: try row.decode(forColumn: "cancelled"))
            }
            return result
        }
    }

    /// A4P areas tagged on actions linked to a mission that arose from a meeting between two days, or,
    /// without a meeting, fall due between them.
    public func actionAreas(mission acronym: String, from: Day, to: Day) throws -> Set<A4PArea> {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            // Through the period's meetings (a date range), then the actions recorded against the mission itself.
            let areas = try String.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT x.area FROM meeting g
                        JOIN actionItem a ON a.meetingId = g.id JOIN actionItemArea x ON x.actionItemId = a.id
                        WHERE g.meetingDay BETWEEN :from AND :to
                          AND EXISTS (SELECT 1 FROM meetingMission mm WHERE mm.meetingId = g.id AND mm.missionId = :mission)
                        UNION
                        SELECT x.area FROM actionItem a LEFT JOIN meeting g ON g.id = a.meetingId
                        JOIN actionItemArea x ON x.actionItemId = a.id
                        WHERE a.missionId = :mission AND coalesce(g.meetingDay, a.dueOn) BETWEEN :from AND :to
                        """), arguments: ["mission": mission.id, "from": from, "to": to])
            return Set(try areas.map { try A4PArea(slug: $0) })
        }
    }

    /// For each party, how many held meetings concerning a mission between two days it attended.
    public func attendanceCounts(mission acronym: String, from: Day, to: Day) throws -> [String: Int] {
        try read { db in
            let mission = try TriadDatabase.mission(acronym, in: db)
            // One range per party in the mission's attendance, kept ordered by party and day.
            let rows = try db.cachedRows(
                sql: """
                    SELECT code, meetings
                    FROM (SELECT p.code, (SELECT count(*) FROM missionAttendance x
                                          WHERE x.missionId = :mission AND x.partyId = p.id
                                            AND x.meetingDay BETWEEN :from AND :to) AS meetings
                          FROM party p)
                    WHERE meetings > 0
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
                    SELECT p.code, count(*) AS open, count(*) FILTER (WHERE l.dueOn < :day) AS overdue
                    FROM missionAction l JOIN party p ON p.id = l.ownerPartyId
                    WHERE l.missionId = :mission AND l.status IN ('open', 'in-progress')
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
