import GRDB
import TriadBackend
import TriadCore
import TriadStore

/// The queries that feed the reports, each bounded by a mission, a period or a status.
extension SQLiteSession {
    func lastAttendance(mission acronym: String, upTo day: Day) throws -> [String: Day] {
        // One seek per party in the mission's attendance, kept ordered by party and day.
        let rows = try db.cachedRows(
            sql: """
                SELECT code, lastDay
                FROM (SELECT party.code, (SELECT max(attended.meetingDay) FROM missionAttendance attended
                                      WHERE attended.missionId = :mission AND attended.partyId = party.id
                                        AND attended.meetingDay <= :day) AS lastDay
                      FROM party)
                WHERE lastDay IS NOT NULL
                """, arguments: ["mission": try missionID(acronym), "day": day])
        var result: [String: Day] = [:]
        for row in rows {
            result[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
        }
        return result
    }

    func actionStatusCounts(missions acronyms: [String], asOf day: Day, openOnly: Bool) throws
        -> [String: ActionStatusCounts]
    {
        // One count per index range of the mission's action links (mission, status): SQLite steps through a
        // range without reading its rows, where filtering every link of a long-lived mission (MINURSO has
        // 276,621) costs four times as much. With `openOnly`, closed ranges are not read.
        func count(_ status: ActionStatusFilter) -> String {
            "(SELECT count(*) FROM missionAction link WHERE link.missionId = mission.id AND "
                + "\(ActionRows.missionLinks.condition(status)))"
        }
        let rows = try db.cachedRows(
            sql: """
                SELECT mission.acronym,
                       \(count(.open)) AS open,
                       \(count(.inProgress)) AS inProgress,
                       \(count(.overdue)) AS overdue,
                       \(openOnly ? "0" : count(.done)) AS done,
                       \(openOnly ? "0" : count(.cancelled)) AS cancelled
                FROM mission
                WHERE mission.id IN (SELECT value FROM json_each(:missions))
                """, arguments: ["day": day, "missions": try missionIDs(acronyms)])
        var result: [String: ActionStatusCounts] = [:]
        for row in rows {
            result[try row.decode(forColumn: "acronym")] = ActionStatusCounts(
                open: try row.decode(forColumn: "open"), inProgress: try row.decode(forColumn: "inProgress"),
                overdue: try row.decode(forColumn: "overdue"), done: try row.decode(forColumn: "done"),
                cancelled: try row.decode(forColumn: "cancelled"))
        }
        return result
    }

    func actionAreas(mission acronym: String, from: Day, to: Day) throws -> Set<A4PArea> {
        // Through the period's meetings (a date range), then the actions recorded against the mission itself.
        let areas = try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT tag.area FROM meeting
                    JOIN actionItem ON actionItem.meetingId = meeting.id
                    JOIN actionItemArea tag ON tag.actionItemId = actionItem.id
                    WHERE meeting.meetingDay BETWEEN :from AND :to
                      AND EXISTS (SELECT 1 FROM meetingMission
                                  WHERE meetingMission.meetingId = meeting.id AND meetingMission.missionId = :mission)
                    UNION
                    SELECT tag.area FROM actionItem LEFT JOIN meeting ON meeting.id = actionItem.meetingId
                    JOIN actionItemArea tag ON tag.actionItemId = actionItem.id
                    WHERE actionItem.missionId = :mission
                      AND coalesce(meeting.meetingDay, actionItem.dueOn) BETWEEN :from AND :to
                    """), arguments: ["mission": try missionID(acronym), "from": from, "to": to])
        return Set(try areas.map { try A4PArea(slug: $0) })
    }

    func attendanceCounts(mission acronym: String, from: Day, to: Day) throws -> [String: Int] {
        // One range per party in the mission's attendance, kept ordered by party and day.
        let rows = try db.cachedRows(
            sql: """
                SELECT code, meetings
                FROM (SELECT party.code, (SELECT count(*) FROM missionAttendance attended
                                      WHERE attended.missionId = :mission AND attended.partyId = party.id
                                        AND attended.meetingDay BETWEEN :from AND :to) AS meetings
                      FROM party)
                WHERE meetings > 0
                """, arguments: ["mission": try missionID(acronym), "from": from, "to": to])
        var result: [String: Int] = [:]
        for row in rows {
            result[try row.decode(forColumn: "code")] = try row.decode(forColumn: "meetings")
        }
        return result
    }

    func actionCountsByOwner(mission acronym: String, asOf day: Day) throws -> [String: OwnedActionCounts] {
        let rows = try db.cachedRows(
            sql: """
                SELECT party.code, count(*) AS open,
                       count(*) FILTER (WHERE \(ActionRows.missionLinks.condition(.overdue))) AS overdue
                FROM missionAction link JOIN party ON party.id = link.ownerPartyId
                WHERE link.missionId = :mission AND \(ActionRows.missionLinks.condition(nil))
                GROUP BY party.code
                """, arguments: ["day": day, "mission": try missionID(acronym)])
        var result: [String: OwnedActionCounts] = [:]
        for row in rows {
            result[try row.decode(forColumn: "code")] = OwnedActionCounts(
                open: try row.decode(forColumn: "open"), overdue: try row.decode(forColumn: "overdue"))
        }
        return result
    }
}
