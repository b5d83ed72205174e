import Foundation
import GRDB
import TriadCore
import TriadStore

/// Looking up the records users name by code, acronym or number, with "did you mean" on a miss.
extension SQLiteSession {
    func partyRecord(_ code: String) throws -> PartyRecord {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        return try cached(\.parties, trimmed.uppercased()) {
            if let record = try db.cachedRecord(
                PartyRecord.self, sql: "SELECT * FROM party WHERE code = ?", arguments: [trimmed])
            {
                return record
            }
            let all = try PartyRecord.fetchAll(db)
            let byName = all.first { $0.name.caseInsensitiveCompare(trimmed) == .orderedSame }
            let byCode = Suggestions.closest(to: trimmed, among: all.map(\.code)).flatMap { match in
                all.first { $0.code == match }
            }
            throw StoreError.unknownParty(code, suggestion: (byName ?? byCode)?.reference)
        }
    }

    /// The parties named, each once, in the order first named.
    func partyRecords(_ codes: [String]) throws -> [PartyRecord] {
        var seen = Set<Int64?>()
        return try codes.map { try partyRecord($0) }.filter { seen.insert($0.id).inserted }
    }

    func missionRecord(_ acronym: String) throws -> MissionRecord {
        let trimmed = acronym.trimmingCharacters(in: .whitespaces)
        return try cached(\.missions, trimmed.uppercased()) {
            if let record = try db.cachedRecord(
                MissionRecord.self, sql: "SELECT * FROM mission WHERE acronym = ?", arguments: [trimmed])
            {
                return record
            }
            let acronyms = try String.fetchAll(db, sql: "SELECT acronym FROM mission ORDER BY acronym")
            throw StoreError.unknownMission(acronym, suggestion: Suggestions.closest(to: trimmed, among: acronyms))
        }
    }

    /// The missions named, each once, in the order first named: one statement for any number of them.
    func missionRecords(_ acronyms: [String]) throws -> [MissionRecord] {
        let names = acronyms.map { $0.trimmingCharacters(in: .whitespaces) }
        var seen = Set<Int64?>()
        let known = names.compactMap { cachedRecord(\.missions, $0.uppercased()) }
        if known.count == names.count { return known.filter { seen.insert($0.id).inserted } }
        let list = try JSONSerialization.data(withJSONObject: names)
        var found: [String: MissionRecord] = [:]
        for record in try MissionRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM mission WHERE acronym IN (SELECT value FROM json_each(?))"),
            arguments: [String(decoding: list, as: UTF8.self)])
        {
            found[record.acronym.uppercased()] = record
        }
        return try names.map { name in
            guard let record = found[name.uppercased()] else { return try missionRecord(name) }
            return cached(\.missions, name.uppercased()) { record }
        }.filter { seen.insert($0.id).inserted }
    }

    /// The id of a mission, which every stored mission has.
    func missionID(_ acronym: String) throws -> Int64 {
        try missionRecord(acronym).storedID
    }

    /// The ids of missions named by acronym, as a JSON array for `json_each`: one bound value for any number.
    func missionIDs(_ acronyms: [String]) throws -> String {
        SQLiteSession.jsonArray(try missionRecords(acronyms).map { try $0.storedID })
    }

    /// Ids as a JSON array, for `json_each`: one statement for any number of them.
    static func jsonArray(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    func meetingRecord(_ id: MeetingID) throws -> MeetingRecord {
        try record("SELECT * FROM meeting WHERE id = ?", [id.rawValue], else: .unknownMeeting(id))
    }

    func actionRecord(_ id: ActionID) throws -> ActionItemRecord {
        try record("SELECT * FROM actionItem WHERE id = ?", [id.rawValue], else: .unknownAction(id))
    }

    func mandateRecord(_ resolution: ResolutionReference) throws -> MandateRecord {
        try record(
            "SELECT * FROM mandate WHERE resolutionNumber = ? AND resolutionYear = ?",
            [resolution.number, resolution.year], else: .unknownResolution(resolution))
    }

    /// The one record a look-up names, or the error that says it is unknown.
    private func record<Record: FetchableRecord>(
        _ sql: String, _ arguments: StatementArguments, else unknown: StoreError
    ) throws -> Record {
        guard let record = try db.cachedRecord(Record.self, sql: sql, arguments: arguments) else { throw unknown }
        return record
    }
}
