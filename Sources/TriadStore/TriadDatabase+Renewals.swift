import GRDB
import TriadCore

/// The renewal calendar's queries: each answers for every mission in question at once, so the calendar
/// runs the same few statements whether ten mandates expire or a hundred.
extension TriadDatabase {
    /// T/PCC consultations concerning any of the missions between two days (inclusive), by date.
    public func consultations(missions acronyms: [String], from: Day, to: Day) throws -> [Meeting] {
        try read { db in
            // Driven by the dates (an index range), not by every meeting the missions ever had.
            try TriadDatabase.meetings(
                where: """
                    g.kind = 'tpcc-consultation' AND g.meetingDay BETWEEN :from AND :to
                      AND EXISTS (SELECT 1 FROM meetingMission mm
                                  WHERE mm.meetingId = g.id
                                    AND mm.missionId IN (SELECT value FROM json_each(:missions)))
                    """,
                arguments: ["from": from, "to": to, "missions": try TriadDatabase.missionIDs(acronyms, in: db)],
                in: db)
        }
    }

    /// For each of the missions, the day of its last T/PCC consultation held up to `day`.
    public func lastConsultations(missions acronyms: [String], upTo day: Day) throws -> [String: Day] {
        try read { db in
            // Walks back from `day` through meetings by date: the last consultation of a mission with a
            // yearly mandate lies within a year or so, however long the record.
            let rows = try db.cachedRows(
                sql: """
                    SELECT m.acronym,
                           (SELECT g.meetingDay FROM meeting g
                            WHERE g.meetingDay <= :day AND g.kind = 'tpcc-consultation' AND g.status = 'held'
                              AND EXISTS (SELECT 1 FROM meetingMission mm
                                          WHERE mm.meetingId = g.id AND mm.missionId = m.id)
                            ORDER BY g.meetingDay DESC LIMIT 1) AS lastDay
                    FROM mission m WHERE m.id IN (SELECT value FROM json_each(:missions))
                    """, arguments: ["day": day, "missions": try TriadDatabase.missionIDs(acronyms, in: db)])
            var result: [String: Day] = [:]
            for row in rows {
                if let last: Day = try row.decode(forColumn: "lastDay") {
                    result[try row.decode(forColumn: "acronym")] = last
                }
            }
            return result
        }
    }
}
