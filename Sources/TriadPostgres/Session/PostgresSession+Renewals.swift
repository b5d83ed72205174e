import TriadCore
import TriadStore

/// The renewal calendar's queries: each answers for every mission in question at once.
extension PostgresSession {
    func lastConsultations(missions acronyms: [String], upTo day: Day) throws -> [String: Day] {
        // Walks back from `day` through meetings by date: the last consultation of a mission with a yearly
        // mandate lies within a year or so, however long the record.
        var parameters = PostgresParameters()
        let today = parameters.bind(day)
        var result: [String: Day] = [:]
        for row in try execute(
            """
            SELECT mission.acronym,
                   (SELECT meeting.meetingDay FROM meeting
                    WHERE meeting.meetingDay <= \(today) AND meeting.kind = 'tpcc-consultation'
                      AND meeting.status = 'held'
                      AND EXISTS (SELECT 1 FROM meetingMission
                                  WHERE meetingMission.meetingId = meeting.id
                                    AND meetingMission.missionId = mission.id)
                    ORDER BY meeting.meetingDay DESC LIMIT 1) AS lastDay
            FROM mission WHERE mission.id = ANY(\(parameters.bind(ids: try missionIDs(acronyms))))
            """, parameters)
        {
            if let last: Day = try row.decode("lastDay") {
                result[try row.decode("acronym")] = last
            }
        }
        return result
    }
}
