import GRDB
import TriadCore
import TriadStore

/// The renewal calendar's queries: each answers for every mission in question at once, so the calendar
/// runs the same few statements whether ten mandates expire or a hundred.
extension SQLiteSession {
    func lastConsultations(missions acronyms: [String], upTo day: Day) throws -> [String: Day] {
        // Walks back from `day` through meetings by date: the last consultation of a mission with a
        // yearly mandate lies within a year or so, however long the record.
        let rows = try db.cachedRows(
            sql: """
                SELECT mission.acronym,
                       (SELECT meeting.meetingDay FROM meeting
                        WHERE meeting.meetingDay <= :day AND meeting.kind = 'tpcc-consultation'
                          AND meeting.status = 'held'
                          AND EXISTS (SELECT 1 FROM meetingMission
                                      WHERE meetingMission.meetingId = meeting.id
                                        AND meetingMission.missionId = mission.id)
                        ORDER BY meeting.meetingDay DESC LIMIT 1) AS lastDay
                FROM mission WHERE mission.id IN (SELECT value FROM json_each(:missions))
                """, arguments: ["day": day, "missions": try missionIDs(acronyms)])
        var result: [String: Day] = [:]
        for row in rows {
            if let last: Day = try row.decode(forColumn: "lastDay") {
                result[try row.decode(forColumn: "acronym")] = last
            }
        }
        return result
    }
}
