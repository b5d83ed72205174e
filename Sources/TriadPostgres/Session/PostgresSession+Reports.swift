import TriadBackend
import TriadCore
import TriadStore

/// The queries that feed the reports, each bounded by a mission, a period or a status.
extension PostgresSession {
    func lastAttendance(mission acronym: String, upTo day: Day) throws -> [String: Day] {
        // One seek per party in the mission's attendance, kept ordered by party and day.
        var result: [String: Day] = [:]
        for row in try execute(
            """
            SELECT code, lastDay
            FROM (SELECT party.code, (SELECT max(attended.meetingDay) FROM missionAttendance attended
                                      WHERE attended.missionId = $1 AND attended.partyId = party.id
                                        AND attended.meetingDay <= $2) AS lastDay
                  FROM party) AS last
            WHERE lastDay IS NOT NULL
            """, [try missionID(acronym), day])
        {
            result[try row.decode(at: 0)] = try row.decode(at: 1)
        }
        return result
    }

    func actionStatusCounts(missions acronyms: [String], asOf day: Day, openOnly: Bool) throws
        -> [String: ActionStatusCounts]
    {
        // One count per index range of the mission's action links (mission, status); with `openOnly`, closed
        // ranges are not read.
        var parameters = PostgresParameters()
        let today = parameters.bind(day)
        func count(_ status: ActionStatusFilter) -> String {
            "(SELECT count(*) FROM missionAction link WHERE link.missionId = mission.id AND "
                + "\(ActionRows.missionLinks.condition(status, day: today)))"
        }
        var result: [String: ActionStatusCounts] = [:]
        for row in try execute(
            """
            SELECT mission.acronym,
                   \(count(.open)) AS open,
                   \(count(.inProgress)) AS inProgress,
                   \(count(.overdue)) AS overdue,
                   \(openOnly ? "0" : count(.done)) AS done,
                   \(openOnly ? "0" : count(.cancelled)) AS cancelled
            FROM mission
            WHERE mission.id = ANY(\(parameters.bind(ids: try missionIDs(acronyms))))
            """, parameters)
        {
            result[try row.decode("acronym")] = ActionStatusCounts(
                open: try row.decode("open"), inProgress: try row.decode("inProgress"),
                overdue: try row.decode("overdue"), done: try row.decode("done"),
                cancelled: try row.decode("cancelled"))
        }
        return result
    }

    func actionAreas(mission acronym: String, from: Day, to: Day) throws -> Set<A4PArea> {
        // Through the period's meetings (a date range), then the actions recorded against the mission itself.
        let areas = try execute(
            """
            SELECT tag.area FROM meeting
            JOIN actionItem ON actionItem.meetingId = meeting.id
            JOIN actionItemArea tag ON tag.actionItemId = actionItem.id
            WHERE meeting.meetingDay BETWEEN $2 AND $3
              AND EXISTS (SELECT 1 FROM meetingMission
                          WHERE meetingMission.meetingId = meeting.id AND meetingMission.missionId = $1)
            UNION
            SELECT tag.area FROM actionItem LEFT JOIN meeting ON meeting.id = actionItem.meetingId
            JOIN actionItemArea tag ON tag.actionItemId = actionItem.id
            WHERE actionItem.missionId = $1
              AND coalesce(meeting.meetingDay, actionItem.dueOn) BETWEEN $2 AND $3
            """, [try missionID(acronym), from, to])
        return Set(try areas.map { try $0.decode(at: 0, as: A4PArea.self) })
    }

    func attendanceCounts(mission acronym: String, from: Day, to: Day) throws -> [String: Int] {
        // One range per party in the mission's attendance, kept ordered by party and day.
        var result: [String: Int] = [:]
        for row in try execute(
            """
            SELECT code, meetings
            FROM (SELECT party.code, (SELECT count(*) FROM missionAttendance attended
                                      WHERE attended.missionId = $1 AND attended.partyId = party.id
                                        AND attended.meetingDay BETWEEN $2 AND $3) AS meetings
                  FROM party) AS counted
            WHERE meetings > 0
            """, [try missionID(acronym), from, to])
        {
            result[try row.decode("code")] = try row.decode("meetings")
        }
        return result
    }

    func actionCountsByOwner(mission acronym: String, asOf day: Day) throws -> [String: OwnedActionCounts] {
        var result: [String: OwnedActionCounts] = [:]
        for row in try execute(
            """
            SELECT party.code, count(*) AS open,
                   count(*) FILTER (WHERE \(ActionRows.missionLinks.condition(.overdue, day: "$2"))) AS overdue
            FROM missionAction link JOIN party ON party.id = link.ownerPartyId
            WHERE link.missionId = $1 AND \(ActionRows.missionLinks.condition(nil))
            GROUP BY party.code
            """, [try missionID(acronym), day])
        {
            result[try row.decode("code")] = OwnedActionCounts(
                open: try row.decode("open"), overdue: try row.decode("overdue"))
        }
        return result
    }
}
